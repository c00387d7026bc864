package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the ingest fuzz tests ask of an input that could not be read. */
final class SourcesFuzzing {
  /** Exceptions that say the code went wrong, not the input: never the reason an input is refused. */
  private static final List<Class<? extends Throwable>> BUGS = List.of(NullPointerException.class,
      IndexOutOfBoundsException.class, ClassCastException.class, ArithmeticException.class,
      NegativeArraySizeException.class, IllegalStateException.class, UnsupportedOperationException.class,
      StackOverflowError.class, OutOfMemoryError.class);

  private SourcesFuzzing() {
  }

  /** One line in words (not the bare name of an exception), and a cause that is not a programming error. */
  static void assertReadable(SourceItem item) {
    assertThat(item.error()).isNotBlank().doesNotContain("\n").doesNotContain("\r")
        .doesNotMatch("(?s).*\\b[A-Z]\\w*(Exception|Error)");
    for (Throwable t = item.cause(); t != null; t = t.getCause()) {
      Throwable cause = t;
      assertThat(BUGS).as("%s: %s", item.error(), cause).noneMatch(b -> b.isInstance(cause));
    }
  }
}
