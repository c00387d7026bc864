package org.parley.cli;

import org.parley.pipeline.Pipeline;

/** One-line error messages for the user. */
final class Errors {
  private Errors() {
  }

  static String oneLine(Throwable e) {
    return Pipeline.oneLine(e);
  }
}
