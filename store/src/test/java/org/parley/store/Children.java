package org.parley.store;

import java.nio.file.Path;

/** Starting child JVMs for tests that need a real process (to kill it, or to hold a lock). */
final class Children {
  private Children() {
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
