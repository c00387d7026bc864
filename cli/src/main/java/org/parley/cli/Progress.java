package org.parley.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on standard error for long runs, shown only when standard error is a terminal (the launcher
 * tells us through {@code PARLEY_STDERR_TTY}, since the JVM cannot see it): articles done, failures, rate.
 * It waits two seconds before showing, so short runs print nothing, and it redraws at most five times a second.
 */
final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress forStderr(boolean quiet, PrintStream err) {
    return new Progress(err, !quiet && "1".equals(System.getenv("PARLEY_STDERR_TTY")));
  }

  void update(int done, int failed) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < 2_000_000_000L || now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double secs = (now - started) / 1e9;
    int total = done + failed;
    int width = 24;
    int filled = (int) ((total / 8) % (width + 1));
    String bar = "=".repeat(filled) + ">" + " ".repeat(Math.max(0, width - filled));
    err.print(String.format(Locale.ROOT, "\r[%s] %,d articles, %,d failed, %.1f/s ", bar, total, failed,
        total / secs));
    err.flush();
    drawn = true;
  }

  @Override
  public void close() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
