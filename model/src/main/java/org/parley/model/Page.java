package org.parley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A page as it arrives, before extraction: its decoded content and what the source already told us about it.
 *
 * @param input     where it came from, as the user named it (a path, a URL, {@code file.jsonl:12}, or {@code -})
 * @param url       the page's URL when known (fetched from it, given in a JSON Lines record, or a WARC target)
 * @param content   the decoded page: HTML or plain text
 * @param format    whether {@code content} is HTML, a plain-text page, or the article's text
 * @param fetched   when the page was fetched or the file last written; relative dates resolve against it
 * @param id        an id given with the input (JSON Lines {@code id}), or null to derive one
 * @param title     a title given with the input, or null
 * @param published a publication date given with the input (ISO 8601), or null
 */
public record Page(String input, String url, String content, Format format, Instant fetched,
                   String id, String title, String published) {

  /**
   * What kind of text {@link Page#content()} holds: an HTML page, a page as plain text (menus and all, as copied
   * from a browser), or the article's text itself (JSON Lines {@code text}), which is kept as given so that
   * offsets into it stay valid.
   */
  public enum Format { HTML, TEXT, ARTICLE }

  public Page {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
  }

  /** A page with only content, as from a file with no other metadata. */
  public static Page of(String input, String content, Format format) {
    return new Page(input, null, content, format, null, null, null, null);
  }
}
