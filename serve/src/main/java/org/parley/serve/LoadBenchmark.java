package org.parley.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.ingest.SourceOptions;
import org.parley.model.Document;
import org.parley.model.Ids;
import org.parley.model.Json;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;

/**
 * The service under load, on loopback only and bounded in time: generates a store of {@code events} events (ten
 * per document, over two years and forty countries) with DuckDB's appender, builds the search index, starts the
 * server with a write token, and lets {@code clients} concurrent readers call the dyad index and search endpoints
 * while {@code writers} concurrent writers post new articles ({@code POST /api/v1/documents} with the token), for
 * {@code seconds} seconds. Every tenth write of each writer is also tried without the token and must be refused
 * (401); before and after the run, a body over the 10 MiB cap must get 413 and a query over 1,000 characters 400.
 * At the end the search index must hold exactly the store's documents. Prints the latency percentiles per
 * endpoint and the errors: any other status, any exception, any check that failed.
 *
 * <p>Usage: {@code LoadBenchmark DIR [events] [clients] [seconds] [writers]} (defaults 1,000,000, 32, 30, 4).
 */
public final class LoadBenchmark {
  static final String[] COUNTRIES = ("USA RUS UKR CHN IRN ISR PRK KOR JPN IND PAK TUR DEU FRA GBR POL EST LTU LVA FIN "
      + "SWE NOR BLR GEO ARM AZE SYR IRQ SAU ARE QAT EGY TWN VNM PHL AUS CAN MEX BRA ZAF").split(" ");
  static final String[] CODES = {"010", "036", "040", "041", "042", "043", "046", "057", "0871", "111", "112", "130",
      "138", "163", "172", "190", "195"};
  static final double[] GOLDSTEIN = {0, 4, 1, 1, 1.9, 2.8, 7, 8, 9, -2, -2, -4.4, -7, -8, -5, -10, -10};
  static final int[] QUAD = {1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 4, 4, 4};
  /** Size of the general vocabulary of the generated articles (log-uniform ranks: a long tail, as in news). */
  static final int VOCABULARY = 20_000;
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
    int writers = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    Result r = measure(dir, events, clients, writers, seconds, System.out);
    if (r.errors() > 0) {
      System.exit(1);
    }
  }

  /** What one run held: requests and latencies per endpoint, writes refused as they should be, errors. */
  public record Result(Map<String, List<Long>> nanos, int refused, int errors, long documents, long indexed) {
    public int requests() {
      return nanos.values().stream().mapToInt(List::size).sum();
    }
  }

  /** Generates the store in {@code dir}, serves it and runs the load; prints to {@code out}. */
  public static Result measure(Path dir, int events, int clients, int writers, int seconds, PrintStream out)
      throws Exception {
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(Store.FILE));
    Files.deleteIfExists(dir.resolve(Store.FILE + ".wal"));
    try (var walk = Files.exists(dir.resolve(Search.DIR)) ? Files.walk(dir.resolve(Search.DIR)) : null) {
      if (walk != null) {
        walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    String token = "load-" + Long.toHexString(new SecureRandom().nextLong());
    try (Store store = Store.open(dir)) {
      long t0 = System.nanoTime();
      generate(store, events);
      out.printf(Locale.ROOT, "generated %,d events in %,d documents in %.1f s%n", events, events / 10,
          (System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      Pipeline pipeline = Pipeline.of(p -> Document.builder().id(Ids.forDocument(p.url(), p.content())).url(p.url())
          .title(p.title()).published(p.published()).language("en").text(p.content()).build());
      try (Server server = Server.start(store, pipeline,
          new Server.Config("127.0.0.1", 0, token, true, SourceOptions.defaults()))) {
        out.printf(Locale.ROOT, "search index built in %.1f s%n", (System.nanoTime() - t1) / 1e9);
        Result r = run(server.port(), token, clients, writers, seconds, out);
        long documents = store.stats().documents();
        long indexed = server.search().contents().values().stream().filter(k -> k.containsKey("document")).count();
        int errors = r.errors();
        if (documents != indexed) {
          out.printf(Locale.ROOT, "ERROR: the store holds %,d documents, the search index %,d%n", documents, indexed);
          errors++;
        }
        out.printf(Locale.ROOT, "store and index after the run: %,d documents, %,d indexed%n", documents, indexed);
        return new Result(r.nanos(), r.refused(), errors, documents, indexed);
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
          // one word in twenty from the topical list the queries use (each in about 15 % of the articles, as
          // "sanctions" or "ceasefire" are in a news archive), the rest from a long-tailed general vocabulary
          String word = rnd.nextInt(20) == 0 ? WORDS[rnd.nextInt(WORDS.length)]
              : "w" + (int) Math.floor(Math.exp(rnd.nextDouble() * Math.log(VOCABULARY)));
          text.append(word).append(w % 15 == 14 ? ". " : " ");
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
        d.append((String) null); // stance
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
      d.flush(); // the appender drops refused rows silently on close: flush says why
      e.flush();
    }
  }

  static Result run(int port, String token, int clients, int writers, int seconds, PrintStream out)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, List<Long>> nanos = new LinkedHashMap<>();
    for (String k : List.of("index", "search", "write")) {
      nanos.put(k, Collections.synchronizedList(new ArrayList<>()));
    }
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger unauthorized = new AtomicInteger();
    String base = "http://127.0.0.1:" + port;
    long c0 = System.nanoTime();
    checkCaps(http, base, token, errors, out);
    out.printf(Locale.ROOT, "caps checked in %.1f s%n", (System.nanoTime() - c0) / 1e9);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients + writers);
    List<Future<?>> tasks = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      tasks.add(pool.submit(() -> {
        SplittableRandom rnd = new SplittableRandom(client);
        int n = 0;
        while (System.nanoTime() < deadline) {
          boolean isIndex = n++ % 2 == 0;
          String path = isIndex
              ? "/api/v1/index?dyad=" + COUNTRIES[rnd.nextInt(COUNTRIES.length)] + "-" + COUNTRIES[rnd.nextInt(8)]
              : "/api/v1/search?q=" + URLEncoder.encode(WORDS[rnd.nextInt(WORDS.length)] + " "
                  + WORDS[rnd.nextInt(WORDS.length)], StandardCharsets.UTF_8) + "&size=20";
          long t = System.nanoTime();
          int status = send(http, HttpRequest.newBuilder(URI.create(base + path)));
          if (status != 200 && status != 404) {
            errors.incrementAndGet();
            note(out, "GET " + path + " answered " + status);
          }
          nanos.get(isIndex ? "index" : "search").add(System.nanoTime() - t);
        }
        return null;
      }));
    }
    for (int w = 0; w < writers; w++) {
      int writer = w;
      tasks.add(pool.submit(() -> {
        SplittableRandom rnd = new SplittableRandom(1000 + writer);
        int n = 0;
        while (System.nanoTime() < deadline) {
          String body = Json.line(article(rnd, writer, n));
          if (n % 10 == 0) {
            unauthorized.incrementAndGet();
            int status = send(http, post(base, body, null));
            if (status == 401) {
              refused.incrementAndGet();
            } else {
              errors.incrementAndGet();
              note(out, "a write without the token answered " + status);
            }
          }
          long t = System.nanoTime();
          int status = send(http, post(base, body, token));
          if (status != 201) {
            errors.incrementAndGet();
            note(out, "a write answered " + status);
          }
          nanos.get("write").add(System.nanoTime() - t);
          n++;
        }
        return null;
      }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)) {
      errors.incrementAndGet();
      note(out, "clients still running a minute after the end");
      pool.shutdownNow();
    }
    for (Future<?> f : tasks) {
      if (f.isDone() && !f.isCancelled()) {
        try {
          f.get();
        } catch (ExecutionException e) {
          errors.incrementAndGet();
          note(out, "a client failed: " + e.getCause());
        }
      }
    }
    checkCaps(http, base, token, errors, out);
    out.printf(Locale.ROOT, "%d readers and %d writers for %d s on 127.0.0.1%n", clients, writers, seconds);
    nanos.forEach((k, v) -> report(out, k, v, seconds));
    out.printf(Locale.ROOT, "writes without the token refused: %d of %d%n", refused.get(), unauthorized.get());
    out.printf(Locale.ROOT, "errors: %d%n", errors.get());
    return new Result(nanos, refused.get(), errors.get(), 0, 0);
  }

  /** A new article for writer {@code writer}, its {@code n}th: unique text and URL. */
  static Map<String, Object> article(SplittableRandom rnd, int writer, int n) {
    StringBuilder text = new StringBuilder();
    String a = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
    String b = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
    text.append("Envoys of ").append(a).append(" and ").append(b).append(" met again (writer ").append(writer)
        .append(", article ").append(n).append("). ");
    for (int w = 0; w < 80; w++) {
      text.append(WORDS[rnd.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", "https://load.example/" + writer + "/" + n);
    m.put("title", a + " and " + b + " talks, part " + n);
    m.put("published", LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(300)).toString());
    m.put("text", text.toString());
    return m;
  }

  /** The caps hold: a body over 10 MiB is refused with 413, with or without the token; a long query with 400. */
  private static void checkCaps(HttpClient http, String base, String token, AtomicInteger errors, PrintStream out) {
    String huge = "{\"text\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";
    int withToken = send(http, post(base, huge, token));
    int without = send(http, post(base, huge, null));
    int longQuery = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=" + "a".repeat(1001))));
    if (withToken != 413 || (without != 401 && without != 413) || longQuery != 400) {
      errors.incrementAndGet();
      note(out, "caps: an 11 MiB body answered " + withToken + " (" + without + " without the token), a query of "
          + "1,001 characters " + longQuery);
    }
  }

  private static HttpRequest.Builder post(String base, String body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  /** The status, or -1 when the request failed (refused connection, time-out, reset). */
  private static int send(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static final AtomicInteger NOTES = new AtomicInteger();

  /** The first few errors, for the reader; the count says the rest. */
  private static void note(PrintStream out, String what) {
    if (NOTES.incrementAndGet() <= 10) {
      out.println("ERROR: " + what);
    }
  }

  static void report(PrintStream out, String name, List<Long> nanos, int seconds) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      out.println(name + ": no requests");
      return;
    }
    out.printf(Locale.ROOT, "%-6s %,7d requests (%.0f/s)  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        name, sorted.size(), sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
        sorted.getLast() / 1e6);
  }

  static double pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }
}
