package org.parley.pipeline;

/**
 * A problem with one input that the user can act on ("empty input", "binary content"). Its message is one line,
 * shown as {@code parley: <input>: <message>}, and the rest of the batch goes on.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
