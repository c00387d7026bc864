package org.parley.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8, decoded once more as windows-1252 or Latin-1 by the site itself ("donâ€™t"
 * for "don’t", "cafÃ©" for "café"). Each run of characters that windows-1252 or Latin-1 turns
 * into the bytes of one UTF-8 sequence (a lead byte and its continuation bytes) is replaced by the character it
 * encodes; ordinary accented text (a lone "ã") never forms such a run. Only text that shows the marks twice or
 * more is looked at.
 */
final class Mojibake {
  /** The windows-1252 characters of the bytes 0x80 to 0x9F (U+FFFD where the byte is undefined). */
  private static final String CP1252_HIGH =
      "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd"
      + "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

  private Mojibake() {
  }

  /** {@code s} with its double-encoded runs repaired; {@code s} itself when it has none. */
  static String repair(String s) {
    if (!suspect(s)) {
      return s;
    }
    StringBuilder out = null;
    int n = s.length();
    int copied = 0;
    int i = 0;
    while (i < n) {
      int lead = byteOf(s.charAt(i));
      int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      String fixed = len > 0 && i + len <= n ? decode(s, i, i + len) : null;
      if (fixed == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(s, copied, i).append(fixed);
      i += len;
      copied = i;
    }
    return out == null ? s : out.append(s, copied, n).toString();
  }

  /** Whether the text shows the usual marks: a lead byte of UTF-8 read as Latin (Ã, Â, â) before a high one. */
  private static boolean suspect(String s) {
    int hits = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '\u00c3' || c == '\u00c2' || c == '\u00e2') && byteOf(s.charAt(i + 1)) >= 0x80
          && byteOf(s.charAt(i + 1)) < 0xC0 && ++hits >= 2) {
        return true;
      }
    }
    return false;
  }

  /** The byte windows-1252 (or Latin-1 for U+0080 to U+009F) gives the character, or -1. */
  private static int byteOf(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c <= 0xFF) {
      return c;
    }
    int k = CP1252_HIGH.indexOf(c);
    return k >= 0 && c != '\ufffd' ? 0x80 + k : -1;
  }

  private static String decode(String s, int from, int to) {
    byte[] b = new byte[to - from];
    for (int k = from; k < to; k++) {
      int v = byteOf(s.charAt(k));
      if (k > from && (v < 0x80 || v > 0xBF)) {
        return null;
      }
      b[k - from] = (byte) v;
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String r = d.decode(ByteBuffer.wrap(b)).toString();
      return r.chars().anyMatch(c -> c >= 0x80) ? r : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
