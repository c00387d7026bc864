package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.parley.model.Json;

/**
 * Fetched pages on disk, so that running again does not fetch them again. One file per URL, named by the SHA-256
 * of the URL as asked for ({@code ab/abcdef....page}): a first line of JSON ({@code url}, {@code final_url},
 * {@code content_type}, {@code fetched}) and then the body, as received after decompression. Files are written to
 * a temporary name and moved into place, so a reader sees a whole entry or none. A damaged entry is ignored and
 * the page fetched again; a cache that cannot be written is skipped without a word (it only saves time).
 */
final class PageCache {
  private final Path dir;

  PageCache(Path dir) {
    this.dir = dir;
  }

  static String key(String url) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(url.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Path file(String url) {
    String key = key(url);
    return dir.resolve(key.substring(0, 2)).resolve(key + ".page");
  }

  Fetcher.Fetched get(String url) {
    Path f = file(url);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(f)) {
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        header.write(c);
        if (header.size() > 64 * 1024) {
          return null;
        }
      }
      if (c < 0) {
        return null;
      }
      JsonNode h = Json.mapper().readTree(header.toString(StandardCharsets.UTF_8));
      if (h == null || !url.equals(text(h, "url"))) {
        return null;
      }
      byte[] body = in.readAllBytes();
      return new Fetcher.Fetched(url, text(h, "final_url"), body, text(h, "content_type"),
          Instant.parse(text(h, "fetched")), true);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  void put(Fetcher.Fetched page) {
    Path f = file(page.url());
    Path tmp = null;
    try {
      Files.createDirectories(f.getParent());
      ObjectNode h = Json.mapper().createObjectNode();
      h.put("url", page.url());
      h.put("final_url", page.finalUrl());
      h.put("content_type", page.contentType());
      h.put("fetched", page.fetched().toString());
      tmp = Files.createTempFile(f.getParent(), ".tmp-", ".page");
      try (var out = Files.newOutputStream(tmp)) {
        out.write(Json.mapper().writeValueAsBytes(h));
        out.write('\n');
        out.write(page.body());
      }
      try {
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // The cache only saves time; a page that cannot be kept is fetched again next time.
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
