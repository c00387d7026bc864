package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the JSON Lines input reader ({@link Sources} on a {@code .jsonl} file) with Jazzer;
 * the suite runs the seeds under {@code src/test/resources/org/parley/ingest/JsonLinesFuzzTestInputs},
 * {@code scripts/fuzz.sh} fuzzes. Contract: any file gives, line by line, a page with content or a one-line error
 * naming the file (and the line where there is one); reading never throws and ends.
 */
class JsonLinesFuzzTest {
  private static final Path FILE;

  static {
    try {
      Path dir = Files.createTempDirectory("parley-fuzz-jsonl");
      dir.toFile().deleteOnExit();
      FILE = dir.resolve("fuzz.jsonl");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyFileGivesPagesOrErrorsPerLine(byte[] bytes) throws IOException {
    Files.write(FILE, bytes);
    FILE.toFile().deleteOnExit();
    Iterator<SourceItem> items = Sources.open(List.of(FILE.toString()), SourceOptions.defaults());
    int n = 0;
    while (items.hasNext()) {
      SourceItem item = items.next();
      assertThat(++n).isLessThanOrEqualTo(bytes.length + 1);
      assertThat(item.input()).startsWith(FILE.toString());
      if (item.isOk()) {
        assertThat(item.page().content()).isNotBlank();
        assertThat(item.page().input()).matches(".*fuzz\\.jsonl:\\d+");
      } else {
        SourcesFuzzing.assertReadable(item);
      }
    }
    assertThat(n).isPositive();
  }
}
