package org.parley.store;

/** The store cannot be opened or written; the message is one line for the user. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
