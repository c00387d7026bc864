package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Load the Parquet tables of a Spark run (DIR/documents, entities, quotes, events) into the store.",
        "Documents already stored with the same content are left alone; others are added or replaced whole."})
final class ImportCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "The Spark job's output folder.")
  Path parquet;

  @Override
  public Integer call() {
    try (Store s = Store.open(store.db)) {
      long n = s.importParquet(parquet);
      System.err.println("parley: imported " + n + " documents from " + parquet + " into " + store.db);
    }
    return Parley.OK;
  }
}
