package org.parley.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.ingest.SourceOptions;
import org.parley.model.Document;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;

/**
 * The service under load, on loopback only and bounded in time: generates a store of {@code events} events (ten
 * per document, over two years and forty countries) with DuckDB's appender, builds the search index, starts the
 * server, and lets {@code clients} concurrent clients call the dyad index and search endpoints for
 * {@code seconds} seconds. Prints the latency percentiles per endpoint.
 *
 * <p>Usage: {@code LoadBenchmark DIR [events] [clients] [seconds]} (defaults 1,000,000, 32, 30).
 */
public final class LoadBenchmark {
  static final String[] COUNTRIES = ("USA RUS UKR CHN IRN ISR PRK KOR JPN IND PAK TUR DEU FRA GBR POL EST LTU LVA FIN "
      + "SWE NOR BLR GEO ARM AZE SYR IRQ SAU ARE QAT EGY TWN VNM PHL AUS CAN MEX BRA ZAF").split(" ");
  static final String[] CODES = {"010", "036", "040", "041", "042", "043", "046", "057", "0871", "111", "112", "130",
      "138", "163", "172", "190", "195"};
  static final double[] GOLDSTEIN = {0, 4, 1, 1, 1.9, 2.8, 7, 8, 9, -2, -2, -4.4, -7, -8, -5, -10, -10};
  static final int[] QUAD = {1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 4, 4, 4};
  static final String[] WORDS = ("talks sanctions ceasefire envoy summit missile drone strike pipeline oil gas "
      + "border treaty minister president parliament trade tariff grain port nuclear inspectors election protest "
      + "embassy diplomat visit phone call aid weapons tanks air defence frontline negotiation mediator").split(" ");

  private LoadBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "parley-load");
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(Store.FILE));
    Files.deleteIfExists(dir.resolve(Store.FILE + ".wal"));
    try (var walk = Files.exists(dir.resolve(Search.DIR)) ? Files.walk(dir.resolve(Search.DIR)) : null) {
      if (walk != null) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    try (Store store = Store.open(dir)) {
      long t0 = System.nanoTime();
      generate(store, events);
      System.out.printf(Locale.ROOT, "generated %,d events in %,d documents in %.1f s%n", events, events / 10,
          (System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      try (Server server = Server.start(store, Pipeline.of(p -> Document.builder().id("x").text(p.content()).build()),
          new Server.Config("127.0.0.1", 0, null, true, SourceOptions.defaults()))) {
        System.out.printf(Locale.ROOT, "search index built in %.1f s%n", (System.nanoTime() - t1) / 1e9);
        run(server.port(), clients, seconds);
      }
    }
  }

  static void generate(Store store, int events) throws Exception {
    SplittableRandom rnd = new SplittableRandom(20261123);
    LocalDate start = LocalDate.of(2024, 1, 1);
    DuckDBConnection conn = (DuckDBConnection) store.connection();
    int docs = Math.max(1, events / 10);
    try (DuckDBAppender d = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "documents");
         DuckDBAppender e = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      Timestamp now = Timestamp.from(Instant.now());
      for (int i = 0; i < docs; i++) {
        LocalDate day = start.plusDays(rnd.nextInt(730));
        String a = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        String b = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 120; w++) {
          text.append(WORDS[rnd.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
        }
        String id = String.format("g%08d", i);
        d.beginRow();
        d.append(id);
        d.append("generated/" + i);
        d.append("https://generated.example/" + i);
        d.append(a + " and " + b + " " + WORDS[rnd.nextInt(WORDS.length)]);
        d.append((String) null);
        d.append("[]");
        d.append("[]");
        d.append("Generated Wire");
        d.append("generated.example");
        d.append(day.toString());
        d.append(day);
        d.append("en");
        d.append(text.toString());
        d.append("[]");
        d.append(rnd.nextDouble() * 2 - 1);
        d.append((String) null);
        d.append((String) null);
        d.append(id);
        d.append(0);
        d.append(0);
        d.append(10);
        d.append(now.toLocalDateTime());
        d.endRow();
        for (int k = 0; k < 10; k++) {
          int c = rnd.nextInt(CODES.length);
          boolean flip = rnd.nextBoolean();
          e.beginRow();
          e.append(id);
          e.append(k);
          e.append(flip ? b : a);
          e.append((flip ? b : a) + "GOV");
          e.append(flip ? a : b);
          e.append(flip ? a : b);
          e.append(CODES[c]);
          e.append(CODES[c].substring(0, 2));
          e.append("CONSULT");
          e.append(GOLDSTEIN[c]);
          e.append(QUAD[c]);
          e.append(a + " and " + b + " " + WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)]);
          e.append(0);
          e.append(40);
          e.append(day.toString());
          e.append("generated");
          e.endRow();
        }
      }
    }
  }

  static void run(int port, int clients, int seconds) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<Long> index = Collections.synchronizedList(new ArrayList<>());
    List<Long> search = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      pool.submit(() -> {
        SplittableRandom rnd = new SplittableRandom(client);
        int n = 0;
        while (System.nanoTime() < deadline) {
          boolean isIndex = n++ % 2 == 0;
          String path = isIndex
              ? "/api/v1/index?dyad=" + COUNTRIES[rnd.nextInt(COUNTRIES.length)] + "-" + COUNTRIES[rnd.nextInt(8)]
              : "/api/v1/search?q=" + URLEncoder.encode(WORDS[rnd.nextInt(WORDS.length)] + " "
                  + WORDS[rnd.nextInt(WORDS.length)], StandardCharsets.UTF_8) + "&size=20";
          long t = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 && r.statusCode() != 404) {
              errors.incrementAndGet();
            }
          } catch (Exception ex) {
            errors.incrementAndGet();
          }
          (isIndex ? index : search).add(System.nanoTime() - t);
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    report("index", index, seconds);
    report("search", search, seconds);
    System.out.printf(Locale.ROOT, "errors: %d%n", errors.get());
  }

  static void report(String name, List<Long> nanos, int seconds) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.println(name + ": no requests");
      return;
    }
    System.out.printf(Locale.ROOT, "%-6s %,7d requests (%.0f/s)  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        name, sorted.size(), sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
        sorted.getLast() / 1e6);
  }

  static double pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }
}
