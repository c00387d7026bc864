package org.parley.cli;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.parley.ingest.SourceItem;
import org.parley.ingest.Sources;
import org.parley.model.Document;
import org.parley.pipeline.Outcome;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Runner;

/**
 * Runs a pipeline over the inputs a user named: reads them, processes articles in parallel, hands each document
 * to the sink in input order, prints one error line per failed input, and gives the exit code.
 */
final class Batch {
  private final CommonOptions options;
  private final PrintStream err;
  int succeeded;
  int failed;

  Batch(CommonOptions options, PrintStream err) {
    this.options = options;
    this.err = err;
  }

  int run(List<String> inputs, Pipeline pipeline, Consumer<Document> sink) {
    Iterator<SourceItem> items = Sources.open(inputs, options.sourceOptions());
    try (Runner runner = new Runner(options.threads());
         Progress progress = Progress.forStderr(options.quiet, err)) {
      runner.run(items, item -> item.isOk() ? pipeline.process(item.page())
          : Outcome.failed(item.input(), item.error(), item.cause()), outcome -> {
            if (outcome.isOk()) {
              try {
                sink.accept(outcome.document());
                succeeded++;
              } catch (RuntimeException e) {
                report(Outcome.failed(outcome.input(), Errors.oneLine(e), e));
              }
            } else {
              report(outcome);
            }
            progress.update(succeeded, failed);
          });
    }
    return failed == 0 ? Parley.OK : Parley.SOME_FAILED;
  }

  void report(Outcome failure) {
    failed++;
    err.println("parley: " + failure.input() + ": " + failure.error());
    if (options.debug && failure.cause() != null) {
      failure.cause().printStackTrace(err);
    }
  }
}
