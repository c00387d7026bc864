package org.parley.model;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable document ids: the same article gives the same id wherever and whenever it is read. The id is the first
 * 16 hex digits of a SHA-256 over the canonical URL when there is one, else over the normalised text (case, white
 * space, typographic quotes and Unicode forms folded), so a re-saved copy of the same text keeps its id.
 */
public final class Ids {
  private Ids() {
  }

  public static String forDocument(String canonicalUrl, String text) {
    String url = canonicalUrl(canonicalUrl);
    if (url != null) {
      return hash("url:" + url);
    }
    return hash("text:" + normaliseText(text == null ? "" : text));
  }

  /** The URL in a form that ignores what does not change the page: scheme case, host case, fragment, default port. */
  public static String canonicalUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI u = URI.create(url.trim());
      if (u.getScheme() == null || u.getHost() == null) {
        return null;
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      int port = u.getPort();
      boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
      return (scheme.equals("http") ? "https" : scheme) + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static String normaliseText(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
        .replace('\u2013', '-').replace('\u2014', '-');
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  public static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
