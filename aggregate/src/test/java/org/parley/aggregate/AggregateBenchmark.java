package org.parley.aggregate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.store.Store;

/**
 * The aggregate benchmark (docs/benchmarks.md): generates N stored documents (default 100,000) with events, in a
 * fresh store, then times the clustering (stories and near-duplicates written back) and the relations index (every
 * dyad, every day), and the index of one dyad. Run by hand: java AggregateBenchmark DIR [N].
 */
public final class AggregateBenchmark {
  private static final String[] ACTORS = {"USA", "RUS", "CHN", "UKR", "IRN", "ISR", "IND", "PAK", "PRK", "KOR",
      "JPN", "DEU", "FRA", "GBR", "POL", "TUR", "SAU", "EGY", "BRA", "ZAF"};
  private static final String[] CAMEO = {"036", "040", "042", "046", "057", "061", "071", "111", "112", "125",
      "130", "138", "163", "173", "190", "195"};
  private static final double[] GOLDSTEIN = {4.0, 1.0, 1.9, 7.0, 8.0, 6.4, 7.4, -2.0, -2.0, -5.0, -4.4, -7.0,
      -8.0, -5.0, -10.0, -10.0};

  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(Store.FILE));
    Files.deleteIfExists(dir.resolve(Store.FILE + ".wal"));
    List<String> vocabulary = WordList.lines("tone.tsv").stream().map(l -> l.split("\t")[0].replace("*", "s"))
        .toList();
    Random random = new Random(20251123);
    long t0 = System.nanoTime();
    try (Store store = Store.open(dir)) {
      Connection conn = store.connection();
      DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
      LocalDate start = LocalDate.of(2025, 1, 1);
      int stories = n / 8;
      try (DuckDBAppender docs = duck.createAppender("main", "documents");
           DuckDBAppender events = duck.createAppender("main", "events")) {
        String previous = null;
        for (int i = 0; i < n; i++) {
          int story = random.nextInt(stories);
          LocalDate day = start.plusDays((story * 365L / stories + random.nextInt(5)) % 365);
          StringBuilder text = new StringBuilder();
          for (int s = 0; s < 12; s++) {
            for (int w = 0; w < 15; w++) {
              // two thirds of the words from the story's own vocabulary, the rest from anywhere
              if (random.nextInt(3) < 2) {
                // the story's own words: 40 of a 50,000-word vocabulary
                Random words = new Random(story * 31L + random.nextInt(40));
                text.append(w == 0 ? "" : " ").append("t").append(words.nextInt(50_000));
              } else {
                // common words, Zipf-like over 20,000
                int rank = (int) Math.floor(Math.pow(20_000, random.nextDouble()));
                text.append(w == 0 ? "" : " ").append(vocabulary.get(rank % vocabulary.size())).append(rank);
              }
            }
            text.append(". ");
          }
          boolean copy = previous != null && random.nextInt(50) == 0;
          String body = copy ? previous : text.toString();
          previous = body;
          String id = String.format(Locale.ROOT, "%016x", (long) i * 0x9E3779B97F4AL);
          docs.beginRow();
          docs.append(id);
          docs.append("bench:" + i);
          docs.append("https://bench.example/" + i);
          docs.append("Story " + story + " article " + i);
          docs.appendNull();
          docs.append("[]");
          docs.append("[]");
          docs.append("Outlet " + random.nextInt(40));
          docs.appendNull();
          docs.append(day.toString());
          docs.append(day);
          docs.append("en");
          docs.append(body);
          docs.append("[]");
          docs.append(Tone.of(body));
          docs.appendNull();
          docs.appendNull();
          docs.append("h" + i);
          docs.append(0);
          docs.append(0);
          int k = 1 + random.nextInt(4);
          docs.append(k);
          docs.append(java.time.LocalDateTime.now());
          docs.appendNull(); // stance (migration 003)
          docs.endRow();
          for (int e = 0; e < k; e++) {
            int a = random.nextInt(6);
            int b = (a + 1 + random.nextInt(ACTORS.length - 1)) % ACTORS.length;
            int c = random.nextInt(CAMEO.length);
            int root = Integer.parseInt(CAMEO[c].substring(0, 2));
            events.beginRow();
            events.append(id);
            events.append(e);
            events.append(ACTORS[a]);
            events.append(ACTORS[a] + "GOV");
            events.append(ACTORS[b]);
            events.append(ACTORS[b] + "GOV");
            events.append(CAMEO[c]);
            events.append(CAMEO[c].substring(0, 2));
            events.appendNull();
            events.append(GOLDSTEIN[c]);
            events.append(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
            events.append("sentence");
            events.append(0);
            events.append(8);
            events.append(day.toString());
            events.appendNull();
            events.endRow();
          }
        }
      }
      try (Statement st = conn.createStatement()) {
        st.execute("CHECKPOINT");
      }
    }
    System.out.printf(Locale.ROOT, "generated %,d documents in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

    try (Store store = Store.open(dir)) {
      long l0 = System.nanoTime();
      List<org.parley.model.Document> all = Aggregator.readForClustering(store);
      long l1 = System.nanoTime();
      System.out.printf(Locale.ROOT, "(reading %,d documents for clustering alone: %.1f s)%n", all.size(),
          (l1 - l0) / 1e9);
      all = null;
      double cpu0 = cpu();
      long c0 = System.nanoTime();
      Clusterer.Result r = Aggregator.refresh(store, Clusterer.Params.standard());
      long c1 = System.nanoTime();
      double cpu1 = cpu();
      long s0 = System.nanoTime();
      store.setAggregates(List.of(), r.stories());
      System.out.printf(Locale.ROOT, "(writing the stories table alone: %.1f s)%n", (System.nanoTime() - s0) / 1e9);
      long dups = r.assignments().values().stream().filter(a -> a.duplicateOf() != null).count();
      System.out.printf(Locale.ROOT, "clustered %,d documents into %,d stories (%,d copies) and stored them in "
          + "%.1f s (process CPU %.1f s)%n", n, r.stories().size(), dups, (c1 - c0) / 1e9, cpu1 - cpu0);
      long i0 = System.nanoTime();
      int days = 0;
      List<RelationsIndex.Dyad> dyads = RelationsIndex.dyads(store.connection(), null, null, 1000);
      for (RelationsIndex.Dyad d : dyads) {
        days += RelationsIndex.days(store.connection(), d, null, null).size();
      }
      long i1 = System.nanoTime();
      double cpu2 = cpu();
      System.out.printf(Locale.ROOT, "indexed %d dyads, %,d dyad-days in %.1f s (process CPU %.1f s); clustering + "
          + "indexing %.1f s%n", dyads.size(), days, (i1 - i0) / 1e9, cpu2 - cpu1, (i1 - i0 + c1 - c0) / 1e9);
      RelationsIndex.Dyad one = RelationsIndex.Dyad.parse("USA-RUS");
      RelationsIndex.days(store.connection(), one, null, null);
      long q0 = System.nanoTime();
      int reps = 20;
      for (int i = 0; i < reps; i++) {
        RelationsIndex.days(store.connection(), one, null, null);
      }
      System.out.printf(Locale.ROOT, "index of USA-RUS (%d days): %.1f ms per query%n",
          RelationsIndex.days(store.connection(), one, null, null).size(), (System.nanoTime() - q0) / 1e6 / reps);
    }
  }
}
