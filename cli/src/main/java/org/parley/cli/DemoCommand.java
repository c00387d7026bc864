package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.model.Document;
import org.parley.store.Stats;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the sample corpus into a fresh store and show what was stored.",
        "The store is made anew in --db (default parley-demo) each time."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "DIR", description = "The demo store's directory (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("parley-demo");

  @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus to ingest (default: samples/corpus).")
  Path corpus;

  @Mixin
  CommonOptions options;

  @Option(names = "--serve", description = "Then serve the demo store (API and dashboard) until interrupted.")
  boolean serve;

  @Option(names = "--port", paramLabel = "N", description = "Port for --serve (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Override
  public Integer call() throws Exception {
    Path dir = corpus != null ? corpus : defaultCorpus();
    if (!Files.isDirectory(dir)) {
      System.err.println("parley: " + dir + ": sample corpus not found (use --corpus DIR)");
      return Parley.SOME_FAILED;
    }
    Files.deleteIfExists(db.resolve(Store.FILE));
    Files.deleteIfExists(db.resolve(Store.FILE + ".wal"));
    StoreOption storeOption = new StoreOption();
    storeOption.db = db;
    System.out.println("Parley demo: ingesting " + dir + " into a fresh store in " + db);
    int code = IngestCommand.ingest(options, storeOption, List.of(dir.toString()), System.err, false);
    List<Document> docs = new ArrayList<>();
    Stats stats;
    try (Store store = Store.open(db)) {
      store.forEachDocument(docs::add);
      stats = store.stats();
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-10s  %-22s  %s%n", "published", "source", "title");
    for (Document d : docs) {
      String source = d.source() == null ? "" : d.source().name() != null ? d.source().name() : d.source().domain();
      System.out.printf(Locale.ROOT, "%-10s  %-22s  %s%n", d.published() == null ? "?" : d.published().substring(0,
          Math.min(10, d.published().length())), cut(source, 22), cut(d.title() == null ? "(untitled)" : d.title(),
          80));
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%d documents, %d entities, %d quotes, %d events stored; %s to %s.%n",
        stats.documents(), stats.entities(), stats.quotes(), stats.events(), stats.firstDay(), stats.lastDay());
    System.out.println("Explore: ./parley stats --db " + db + "   ./parley export --db " + db + " --format jsonl -");
    System.out.println();
    try (Store store = Store.open(db)) {
      System.out.print(org.parley.aggregate.Digest.render(store, null, null, false, 5));
    }
    if (serve) {
      ServeCommand sc = new ServeCommand();
      sc.store = new StoreOption();
      sc.store.db = db;
      sc.options = options;
      sc.port = port;
      return sc.call();
    }
    return code;
  }

  private static Path defaultCorpus() {
    String home = System.getProperty("parley.home");
    Path base = home == null ? Path.of("") : Path.of(home);
    return base.resolve("samples").resolve("corpus");
  }

  private static String cut(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }
}
