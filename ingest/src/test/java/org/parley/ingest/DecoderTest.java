package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.InputException;

class DecoderTest {
  @Test
  void declaredWindows1252ReadsTheUndefinedBytesAsBrowsersDo() {
    byte[] page = ("<meta charset=\"windows-1252\"><p>caf\u00e9 \u0081 end</p>").getBytes(StandardCharsets.ISO_8859_1);
    String text = Decoder.decode(page, null);
    assertThat(text).contains("caf\u00e9").contains("\u0081 end");
  }

  @Test
  void undeclaredBytesThatAreNotUtf8AreStillAnError() {
    byte[] page = "caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Decoder.decode(page, null)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("invalid UTF-8 at byte 3");
  }
}
