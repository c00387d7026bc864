package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option of commands that use the store. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("parley-data");
}
