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
 * Coverage-guided fuzzing of the WARC reader ({@link Sources} on a {@code .warc} file: jwarc under
 * {@link WarcSource}) with Jazzer; the suite runs the seeds under
 * {@code src/test/resources/org/parley/ingest/WarcFuzzTestInputs}, {@code scripts/fuzz.sh} fuzzes. Contract: reading
 * any bytes as a WARC never throws; it gives pages and one-line errors that name the record or the file, say what
 * is wrong in words and come from no programming error, and it ends.
 */
class WarcFuzzTest {
  private static final SourceOptions OPTIONS = SourceOptions.defaults().withMaxBytes(1 << 20);
  private static final Path FILE;

  static {
    try {
      Path dir = Files.createTempDirectory("parley-fuzz-warc");
      dir.toFile().deleteOnExit();
      FILE = dir.resolve("fuzz.warc");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyBytesGivePagesOrOneLineErrors(byte[] bytes) throws IOException {
    Files.write(FILE, bytes);
    FILE.toFile().deleteOnExit();
    Iterator<SourceItem> items = Sources.open(List.of(FILE.toString()), OPTIONS);
    int n = 0;
    while (items.hasNext()) {
      SourceItem item = items.next();
      assertThat(++n).isLessThanOrEqualTo(bytes.length + 1);
      assertThat(item.input()).startsWith(FILE.toString());
      if (item.isOk()) {
        assertThat(item.page().content()).isNotEmpty();
        assertThat(item.page().input()).startsWith(FILE + "#");
      } else {
        SourcesFuzzing.assertReadable(item);
      }
    }
    assertThat(n).isPositive();
  }
}
