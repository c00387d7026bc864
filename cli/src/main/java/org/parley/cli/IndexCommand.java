package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.aggregate.RelationsIndex;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"The relations index of a dyad, one line per day with events: {date, dyad, events,",
        "goldstein_sum, goldstein_mean, quad [n1..n4], tone, trend, change_point, swing, flips}.",
        "Definitions in docs/index.md."})
final class IndexCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--dyad", required = true, paramLabel = "A-B",
      description = "Two actor codes: A-B for both directions, A>B for events from A to B.")
  String dyad;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (ISO 8601).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (ISO 8601).")
  String to;

  @Override
  public Integer call() {
    RelationsIndex.Dyad d;
    try {
      d = RelationsIndex.Dyad.parse(dyad);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    DigestCommand.checkDate(spec, from, "--from");
    DigestCommand.checkDate(spec, to, "--to");
    try (Store s = Store.open(store.db); JsonLinesOut out = new JsonLinesOut()) {
      for (RelationsIndex.Day day : RelationsIndex.days(s.connection(), d, from, to)) {
        out.write(RelationsIndex.line(day));
      }
    }
    return Parley.OK;
  }
}
