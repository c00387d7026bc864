package org.parley.serve;

/** A request the API refuses, with the HTTP status that fits and a one-line message for the client. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }
}
