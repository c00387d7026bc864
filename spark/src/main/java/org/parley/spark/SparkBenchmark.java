package org.parley.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.parley.cli.Pipelines;
import org.parley.ingest.SourceItem;
import org.parley.ingest.SourceOptions;
import org.parley.ingest.Sources;
import org.parley.pipeline.Pipeline;

/**
 * The throughput of the Spark job against the single-process pipeline, in steady state: articles per second once
 * the JVM, Spark and the models have started and the JIT has seen the code, which is what an archive of millions of
 * articles costs per article (the start is paid once per executor).
 *
 * <p>Usage: {@code SparkBenchmark MODE ARTICLES [ROUNDS]} with MODE {@code pipeline} (the stages of
 * {@code parley analyze}, one thread, nothing stored), {@code pipeline[K]} (the same on K threads that take the
 * input files in turn: what the pipeline alone gains from K cores, Spark left out) or {@code local[K]} (the Spark
 * job in local mode with K task threads: pipeline, task stores, Parquet). It writes a corpus of ARTICLES generated articles (the pages of
 * {@code samples/corpus}, each copy with a closing paragraph of its own) as 48 JSON Lines files, warms up on a
 * tenth of it, then times ROUNDS (default 3) full runs and prints one line per round and the median. Run each
 * mode in a fresh JVM; {@code scripts/spark-bench.sh} runs them all, the one-core runs pinned to one CPU.
 */
public final class SparkBenchmark {
  /** Input files of the corpus: a multiple of the task slices of local[1] and local[2], so both divide evenly. */
  static final int FILES = 48;

  private static final String[] WORDS = {"ceasefire", "talks", "sanctions", "envoy", "summit", "border", "missile",
      "treaty", "pipeline", "oil", "drone", "strike", "gas", "trade", "vote", "minister"};

