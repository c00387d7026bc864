package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option of commands that use the store. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("parley-data");

  /** Whether a store is there; when not, says so on standard error in the contract's one-line form. */
  boolean existsOrSay() {
    if (java.nio.file.Files.exists(db.resolve(org.parley.store.Store.FILE))) {
      return true;
    }
    System.err.println("parley: " + db + ": no store here (run parley ingest first)");
    return false;
  }
}
