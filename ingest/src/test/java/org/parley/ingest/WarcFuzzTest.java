package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.netpreserve.jwarc.WarcReader;

/**
 * Coverage-guided fuzzing of the WARC reader (jwarc under {@link WarcSource}) with Jazzer; the suite runs the
 * seeds under {@code src/test/resources/org/parley/ingest/WarcFuzzTestInputs}, {@code scripts/fuzz.sh} fuzzes.
 * Contract: reading any bytes as a WARC never throws; it gives pages and one-line errors that name the record
 * or the file and say what is wrong in words (not an internal exception's name), and it ends.
 */
class WarcFuzzTest {
  static final SourceOptions OPTIONS = SourceOptions.defaults().withMaxBytes(1 << 20);

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyBytesGivePagesOrOneLineErrors(byte[] bytes) throws IOException {
    int items = 0;
    try (WarcSource source = new WarcSource("fuzz.warc", new WarcReader(new ByteArrayInputStream(bytes)),
        OPTIONS)) {
      while (source.hasNext()) {
        SourceItem item = source.next();
        assertThat(++items).isLessThanOrEqualTo(bytes.length + 1);
        assertThat(item.input()).startsWith("fuzz.warc");
        if (item.isOk()) {
          assertThat(item.page().content()).isNotEmpty();
        } else {
          SourcesFuzzing.assertReadable(item);
        }
      }
    }
  }
}
