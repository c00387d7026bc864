package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the actor-file loader ({@code --actors FILE}) with Jazzer; the suite runs the seeds
 * under {@code src/test/resources/org/parley/annotate/ActorRegistryFuzzTestInputs}, {@code scripts/fuzz.sh}
 * fuzzes. Contract (docs/formats.md): a file gives actors, each with a code and a name, or an error naming
 * {@code FILE:LINE}; nothing else. The registry it gives answers look-ups.
 */
class ActorRegistryFuzzTest {
  private static final Path FILE;

  static {
    try {
      Path dir = Files.createTempDirectory("parley-fuzz-actors");
      dir.toFile().deleteOnExit();
      FILE = dir.resolve("actors.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyFileGivesActorsOrAnErrorNamingTheLine(byte[] bytes) throws IOException {
    Files.write(FILE, bytes);
    FILE.toFile().deleteOnExit();
    ActorRegistry registry;
    try {
      registry = ActorRegistry.load(FILE, false);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith(FILE + ":").matches("[^\\n]*:\\d+: .*");
      return;
    }
    for (Actor a : registry.actors()) {
      assertThat(a.code()).isNotBlank();
      assertThat(a.name()).isNotBlank();
      registry.holder(a.code(), a.name(), LocalDate.of(2025, 10, 27));
    }
  }
}
