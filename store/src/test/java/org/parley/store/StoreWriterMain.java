package org.parley.store;

import java.nio.file.Path;

/**
 * A child process for the crash tests: stores documents {@code from} to {@code to} (exclusive), each with many
 * parts, printing each id once it is committed. Exits 3 with the message when the store cannot be opened.
 */
public final class StoreWriterMain {
  private StoreWriterMain() {
  }

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    try (Store s = Store.open(dir)) {
      for (int i = from; i < to; i++) {
        s.put(Docs.rich(i, 40));
        System.out.println("committed " + i);
        System.out.flush();
      }
    } catch (StoreException e) {
      System.out.println(e.getMessage());
      System.exit(3);
    }
  }
}
