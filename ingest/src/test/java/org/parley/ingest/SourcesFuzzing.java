package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ingest fuzz tests ask of an error shown to the user. */
final class SourcesFuzzing {
  private SourcesFuzzing() {
  }

  /** One line, in words: not empty, and not the bare name of a programming error. */
  static void assertReadable(String error) {
    assertThat(error).isNotBlank().doesNotContain("\n").doesNotContain("\r")
        .doesNotContainPattern("NullPointerException|IndexOutOfBoundsException|ClassCastException"
            + "|ArithmeticException|NegativeArraySizeException|IllegalStateException|NumberFormatException"
            + "|UnsupportedOperationException|StackOverflowError|OutOfMemoryError");
  }
}
