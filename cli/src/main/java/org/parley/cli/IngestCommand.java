package org.parley.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.aggregate.Aggregator;
import org.parley.aggregate.Clusterer;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyze each article and store it. Re-ingesting an article changes nothing.",
        "Prints one line per article: {id, input, title, status} with status added, updated or unchanged."})
final class IngestCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for standard input.")
  List<String> inputs;

  @Override
  public Integer call() {
    return ingest(options, store, inputs, System.err, true);
  }

  /** Ingests {@code inputs} into the store; shared with the demo. */
  static int ingest(CommonOptions options, StoreOption storeOption, List<String> inputs, PrintStream err,
                    boolean printLines) {
    Map<Store.Change, Integer> counts = new EnumMap<>(Store.Change.class);
    int code;
    Batch batch = new Batch(options, err);
    try (Store store = Store.open(storeOption.db); JsonLinesOut out = new JsonLinesOut()) {
      code = batch.run(inputs, Pipelines.analyze(), doc -> {
        Store.Change change = store.put(doc);
        counts.merge(change, 1, Integer::sum);
        if (printLines) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("id", doc.id());
          line.put("input", doc.input());
          line.put("title", doc.title());
          line.put("status", change.name().toLowerCase(Locale.ROOT));
          out.write(line);
        }
      });
      // Stories and duplicate links follow from everything stored, in publication order, so they are the same
      // whatever the order or batches of ingestion (re-ingesting changes nothing, and skips this step).
      if (counts.getOrDefault(Store.Change.ADDED, 0) + counts.getOrDefault(Store.Change.UPDATED, 0) > 0
          || store.stats().stories() == 0 && store.stats().documents() > 0) {
        Aggregator.refresh(store, Clusterer.Params.standard());
      }
    }
    if (!options.quiet) {
      err.printf(Locale.ROOT, "parley: stored %d articles in %s (%d added, %d updated, %d unchanged), %d failed%n",
          batch.succeeded, storeOption.db, counts.getOrDefault(Store.Change.ADDED, 0),
          counts.getOrDefault(Store.Change.UPDATED, 0), counts.getOrDefault(Store.Change.UNCHANGED, 0), batch.failed);
    }
    return code;
  }
}
