package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.store.Stats;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Counts in the store, as one JSON line: documents, entities, quotes, events, stories, the first",
        "and last publication day, and the schema version."})
final class StatsCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Override
  public Integer call() {
    if (!store.existsOrSay()) {
      return Parley.SOME_FAILED;
    }
    Stats stats;
    try (Store s = Store.open(store.db)) {
      stats = s.stats();
    }
    try (JsonLinesOut out = new JsonLinesOut()) {
      out.write(stats);
    }
    return Parley.OK;
  }
}
