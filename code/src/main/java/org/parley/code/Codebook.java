package org.parley.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The CAMEO codebook, read once from {@code codebook.tsv}: every code with its root, QuadClass, Goldstein value,
 * PLOVER event, mode and context, and a short name. Numbering follows the CAMEO manual (see docs/events.md).
 */
public final class Codebook {
  private static volatile Codebook standard;

  /** One code of the codebook. PLOVER fields are null where PLOVER has no counterpart (roots 01 and 02). */
  public record Code(String code, String root, int quad, double goldstein, String ploverEvent, String ploverMode,
                     String ploverContext, String name) {
  }

  private final Map<String, Code> codes;

  private Codebook(Map<String, Code> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  public static Codebook standard() {
    Codebook c = standard;
    if (c == null) {
      synchronized (Codebook.class) {
        c = standard;
        if (c == null) {
          c = read();
          standard = c;
        }
      }
    }
    return c;
  }

  private static Codebook read() {
    Map<String, Code> m = new LinkedHashMap<>();
    try (InputStream s = Objects.requireNonNull(Codebook.class.getResourceAsStream("codebook.tsv"));
         BufferedReader in = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 8) {
          throw new IllegalStateException("codebook.tsv:" + n + ": expected 8 columns");
        }
        m.put(f[0], new Code(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), blank(f[4]),
            blank(f[5]), blank(f[6]), f[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Codebook(m);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The code, or null when the codebook has no such code. */
  public Code get(String code) {
    return codes.get(code);
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public Collection<Code> all() {
    return codes.values();
  }

  /** The GDELT 2.0 number for a code: the CAMEO manual and GDELT swap some of 105-108. */
  public static String gdeltNumber(String cameo) {
    return switch (cameo) {
      case "106" -> "108";
      case "108" -> "105";
      case "105" -> "100";
      default -> cameo;
    };
  }
}
