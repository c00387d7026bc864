package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.parley.cli.Pipelines;
import org.parley.ingest.SourceItem;
import org.parley.ingest.SourceOptions;
import org.parley.ingest.Sources;
import org.parley.ingest.WarcSource;
import org.parley.pipeline.Outcome;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;

/**
 * Parley on Apache Spark: the standard pipeline (the very stage objects {@code parley analyze} runs) over WARC,
 * WARC.gz or JSON Lines files on any Hadoop file system, writing Parquet tables {@code documents}, {@code entities},
 * {@code quotes} and {@code events} with exactly the columns of the embedded store.
 *
 * <p>Each task takes a share of the input files, runs the pipeline on every record, stores the documents in a
 * private in-memory DuckDB store of its own (the same code as {@code parley ingest}, so the columns cannot drift) and copies
 * its tables to Parquet part files, {@code OUT/<table>/part-<task>-<uuid>.parquet}. Models load once per executor
 * JVM. A malformed record, a non-HTML payload or an article that throws is counted and logged with its record id;
 * it never fails the job.
 *
 * <p>Usage: {@code ParleySparkJob OUT INPUT...} (with {@code spark-submit}, or {@code --master local[N]} first for a
 * local run).
 */
public final class ParleySparkJob implements Serializable {
  private static final long serialVersionUID = 1L;
  static final List<String> TABLES = List.of("documents", "entities", "quotes", "events");

  /** What a run did. */
  /**
   * What a run did: documents stored, records that failed (unreadable, or the pipeline refused them), records that
   * hold no page (images, redirects and the like, in WARC files), input files.
   */
  public record Result(long documents, long failed, long skipped, long files) implements Serializable {
  }

  private final Pipeline pipeline;

  public ParleySparkJob(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    String master = null;
    boolean aggregate = true;
    while (!rest.isEmpty() && rest.getFirst().startsWith("--")) {
      String flag = rest.removeFirst();
      if (flag.equals("--master") && !rest.isEmpty()) {
        master = rest.removeFirst();
      } else if (flag.equals("--no-aggregate")) {
        aggregate = false;
      } else {
        rest.clear();
        break;
      }
    }
    if (rest.size() < 2) {
      System.err.println("usage: parley-spark [--master URL] [--no-aggregate] OUT INPUT...");
      System.exit(2);
    }
    SparkSession.Builder b = SparkSession.builder().appName("parley");
    if (master != null) {
      b.master(master);
    }
    try (SparkSession spark = b.getOrCreate()) {
      Result r = new ParleySparkJob(Pipelines.analyze()).run(spark, rest.getFirst(), rest.subList(1, rest.size()));
      System.out.printf(Locale.ROOT, "parley-spark: %d documents from %d files, %d records failed, %d skipped (no "
          + "page)%n", r.documents(), r.files(), r.failed(), r.skipped());
      if (aggregate && r.documents() > 0) {
        CorpusAggregates.Result a = CorpusAggregates.run(spark, rest.getFirst(),
            org.parley.aggregate.Clusterer.Params.standard());
        System.out.printf(Locale.ROOT, "parley-spark: %d stories, %d copies, %d dyad-days%n", a.stories(),
            a.copies(), a.dyadDays());
      }
    }
  }

