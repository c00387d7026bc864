package org.parley.ingest;

import org.parley.model.Page;

/** One input read from a source: a page, or the reason it could not be read (one line, for the user). */
public record SourceItem(String input, Page page, String error, Throwable cause) {

  public static SourceItem of(Page page) {
    return new SourceItem(page.input(), page, null, null);
  }

  public static SourceItem failed(String input, String error) {
    return new SourceItem(input, null, error, null);
  }

  public static SourceItem failed(String input, String error, Throwable cause) {
    return new SourceItem(input, null, error, cause);
  }

  public boolean isOk() {
    return error == null;
  }
}
