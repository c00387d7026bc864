package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the pattern-file loader ({@code --patterns FILE}) with Jazzer; the suite runs the
 * seeds under {@code src/test/resources/org/parley/code/PatternsFuzzTestInputs}, {@code scripts/fuzz.sh} fuzzes.
 * Contract (Patterns' doc): a file gives patterns that each start with a word, or a {@link
 * Patterns.PatternException} naming the file and line; nothing else.
 */
class PatternsFuzzTest {
  private static final Lexicon LEXICON = new Lexicon();
  private static final Codebook CODEBOOK = Codebook.standard();
  private static final Path FILE;

  static {
    try {
      Path dir = Files.createTempDirectory("parley-fuzz-patterns");
      dir.toFile().deleteOnExit();
      FILE = dir.resolve("mine.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyFileGivesPatternsOrAnErrorNamingTheLine(byte[] bytes) throws IOException {
    Files.write(FILE, bytes);
    FILE.toFile().deleteOnExit();
    Patterns patterns;
    try {
      patterns = new Patterns(LEXICON, CODEBOOK, FILE, false);
    } catch (Patterns.PatternException e) {
      assertThat(e.getMessage()).startsWith(FILE + ":").matches("(?s)[^\\n]*:\\d+: .*").doesNotContain("\n");
      return;
    }
    for (Patterns.Pattern p : patterns.all()) {
      assertThat(CODEBOOK.contains(p.code())).isTrue();
      assertThat(p.elements()).isNotEmpty();
      assertThat(p.elements()[0].type()).isIn(Patterns.Element.WORD, Patterns.Element.EXACT);
      assertThat(patterns.startingWith(p.elements()[0].lemmas()[0])).contains(p);
      assertThat(p.words()).isPositive();
    }
  }
}
