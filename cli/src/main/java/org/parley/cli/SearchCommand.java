package org.parley.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.parley.serve.Search;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Documents, quotes and events matching QUERY, best first: one JSON line per hit",
        "{kind, document, title, date, snippet, score, fields}. QUERY uses Lucene's syntax: words, \"phrases\",",
        "AND/OR/NOT, and the fields speaker:, actor:, cameo:, dyad:, kind: (document, quote, event)."})
final class SearchCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined).")
  java.util.List<String> query;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (ISO date).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (ISO date).")
  LocalDate to;

  @Option(names = "--size", paramLabel = "N", description = "How many hits (default: ${DEFAULT-VALUE}).")
  int size = 20;

  @Override
  public Integer call() throws Exception {
    if (!store.existsOrSay()) {
      return Parley.SOME_FAILED;
    }
    try (Store s = Store.open(store.db); Search search = Search.open(s); JsonLinesOut out = new JsonLinesOut()) {
      for (Search.Hit hit : search.search(String.join(" ", query), from, to, 0, Math.max(1, Math.min(size, 1000)))) {
        out.write(hit);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("parley: " + e.getMessage());
      return Parley.USAGE;
    }
    return Parley.OK;
  }
}