  /** Runs the pipeline over {@code inputs} (files, directories or globs) and writes the tables under {@code out}. */
  public Result run(SparkSession spark, String out, List<String> inputs) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> files = listFiles(conf, inputs);
    org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(out);
    FileSystem outFs = outPath.getFileSystem(conf);
    if (outFs.exists(outPath)) {
      outFs.delete(outPath, true);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator docs = jsc.sc().longAccumulator("parley.documents");
    LongAccumulator failed = jsc.sc().longAccumulator("parley.failed");
    LongAccumulator skipped = jsc.sc().longAccumulator("parley.skipped");
    // Eight slices per task thread: a thread that finishes early takes the next slice, so the threads end within
    // about one slice of each other. Sixteen cost more in per-task work (a store, four Parquet files) than they
    // saved at the end of the job (docs/benchmarks.md, "Spark").
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 8));
    JavaRDD<String> paths = jsc.parallelize(files, slices);
    Pipeline p = pipeline;
    SerializableConf sconf = new SerializableConf(conf);
    long written = paths.mapPartitionsWithIndex((index, it) -> {
      List<Long> n = List.of(processPartition(p, sconf.get(), out, index, it, docs, failed, skipped));
      return n.iterator();
    }, false).reduce(Long::sum);
    return new Result(written, failed.value(), skipped.value(), files.size());
  }

  /** One task: the pipeline over its files into a private store, then Parquet part files. */
  static long processPartition(Pipeline pipeline, Configuration conf, String out, int index, Iterator<String> files,
                               LongAccumulator docs, LongAccumulator failed, LongAccumulator skipped)
      throws IOException {
    Path work = Files.createTempDirectory("parley-task-" + index + "-");
    long stored = 0;
    List<org.parley.model.Document> pending = new ArrayList<>();
    try (Store store = Store.inMemory(work)) {
      while (files.hasNext()) {
        String file = files.next();
        Path local = localCopy(conf, file, work);
        String name = local.getFileName().toString().toLowerCase(Locale.ROOT);
        Iterator<SourceItem> items = name.endsWith(".warc") || name.endsWith(".warc.gz")
            ? WarcSource.open(local.toString(), local, SourceOptions.defaults(), what -> {
              skipped.add(1);
              System.err.println("parley-spark: " + what.replace(local.toString(), file) + " (skipped)");
            })
            : Sources.open(List.of(local.toString()), SourceOptions.defaults());
        while (items.hasNext()) {
          SourceItem item = items.next();
          String where = item.input().replace(local.toString(), file);
          if (!item.isOk()) {
            failed.add(1);
            System.err.println("parley-spark: " + where + ": " + item.error());
            continue;
          }
          Outcome o = pipeline.process(item.page());
          if (!o.isOk()) {
            failed.add(1);
            System.err.println("parley-spark: " + where + ": " + o.error());
            continue;
          }
          pending.add(o.document().toBuilder().input(where).build());
          if (pending.size() >= BATCH) {
            stored += store(store, pending, docs, failed);
          }
        }
        if (!local.toString().equals(file) && !file.startsWith("file:")) {
          Files.deleteIfExists(local);
        }
      }
      stored += store(store, pending, docs, failed);
      if (stored > 0) {
        String part = "part-" + String.format(Locale.ROOT, "%05d", index) + "-" + UUID.randomUUID() + ".parquet";
        for (String table : TABLES) {
          Path tmp = work.resolve(table + ".parquet");
          try (Statement st = store.connection().createStatement()) {
            st.execute("COPY (SELECT * FROM " + table + orderOf(table) + ") TO '" + tmp.toString().replace("'", "''")
                + "' (FORMAT parquet)");
          } catch (java.sql.SQLException e) {
            throw new IOException("cannot write " + table + " as Parquet: " + e.getMessage(), e);
          }
          publish(conf, tmp, out + "/" + table + "/" + part);
        }
      }
    } finally {
      deleteTree(work);
    }
    return stored;
  }

  /**
   * Moves a task's finished Parquet file {@code tmp} to {@code target}. On a local file system the file is moved
   * with java.nio: Hadoop's local file system sets the permissions of every file and folder it creates by running
   * {@code chmod} in a child process (one or two per file, from a JVM of several gigabytes), and writes a checksum
   * file beside each part that no reader of these tables needs. Elsewhere (HDFS, S3, ...) Hadoop copies it.
   */
  static void publish(Configuration conf, Path tmp, String target) throws IOException {
    org.apache.hadoop.fs.Path t = new org.apache.hadoop.fs.Path(target);
    FileSystem fs = t.getFileSystem(conf);
    if (isLocal(fs)) {
      Path local = Path.of(fs.makeQualified(t).toUri());
      Files.createDirectories(local.getParent());
      Files.move(tmp, local, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    fs.copyFromLocalFile(true, true, new org.apache.hadoop.fs.Path(tmp.toUri()), t);
  }

  /** Documents stored per transaction in a task's store. */
  static final int BATCH = 200;

  /** Stores and clears {@code pending}: one transaction, or one per document when the batch is refused. */
  private static long store(Store store, List<org.parley.model.Document> pending, LongAccumulator docs,
                            LongAccumulator failed) {
    long n = 0;
    try {
      store.putAll(pending);
      n = pending.size();
    } catch (RuntimeException e) {
      for (org.parley.model.Document d : pending) {
        try {
          store.put(d);
          n++;
        } catch (RuntimeException each) {
          failed.add(1);
          System.err.println("parley-spark: " + d.input() + ": " + each.getMessage());
        }
      }
    }
    docs.add(n);
    pending.clear();
    return n;
  }

  static String orderOf(String table) {
    return table.equals("documents") ? " ORDER BY id" : " ORDER BY doc_id, ord";
  }

  private static Path localCopy(Configuration conf, String file, Path work) throws IOException {
    URI uri = URI.create(file.contains("://") || file.startsWith("file:") ? file : "file://" + file);
    if ("file".equals(uri.getScheme())) {
      return Path.of(uri.getPath());
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    Path local = work.resolve(p.getName());
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
    }
    return local;
  }

  static List<String> listFiles(Configuration conf, List<String> inputs) throws IOException {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null) {
        continue;
      }
      for (FileStatus m : matches) {
        if (m.isDirectory() && isLocal(fs)) {
          files.addAll(listLocal(fs, m.getPath()));
        } else if (m.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (isInput(f.getPath().getName())) {
              files.add(f.getPath().toString());
            }
          }
        } else {
          files.add(m.getPath().toString());
        }
      }
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  private static boolean isLocal(FileSystem fs) {
    return fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem;
  }

  /**
   * The input files under a local folder, named as Hadoop names them ({@code file:/...}), listed with java.nio:
   * Hadoop's local listing runs {@code ls} in a child process for every file to read its permissions, which the
   * driver would pay, one file after the other, before any task starts.
   */
  private static List<String> listLocal(FileSystem fs, org.apache.hadoop.fs.Path dir) throws IOException {
    Path root = Path.of(fs.makeQualified(dir).toUri());
    try (Stream<Path> walk = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      return walk.filter(Files::isRegularFile).filter(f -> isInput(f.getFileName().toString()))
          .map(f -> new org.apache.hadoop.fs.Path(f.toUri()).toString()).toList();
    }
  }

  static boolean isInput(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")
        || n.endsWith(".html") || n.endsWith(".txt") || n.endsWith(".html.gz");
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hadoop's configuration, made serializable for the tasks. */
  static final class SerializableConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration conf;

    SerializableConf(Configuration conf) {
      this.conf = conf;
    }

    Configuration get() {
      if (conf == null) {
        conf = new Configuration();
      }
      return conf;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }
}