  private SparkBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SparkBenchmark pipeline|local[K] ARTICLES [ROUNDS]");
      System.exit(2);
    }
    String mode = args[0];
    int n = Integer.parseInt(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path home = Path.of(System.getProperty("parley.home", "."));
    Path dir = Files.createTempDirectory("parley-spark-bench-");
    try {
      Path corpus = generate(home.resolve("samples/corpus"), n, dir.resolve("corpus"), FILES, 1);
      Path warm = generate(home.resolve("samples/corpus"), Math.max(FILES, n / 10), dir.resolve("warm"), FILES, 2);
      List<Double> seconds = new ArrayList<>();
      System.out.printf(Locale.ROOT, "%s: %d CPUs for the JVM, collector %s%n", mode,
          Runtime.getRuntime().availableProcessors(), collectors());
      int threads = pipelineThreads(mode);
      if (threads > 0) {
        Pipeline p = Pipelines.analyze();
        runPipeline(p, warm, threads);
        for (int r = 0; r < rounds; r++) {
          long t = System.nanoTime();
          long done = runPipeline(p, corpus, threads);
          seconds.add(report(mode, r, done, t));
        }
      } else {
        try (SparkSession spark = SparkSession.builder().appName("parley-bench").master(mode).getOrCreate()) {
          spark.sparkContext().setLogLevel("WARN");
          ParleySparkJob job = new ParleySparkJob(Pipelines.analyze());
          job.run(spark, dir.resolve("out-warm").toString(), List.of(warm.toString()));
          for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            ParleySparkJob.Result res = job.run(spark, dir.resolve("out").toString(), List.of(corpus.toString()));
            seconds.add(report(mode, r, res.documents(), t));
          }
        }
      }
      List<Double> sorted = seconds.stream().sorted().toList();
      double median = sorted.get(sorted.size() / 2);
      System.out.printf(Locale.ROOT, "%s median: %.1f s, %.1f articles/s (%d articles, %d cores available)%n", mode,
          median, n / median, n, Runtime.getRuntime().availableProcessors());
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double report(String mode, int round, long docs, long start) {
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%s round %d: %d articles in %.1f s, %.1f articles/s%n", mode, round + 1, docs, s,
        docs / s);
    return s;
  }

  /** The task threads of a {@code pipeline} or {@code pipeline[K]} mode; 0 for a Spark master. */
  static int pipelineThreads(String mode) {
    if (mode.equals("pipeline")) {
      return 1;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("pipeline\\[(\\d+)]").matcher(mode);
    if (m.matches()) {
      return Math.max(1, Integer.parseInt(m.group(1)));
    }
    return 0;
  }

  /** The garbage collectors of this JVM, by their bean names ("G1 Young Generation, G1 Old Generation"). */
  static String collectors() {
    return String.join(", ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
  }

  /** What {@code parley analyze --threads 1} does per article, without writing its output. */
  static long runPipeline(Pipeline p, Path corpus) throws IOException {
    return runPipeline(p, corpus, 1);
  }

  /**
   * The pipeline over the files of {@code corpus} on {@code threads} threads, each taking the next file when done
   * with its own (as Spark's task threads take slices); the articles done.
   */
  static long runPipeline(Pipeline p, Path corpus, int threads) throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.map(Path::toString).sorted().toList();
    }
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    Runnable worker = () -> {
      for (int f = next.getAndIncrement(); f < files.size(); f = next.getAndIncrement()) {
        Iterator<SourceItem> items = Sources.open(List.of(files.get(f)), SourceOptions.defaults());
        while (items.hasNext()) {
          SourceItem item = items.next();
          if (item.isOk() && p.process(item.page()).isOk()) {
            done.incrementAndGet();
          }
        }
      }
    };
    if (threads == 1) {
      worker.run();
      return done.get();
    }
    List<Thread> pool = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      pool.add(Thread.ofPlatform().name("pipeline-" + t).start(worker));
    }
    for (Thread t : pool) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    return done.get();
  }

  /**
   * Writes {@code n} articles as {@code files} JSON Lines files under {@code out}: the pages of {@code samples} in
   * turn (HTML as {@code html}, text as {@code text}), each copy ending with a paragraph of its own so that no two
   * are alike.
   */
  static Path generate(Path samples, int n, Path out, int files, long seed) throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.list(samples)) {
      pages = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().toList();
    }
    if (pages.isEmpty()) {
      throw new IOException("no sample pages in " + samples);
    }
    List<String> bodies = new ArrayList<>();
    for (Path p : pages) {
      bodies.add(Files.readString(p, StandardCharsets.UTF_8));
    }
    Files.createDirectories(out);
    ObjectMapper json = new ObjectMapper();
    SplittableRandom rnd = new SplittableRandom(seed);
    List<BufferedWriter> writers = new ArrayList<>();
    try {
      for (int f = 0; f < files; f++) {
        writers.add(Files.newBufferedWriter(out.resolve(String.format(Locale.ROOT, "part-%03d.jsonl", f))));
      }
      for (int i = 0; i < n; i++) {
        int k = i % pages.size();
        StringBuilder note = new StringBuilder("Reporting note ").append(i).append(':');
        for (int w = 0; w < 12; w++) {
          note.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        note.append('.');
        String body = bodies.get(k);
        boolean html = pages.get(k).toString().endsWith(".html");
        ObjectNode o = json.createObjectNode();
        o.put("id", String.format(Locale.ROOT, "bench%07d", i));
        o.put("url", "https://example.org/bench/" + i);
        if (html) {
          int end = body.toLowerCase(Locale.ROOT).lastIndexOf("</article>");
          int at = end >= 0 ? end : Math.max(0, body.toLowerCase(Locale.ROOT).lastIndexOf("</body>"));
          o.put("html", body.substring(0, at) + "<p>" + note + "</p>" + body.substring(at));
        } else {
          o.put("text", body.strip() + "\n\n" + note);
        }
        BufferedWriter w = writers.get(i % files);
        w.write(json.writeValueAsString(o));
        w.newLine();
      }
    } finally {
      for (BufferedWriter w : writers) {
        try {
          w.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }
}
