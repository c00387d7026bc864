package org.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.parley.aggregate.Digest;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "digest", mixinStandardHelpOptions = true,
    description = {"The round-up of a period from the store: top stories with summaries, notable quotes,",
        "the dyads that moved most and their swings; every claim links to its articles."})
final class DigestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (ISO 8601).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (ISO 8601).")
  String to;

  @Option(names = "--format", paramLabel = "md|html", description = "md (default) or html.")
  String format = "md";

  @Option(names = "--stories", paramLabel = "N", description = "Top stories shown (default: ${DEFAULT-VALUE}).")
  int stories = 5;

  @Override
  public Integer call() {
    if (!format.equals("md") && !format.equals("html")) {
      throw new ParameterException(spec.commandLine(), "--format is md or html");
    }
    checkDate(spec, from, "--from");
    checkDate(spec, to, "--to");
    try (Store s = Store.open(store.db)) {
      System.out.print(Digest.render(s, from, to, format.equals("html"), stories));
      System.out.flush();
    }
    return Parley.OK;
  }

  static void checkDate(CommandSpec spec, String date, String option) {
    if (date == null) {
      return;
    }
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + " must be a date like 2025-10-27: " + date);
    }
  }
}
