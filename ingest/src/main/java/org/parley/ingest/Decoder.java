package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.pipeline.InputException;

/**
 * Turns the bytes of an input into text, or says in one line why it cannot. The charset is, in order: the one the
 * transport declared (HTTP {@code Content-Type}), a byte-order mark, a {@code <meta charset>} or XML declaration
 * in the first bytes, else UTF-8. Decoding is strict: bytes that are not valid in that charset are an error,
 * never silently replaced. Binary content (NUL bytes, or the signature of a known binary format) is refused.
 *
 * <p>Pages from the web (fetched, or archived in a WARC) that declare no charset at all and are not valid UTF-8
 * are read as windows-1252, as browsers do; local files get the error instead, so that the user can say what the
 * file is.
 */
public final class Decoder {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);

  private Decoder() {
  }

  /** The text of {@code bytes}; {@code declared} is a charset named by the transport, or null. */
  public static String decode(byte[] bytes, String declared) {
    return decode(bytes, declared, false);
  }

  /**
   * The text of {@code bytes}; {@code declared} is a charset named by the transport, or null; {@code fromWeb} lets
   * an undeclared page that is not UTF-8 be read as windows-1252.
   */
  public static String decode(byte[] bytes, String declared, boolean fromWeb) {
    if (bytes.length == 0) {
      throw new InputException("empty input");
    }
    int bomLength = 0;
    Charset charset = null;
    boolean undeclared = false;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bomLength = 2;
    }
    if (charset == null) {
      String kind = binaryKind(bytes);
      if (kind != null) {
        throw new InputException("binary content (" + kind + "), not text or HTML");
      }
      charset = charsetNamed(declared);
      if (charset == null) {
        charset = sniffDeclared(bytes);
      }
      if (charset == null) {
        undeclared = true;
        charset = StandardCharsets.UTF_8;
      }
    }
    CharsetDecoder dec = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength);
    String text;
    try {
      CharBuffer out = dec.decode(in);
      text = out.toString();
    } catch (CharacterCodingException e) {
      if (charset.name().equals("windows-1252")) {
        // Declared windows-1252 (or ISO-8859-1, read as it): browsers map the five bytes the standard leaves
        // undefined to the C1 control characters of the same value, and so do we.
        return browserWindows1252(bytes, bomLength);
      }
      if (undeclared && fromWeb) {
        // Undeclared and not UTF-8: the web's usual legacy charset. The five bytes it leaves undefined become
        // U+FFFD rather than losing the page.
        text = new String(bytes, Charset.forName("windows-1252"));
        if (text.isBlank()) {
          throw new InputException("empty input (only white space)");
        }
        return text;
      }
      throw new InputException("invalid " + charset.name() + " at byte " + firstBadByte(bytes, bomLength, charset)
          + " (declare the page's charset, or convert the file to UTF-8)");
    }
    if (text.isBlank()) {
      throw new InputException("empty input (only white space)");
    }
    return text;
  }

  private static String browserWindows1252(byte[] bytes, int from) {
    Charset cs = Charset.forName("windows-1252");
    StringBuilder b = new StringBuilder(bytes.length - from);
    String table = windows1252Table(cs);
    for (int i = from; i < bytes.length; i++) {
      b.append(table.charAt(bytes[i] & 0xFF));
    }
    String text = b.toString();
    if (text.isBlank()) {
      throw new InputException("empty input (only white space)");
    }
    return text;
  }

  private static String windows1252Table(Charset cs) {
    StringBuilder t = new StringBuilder(256);
    for (int i = 0; i < 256; i++) {
      String one = new String(new byte[] {(byte) i}, cs);
      t.append(one.length() == 1 && one.charAt(0) != '\uFFFD' ? one.charAt(0) : (char) i);
    }
    return t.toString();
  }

  /** A charset from a transport's declaration such as {@code text/html; charset=ISO-8859-1} or a bare name. */
  public static Charset charsetNamed(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String name = declared.trim();
    int i = name.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (i >= 0) {
      name = name.substring(i + 8);
    }
    name = name.replaceAll("[\"';].*$", "").replace("\"", "").trim();
    if (name.isEmpty()) {
      return null;
    }
    try {
      Charset cs = Charset.forName(name);
      // Browsers read pages labelled ISO-8859-1 or US-ASCII as windows-1252; so do we.
      if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
        return Charset.forName("windows-1252");
      }
      return cs;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset sniffDeclared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      return charsetNamed(m.group(1));
    }
    m = XML_ENCODING.matcher(head);
    if (m.find()) {
      return charsetNamed(m.group(1));
    }
    return null;
  }

  /** A name for the binary format {@code bytes} look like, or null when they look like text. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
      return "PDF";
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
      return "PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
      return "GIF image";
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return "ZIP archive";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip data";
    }
    if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
      return "executable";
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "NUL bytes";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    return control > n / 10 ? "control characters" : null;
  }

  private static long firstBadByte(byte[] bytes, int from, Charset cs) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var r = dec.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        return bytes.length;
      }
      out.clear();
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
