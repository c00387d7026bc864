package org.parley.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a user's UTF-8 file (patterns, actors) whole, with bytes that are not UTF-8 named by their line. */
public final class Utf8 {
  private Utf8() {
  }

  /**
   * The text of {@code file}.
   *
   * @throws IllegalArgumentException {@code FILE:LINE: not UTF-8 text ...} at the first byte that is not UTF-8
   */
  public static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new IllegalArgumentException(file + ":" + line + ": not UTF-8 text (save the file as UTF-8)");
    }
    out.flip();
    return out.toString();
  }
}
