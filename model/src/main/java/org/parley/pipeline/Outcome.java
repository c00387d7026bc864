package org.parley.pipeline;

import org.parley.model.Document;

/**
 * What became of one input: a document, or a one-line error (with the exception behind it, for {@code --debug}).
 */
public record Outcome(String input, Document document, String error, Throwable cause) {

  public static Outcome ok(String input, Document document) {
    return new Outcome(input, document, null, null);
  }

  public static Outcome failed(String input, String error, Throwable cause) {
    return new Outcome(input, null, error, cause);
  }

  public boolean isOk() {
    return error == null;
  }
}
