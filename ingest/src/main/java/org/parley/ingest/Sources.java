package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.WarcReader;
import org.parley.model.Json;
import org.parley.model.Page;
import org.parley.pipeline.InputException;

/**
 * The one entry point of ingest: {@code Sources.open(inputs, options)} gives the pages the user named, lazily and
 * in order. An input is a file (.html, .htm, .txt, .json, .jsonl, .warc, each possibly .gz; .rss, .atom or .xml
 * for a feed), a directory (read recursively, in name order, taking the files of the page, JSON and WARC types),
 * an http(s) URL (a page, or an RSS or Atom feed that expands into its articles), or {@code -} for standard input.
 * Whatever cannot be read becomes a {@link SourceItem} with an error, and the next input is read all the same.
 *
 * <p>URLs are fetched by one {@link Fetcher} per {@code open} (its per-host delay, robots.txt rules and cache),
 * made on first need; pass one to share it between calls.
 */
public final class Sources {
  private static final List<String> TYPES = List.of(".html", ".htm", ".xhtml", ".txt", ".text", ".json", ".jsonl",
      ".ndjson", ".warc");
  private static final List<String> FEED_TYPES = List.of(".rss", ".atom", ".xml");

  private Sources() {
  }

  public static Iterator<SourceItem> open(List<String> inputs, SourceOptions options) {
    return new ItemIterator(inputs, options, null);
  }

  /** As {@link #open(List, SourceOptions)}, fetching with {@code fetcher} (which the caller closes). */
  public static Iterator<SourceItem> open(List<String> inputs, SourceOptions options, Fetcher fetcher) {
    return new ItemIterator(inputs, options, fetcher);
  }

  /** Whether a directory walk takes this file. */
  static boolean isSupported(Path p) {
    return hasType(p, TYPES);
  }

  static boolean isFeedFile(Path p) {
    return hasType(p, FEED_TYPES);
  }

