package org.parley.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.aggregate.Aggregator;
import org.parley.aggregate.Clusterer;
import org.parley.model.Document;
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
  CodingOptions coding;

  @Mixin
  StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, URLs, or - for standard input.")
  List<String> inputs;

  /** Articles stored per transaction at most, and the longest an analyzed article waits to be stored. */
  static final int BATCH = 100;
  static final long MAX_WAIT_NANOS = 2_000_000_000L;

  @Override
  public Integer call() {
    org.parley.pipeline.Pipeline pipeline;
    try {
      pipeline = coding.analyze();
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println("parley: " + Errors.oneLine(e));
      return Parley.USAGE;
    }
    return ingest(options, store, inputs, System.err, true, pipeline);
  }

  /** Ingests {@code inputs} into the store; shared with the demo. */
  static int ingest(CommonOptions options, StoreOption storeOption, List<String> inputs, PrintStream err,
                    boolean printLines) {
    return ingest(options, storeOption, inputs, err, printLines, Pipelines.analyze());
  }

  /** Ingests {@code inputs} into the store with {@code pipeline}. */
  static int ingest(CommonOptions options, StoreOption storeOption, List<String> inputs, PrintStream err,
                    boolean printLines, org.parley.pipeline.Pipeline pipeline) {
    Map<Store.Change, Integer> counts = new EnumMap<>(Store.Change.class);
    int code;
    Batch batch = new Batch(options, err);
    try (Store store = Store.open(storeOption.db); JsonLinesOut out = new JsonLinesOut()) {
      // Articles are stored in batches, one transaction each (a transaction costs about as much as storing a few
      // dozen articles); a batch is written when it is full or has waited a few seconds, so a slow source still
      // stores as it goes. A line is printed only once its article is committed.
      List<Document> pending = new ArrayList<>();
      long[] firstPending = {0};
      Runnable flush = () -> {
        if (pending.isEmpty()) {
          return;
        }
        List<Store.Change> changes;
        try {
          changes = store.putAll(pending);
        } catch (RuntimeException e) {
          // one article the store refuses must not cost the others: store them one by one, and name the culprit
          changes = new ArrayList<>();
          for (Document doc : pending) {
            try {
              changes.add(store.put(doc));
            } catch (RuntimeException each) {
              changes.add(null);
              batch.succeeded--;
              batch.report(org.parley.pipeline.Outcome.failed(doc.input(), Errors.oneLine(each), each));
            }
          }
        }
        for (int i = 0; i < pending.size(); i++) {
          Document doc = pending.get(i);
          Store.Change change = changes.get(i);
          if (change == null) {
            continue;
          }
          counts.merge(change, 1, Integer::sum);
          if (printLines) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", doc.id());
            line.put("input", doc.input());
            line.put("title", doc.title());
            line.put("status", change.name().toLowerCase(Locale.ROOT));
            out.write(line);
          }
        }
        pending.clear();
      };
      code = batch.run(inputs, pipeline, doc -> {
        if (pending.isEmpty()) {
          firstPending[0] = System.nanoTime();
        }
        pending.add(doc);
        if (pending.size() >= BATCH || System.nanoTime() - firstPending[0] > MAX_WAIT_NANOS) {
          flush.run();
        }
      });
      flush.run();
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
