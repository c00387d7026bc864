package org.parley.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.model.Page;
import org.parley.pipeline.InputException;

/**
 * The pages of a WARC file (plain or gzip-compressed), read lazily with jwarc, one record at a time. Each HTTP
 * {@code response} record with a 2xx HTML or text payload, and each {@code resource} record holding HTML or
 * text, becomes a page: its input is {@code file.warc.gz#urn:uuid:...} (the record id), its URL the
 * WARC-Target-URI, its fetch time the WARC-Date, its charset the one the HTTP headers declare. Other records
 * (requests, metadata, images, redirects) are passed over. A record that cannot be read gives one error naming
 * it, and reading goes on; a file that breaks off gives one error and ends.
 */
public final class WarcSource implements Iterator<SourceItem>, Closeable {
  private final String input;
  private final SourceOptions options;
  private final WarcReader reader;
  private final java.util.function.Consumer<String> skipped;
  private SourceItem next;
  private boolean done;
  private boolean lastFailed;
  private int pages;
  private int errors;
  private String lastId;

  WarcSource(String input, Path path, SourceOptions options) throws IOException {
    this(input, new WarcReader(path), options);
  }

  WarcSource(String input, WarcReader reader, SourceOptions options) {
    this(input, reader, options, skippedRecord -> { });
  }

  WarcSource(String input, WarcReader reader, SourceOptions options, java.util.function.Consumer<String> skipped) {
    this.skipped = skipped;
    this.input = input;
    this.options = options;
    this.reader = reader;
    this.reader.onWarning(message -> {
      // jwarc's notes on lenient parsing; a record that cannot be read is reported as an error instead
    });
  }

  /**
   * The pages of the WARC file at {@code path}, read as {@link Sources#open} reads them; each response or resource
   * record that holds no page (an image, a PDF, a redirect, an error status, a DNS lookup) is told to
   * {@code skipped} as
   * {@code "INPUT#RECORD-ID: why"}, so that a batch job can count and log what it left out.
   */
  public static java.util.Iterator<SourceItem> open(String input, Path path, SourceOptions options,
                                                    java.util.function.Consumer<String> skipped) throws IOException {
    return new WarcSource(input, new WarcReader(path), options, skipped);
  }

  private Page skip(String where, String why) {
    skipped.accept(where + ": " + why);
    return null;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = next;
    next = null;
    return item;
  }

  private SourceItem advance() {
    while (true) {
      WarcRecord record;
      try {
        Optional<WarcRecord> r = reader.next();
        if (r.isEmpty()) {
          finish();
          if (pages == 0 && errors == 0) {
            return failed(input, lastId == null ? "empty WARC (no records)"
                : "the WARC holds no HTML or text responses", null);
          }
          return null;
        }
        record = r.get();
      } catch (IOException | RuntimeException e) {
        finish();
        if (lastFailed) {
          return null; // the record before already said what went wrong
        }
        return failed(input, (lastId == null ? "not a readable WARC: " : "WARC breaks off after record " + lastId
            + ": ") + Sources.describe(e), e);
      }
      String id = recordId(record);
      lastId = id;
      String where = input + "#" + id;
      try {
        Page page = page(where, record);
        if (page != null) {
          pages++;
          lastFailed = false;
          return SourceItem.of(page);
        }
      } catch (InputException e) {
        return failed(where, e.getMessage(), e);
      } catch (IOException | RuntimeException e) {
        return failed(where, "malformed record: " + Sources.describe(e), e);
      }
    }
  }

  private SourceItem failed(String where, String message, Throwable cause) {
    errors++;
    lastFailed = true;
    return SourceItem.failed(where, message, cause);
  }

  private Page page(String where, WarcRecord record) throws IOException {
    if (record instanceof WarcResponse response) {
      MediaType blockType = response.contentType();
      boolean isHttp = blockType.base().equals(MediaType.HTTP) || blockType.base().equals(MediaType.HTTP_RESPONSE)
          || "http".equals(blockType.subtype());
      boolean untyped = blockType.base().equals(MediaType.OCTET_STREAM)
          && response.target() != null && response.target().matches("(?i)^https?:.*");
      if (!isHttp && !untyped) {
        return skip(where, "not an HTTP response (" + blockType + ")"); // dns:, gemini and the like
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300) {
        return skip(where, "HTTP status " + http.status());
      }
      String contentType = http.headers().first("Content-Type").orElse(null);
      if (!isText(contentType)) {
        return skip(where, "not a page (" + contentType + ")");
      }
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = Sources.readCapped(in, options.maxBytes(), where);
      }
      return page(where, response.target(), record, body, contentType);
    }
    if (record instanceof WarcResource resource) {
      String contentType = resource.contentType().toString();
      if (!isText(contentType)) {
        return skip(where, "not a page (" + contentType + ")");
      }
      byte[] body;
      try (InputStream in = resource.body().stream()) {
        body = Sources.readCapped(in, options.maxBytes(), where);
      }
      return page(where, resource.target(), record, body, contentType);
    }
    return null; // warcinfo, request, metadata, revisit: records about a capture, not captures of a page
  }

  private Page page(String where, String target, WarcRecord record, byte[] body, String contentType) {
    if (body.length == 0) {
      throw new InputException("empty payload");
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.isEmpty() && Decoder.binaryKind(body) != null) {
      return skip(where, "not a page (undeclared " + Decoder.binaryKind(body) + ")");
    }
    // Archived pages come from the web: an undeclared legacy charset is read as a browser would.
    String text = Decoder.decode(body, contentType, true);
    Page.Format format = type.startsWith("text/plain") ? Page.Format.TEXT
        : type.isEmpty() && !Sources.looksLikeHtml(text) ? Page.Format.TEXT : Page.Format.HTML;
    return new Page(where, target, text, format, record.date(), null, null, null);
  }

  /** HTML, XHTML or plain text; a missing type is tried too. */
  private static boolean isText(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
    return type.equals("text/html") || type.equals("application/xhtml+xml") || type.equals("text/plain");
  }

  private static String recordId(WarcRecord record) {
    try {
      URI id = record.id();
      String s = id.toString();
      return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
    } catch (RuntimeException e) {
      return "record-at-" + record.position();
    }
  }

  private void finish() {
    done = true;
    close();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // reading is over either way
    }
  }
}