  private static boolean hasType(Path p, List<String> types) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return false;
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    for (String t : types) {
      if (name.endsWith(t)) {
        return true;
      }
    }
    return false;
  }

  static boolean isWarc(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  private static final class ItemIterator implements Iterator<SourceItem> {
    private final Deque<String> pending;
    private final Deque<SourceItem> ready = new ArrayDeque<>();
    private final SourceOptions options;
    private final boolean ownsFetcher;
    private Fetcher fetcher;
    /** The input being read lazily (a WARC, a feed), or null. */
    private Iterator<SourceItem> current;
    private String currentInput;

    ItemIterator(List<String> inputs, SourceOptions options, Fetcher fetcher) {
      this.pending = new ArrayDeque<>(inputs);
      this.options = options;
      this.fetcher = fetcher;
      this.ownsFetcher = fetcher == null;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (current != null) {
          try {
            if (current.hasNext()) {
              ready.add(current.next());
              continue;
            }
          } catch (RuntimeException e) {
            ready.add(SourceItem.failed(currentInput, describe(e), e));
          }
          closeCurrent();
        } else if (!pending.isEmpty()) {
          expand(pending.poll());
        } else {
          if (ownsFetcher && fetcher != null) {
            fetcher.close();
            fetcher = null;
          }
          return false;
        }
      }
      return true;
    }

    @Override
    public SourceItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void closeCurrent() {
      if (current instanceof Closeable c) {
        try {
          c.close();
        } catch (IOException ignored) {
          // reading is over either way
        }
      }
      current = null;
      currentInput = null;
    }

    private Fetcher fetcher() {
      if (fetcher == null) {
        fetcher = new Fetcher(options);
      }
      return fetcher;
    }

    private void expand(String input) {
      try {
        if (input.equals("-")) {
          readStdin(readCapped(System.in, options.maxBytes(), "-"));
        } else if (input.matches("(?i)^[a-z][a-z0-9+.-]*:/.*") && !Files.exists(Path.of(input))) {
          readUrl(input);
        } else {
          Path p = Path.of(input);
          if (Files.isDirectory(p)) {
            List<String> files;
            try (Stream<Path> walk = Files.walk(p)) {
              files = walk.filter(Files::isRegularFile).filter(Sources::isSupported).map(Path::toString).sorted()
                  .toList();
            }
            if (files.isEmpty()) {
              ready.add(SourceItem.failed(input, "directory holds no .html, .txt, .json, .jsonl or .warc files"));
            }
            List<String> rest = new ArrayList<>(files);
            for (int i = rest.size() - 1; i >= 0; i--) {
              pending.addFirst(rest.get(i));
            }
          } else {
            readFile(input, p);
          }
        }
      } catch (InputException e) {
        ready.add(SourceItem.failed(input, e.getMessage(), e));
      } catch (NoSuchFileException e) {
        ready.add(SourceItem.failed(input, "no such file or directory", e));
      } catch (AccessDeniedException e) {
        ready.add(SourceItem.failed(input, "permission denied", e));
      } catch (IOException | RuntimeException e) {
        ready.add(SourceItem.failed(input, describe(e), e));
      }
    }

    /** Standard input (maybe gzip): a WARC or a feed by its first bytes, else a page as for a file. */
    private void readStdin(byte[] bytes) throws IOException {
      byte[] head = bytes;
      if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
        head = headOfGzip(bytes);
      }
      if (startsWithAscii(head, "WARC/")) {
        current = new WarcSource("-", new WarcReader(new ByteArrayInputStream(bytes)), options);
        currentInput = "-";
        return;
      }
      if (head != bytes) {
        bytes = gunzip(bytes, options.maxBytes());
      }
      if (Feeds.isFeed(null, bytes)) {
        startFeed("-", Feeds.parse(bytes, null, options.maxFeedItems()));
        return;
      }
      // JSON on standard input has no file name to tell it: '{' opens JSON Lines when the first line is an object
      // of its own ("... | parley quotes -"), else one JSON document, as does '['.
      String decoded = Decoder.decode(bytes, "UTF-8");
      String json = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
      String lead = json.stripLeading();
      if (lead.startsWith("{") || lead.startsWith("[")) {
        if (lead.startsWith("{") && firstLineIsObject(lead)) {
          readJsonLines("-", json, Instant.now());
        } else {
          readJson("-", json, Instant.now());
        }
        return;
      }
      readBytes("-", bytes, "-", Instant.now(), null, null, false);
    }

    private static boolean firstLineIsObject(String text) {
      int nl = text.indexOf('\n');
      try {
        JsonNode n = Json.mapper().readTree(nl < 0 ? text : text.substring(0, nl));
        return n != null && n.isObject();
      } catch (JsonProcessingException e) {
        return false;
      }
    }

    private void readUrl(String input) {
      Fetcher.Fetched f = fetcher().fetch(input);
      if (Feeds.isFeed(f.contentType(), f.body())) {
        startFeed(input, Feeds.parse(f.body(), f.finalUrl(), options.maxFeedItems()));
        return;
      }
      readBytes(input, f.body(), nameOf(f.finalUrl()), f.fetched(), f.contentType(), f.finalUrl(), true);
    }

    private void startFeed(String input, Feeds.Feed feed) {
      if (feed.items().isEmpty()) {
        throw new InputException(feed.total() == 0 ? "the feed has no items" : "no feed items read (see --max-feed-items)");
      }
      current = new FeedSource(input, feed, fetcher());
      currentInput = input;
    }

    private void readFile(String input, Path p) throws IOException {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(input);
      }
      if (!Files.isRegularFile(p)) {
        throw new InputException("not a regular file");
      }
      if (isWarc(p)) {
        // Records are read one at a time and capped one by one; the file itself may be large.
        if (Files.size(p) == 0) {
          throw new InputException("empty input");
        }
        current = new WarcSource(input, p, options);
        currentInput = input;
        return;
      }
      long size = Files.size(p);
      if (size > options.maxBytes()) {
        throw new InputException(tooLarge(size, options.maxBytes()));
      }
      Instant mtime = Files.getLastModifiedTime(p).toInstant();
      String name = p.getFileName().toString();
      byte[] bytes;
      try (InputStream in = Files.newInputStream(p)) {
        bytes = readCapped(in, options.maxBytes(), input);
      }
      if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
        bytes = gunzip(bytes, options.maxBytes());
        name = name.substring(0, name.length() - 3);
      }
      if (isFeedFile(Path.of(name))) {
        boolean xml = name.toLowerCase(Locale.ROOT).endsWith(".xml");
        if (!xml || Feeds.isFeed(null, bytes)) {
          if (bytes.length == 0) {
            throw new InputException("empty input");
          }
          startFeed(input, Feeds.parse(bytes, null, options.maxFeedItems()));
          return;
        }
      }
      readBytes(input, bytes, name, mtime, null, null, false);
    }

    /** Dispatches on the name's type, or on the content when the name says nothing. */
    private void readBytes(String input, byte[] bytes, String name, Instant time, String contentType, String url,
                           boolean fromWeb) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        readJsonLines(input, Decoder.decode(bytes, "UTF-8"), time);
        return;
      }
      if (lower.endsWith(".json") || (contentType != null && contentType.contains("json"))) {
        readJson(input, Decoder.decode(bytes, "UTF-8"), time);
        return;
      }
      ready.add(SourceItem.of(page(input, bytes, name, time, contentType, url, fromWeb)));
    }
    private void readJsonLines(String input, String text, Instant time) {
      int lineNo = 0;
      boolean any = false;
      for (String line : text.split("\r?\n", -1)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        any = true;
        String where = input + ":" + lineNo;
        try {
          ready.add(SourceItem.of(pageFromJson(where, Json.mapper().readTree(line), time)));
        } catch (JsonProcessingException e) {
          ready.add(SourceItem.failed(where, "malformed JSON: " + e.getOriginalMessage(), e));
        } catch (InputException e) {
          ready.add(SourceItem.failed(where, e.getMessage(), e));
        }
      }
      if (!any) {
        throw new InputException("empty input (no JSON lines)");
      }
    }

    private void readJson(String input, String text, Instant time) {
      JsonNode root;
      try {
        root = Json.mapper().readTree(text);
      } catch (JsonProcessingException e) {
        throw new InputException("malformed JSON: " + e.getOriginalMessage(), e);
      }
      if (root != null && root.isArray()) {
        int i = 0;
        for (JsonNode n : root) {
          String where = input + "[" + i++ + "]";
          try {
            ready.add(SourceItem.of(pageFromJson(where, n, time)));
          } catch (InputException e) {
            ready.add(SourceItem.failed(where, e.getMessage(), e));
          }
        }
      } else {
        ready.add(SourceItem.of(pageFromJson(input, root, time)));
      }
    }
  }

  /** An HTML or text page from bytes; {@code name} (a file name or the last part of a URL) may tell which. */
  static Page page(String input, byte[] bytes, String name, Instant time, String contentType, String url,
                   boolean fromWeb) {
    String lower = name.toLowerCase(Locale.ROOT);
    String text = Decoder.decode(bytes, contentType, fromWeb);
    Page.Format format;
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/plain") || (type.isEmpty() && (lower.endsWith(".txt") || lower.endsWith(".text")))) {
      format = Page.Format.TEXT;
    } else if (type.contains("html") || lower.endsWith(".html") || lower.endsWith(".htm")
        || lower.endsWith(".xhtml")) {
      format = Page.Format.HTML;
    } else {
      format = looksLikeHtml(text) ? Page.Format.HTML : Page.Format.TEXT;
    }
    return new Page(input, url, text, format, time, null, null, null);
  }

  /** A page from a JSON object with {@code text} or {@code html}, and optionally id, url, title, published. */
  static Page pageFromJson(String input, JsonNode n, Instant time) {
    if (n == null || !n.isObject()) {
      throw new InputException("expected a JSON object with \"text\" or \"html\"");
    }
    String html = str(n, "html");
    String text = str(n, "text");
    if ((html == null || html.isBlank()) && (text == null || text.isBlank())) {
      throw new InputException("JSON object has no \"text\" or \"html\"");
    }
    boolean isHtml = html != null && !html.isBlank();
    return new Page(input, str(n, "url"), isHtml ? html : text, isHtml ? Page.Format.HTML : Page.Format.ARTICLE, time,
        str(n, "id"), str(n, "title"), str(n, "published"));
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        || head.contains("<body") || head.contains("<head") || head.contains("<p>") || head.contains("<div");
  }

  static byte[] readCapped(InputStream in, long max, String input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw new InputException(tooLarge(total, max) + " (stopped reading)");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean startsWithAscii(byte[] b, String prefix) {
    if (b.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The first bytes of gzip data, or an empty array when it cannot be read. */
  private static byte[] headOfGzip(byte[] bytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readNBytes(16);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  static byte[] gunzip(byte[] bytes, long max) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return readCapped(in, max, null);
    } catch (InputException e) {
      throw new InputException("gzip content " + e.getMessage());
    } catch (IOException e) {
      throw new InputException("broken gzip data: " + describe(e));
    }
  }

  static String tooLarge(long size, long max) {
    return "too large (" + mb(size) + "; the limit is " + mb(max) + ", see --max-bytes)";
  }

  private static String mb(long n) {
    return n >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", n / 1048576.0) : n + " bytes";
  }

  static String nameOf(String url) {
    String path = url.replaceAll("[?#].*$", "");
    int slash = path.lastIndexOf('/');
    return slash >= 0 ? path.substring(slash + 1) : path;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    if ((m == null || m.isBlank()) && e instanceof java.io.EOFException) {
      return "the data ends too early";
    }
    String type = e.getClass().getSimpleName();
    return (m == null || m.isBlank()) ? type : m.replaceAll("\\s+", " ").strip();
  }
}
