package org.parley.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.pipeline.InputException;

/** RSS and Atom feeds, read with ROME: telling a feed from a page, and the items of a feed. */
final class Feeds {
  /** The first element after the XML declaration, comments, processing instructions and a doctype. */
  private static final Pattern ROOT = Pattern.compile(
      "\\A(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*<([A-Za-z_][\\w.:-]*)", Pattern.DOTALL);

  /**
   * One item of a feed.
   *
   * @param link      the article's URL (absolute), or null when the item has none
   * @param title     the item's title, or null
   * @param published when it was published (ISO 8601), or null
   * @param content   the item's content, else its description, or null
   * @param html      whether {@code content} is HTML (else plain text)
   */
  record Item(String link, String title, String published, String content, boolean html) {
  }

  /**
   * The items of a feed, in feed order.
   *
   * @param title the feed's own title, or null
   * @param items at most the cap of items
   * @param total how many items the feed holds
   */
  record Feed(String title, List<Item> items, int total) {
  }

  private Feeds() {
  }

  /** Whether {@code body} is an RSS or Atom feed: by its media type, else by its root element. */
  static boolean isFeed(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("rss+xml") || type.contains("atom+xml") || type.contains("rdf+xml")) {
      return true;
    }
    if (!type.isEmpty() && !type.contains("xml") && !type.startsWith("text/plain")
        && !type.startsWith("application/octet-stream")) {
      return false; // text/html and friends are pages, whatever they hold
    }
    return isFeedRoot(rootElement(body));
  }

  static boolean isFeedRoot(String root) {
    if (root == null) {
      return false;
    }
    String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
    return root.equals("rss") || root.equals("feed") || root.equals("RDF") || local.equals("RDF")
        || local.equals("feed") && root.startsWith("atom:");
  }

  /** The name of the root element, or null when {@code body} does not start like XML. */
  static String rootElement(byte[] body) {
    int start = 0;
    if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    String head = new String(body, start, Math.min(body.length - start, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = ROOT.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** Reads a feed; {@code base} (the feed's URL, or null) makes relative item links absolute. */
  static Feed parse(byte[] body, String base, int maxItems) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(body), true));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new InputException("not a readable RSS or Atom feed: " + Sources.describe(e), e);
    }
    List<SyndEntry> entries = feed.getEntries();
    List<Item> items = new ArrayList<>();
    for (SyndEntry e : entries) {
      if (items.size() >= maxItems) {
        break;
      }
      items.add(item(e, base));
    }
    return new Feed(blankToNull(feed.getTitle()), items, entries.size());
  }

  private static Item item(SyndEntry e, String base) {
    String link = blankToNull(e.getLink());
    if (link == null && e.getUri() != null && e.getUri().matches("(?i)^https?://.*")) {
      link = e.getUri();
    }
    if (link != null && base != null) {
      try {
        link = URI.create(base).resolve(link.strip()).toString();
      } catch (IllegalArgumentException ignored) {
        // left as it is; fetching it says what is wrong
      }
    }
    Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    String published = date == null ? null : date.toInstant().toString();
    String content = null;
    String type = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        content = c.getValue();
        type = c.getType();
        break;
      }
    }
    if (content == null && e.getDescription() != null && e.getDescription().getValue() != null
        && !e.getDescription().getValue().isBlank()) {
      content = e.getDescription().getValue();
      type = e.getDescription().getType();
    }
    boolean html = type == null || !(type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain"));
    return new Item(link, blankToNull(e.getTitle()), published, content, html);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
