package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.parley.aggregate.Aggregator;
import org.parley.aggregate.Clusterer;
import org.parley.aggregate.RelationsIndex;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.cli.Pipelines;
import org.parley.ingest.SourceItem;
import org.parley.ingest.SourceOptions;
import org.parley.ingest.Sources;
import org.parley.pipeline.Outcome;
import org.parley.store.Store;

/**
 * The Spark job in local[2] on a WARC file written here from the sample corpus: its Parquet tables hold, row for
 * row, what {@code parley analyze} (the same pipeline, stored the way {@code parley ingest} stores it) gives for
 * the same records; a broken record is counted, not fatal.
 */
class ParleySparkJobTest {
  @TempDir
  Path dir;

  static Path corpus() {
    String home = System.getProperty("parley.home");
    return (home != null ? Path.of(home) : Path.of("..")).resolve("samples/corpus");
  }

  Path writeWarc() throws IOException {
    Path warc = dir.resolve("input").resolve("corpus.warc.gz");
    Files.createDirectories(warc.getParent());
    List<Path> pages;
    try (Stream<Path> s = Files.list(corpus())) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().limit(6).toList();
    }
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      for (Path page : pages) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), Files.readAllBytes(page)).build();
        w.write(new WarcResponse.Builder(URI.create("https://corpus.example/" + page.getFileName()))
            .date(Instant.parse("2025-11-01T00:00:00Z")).body(http).build());
      }
      HttpResponse empty = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("text/html; charset=utf-8"), "<html><body><nav>menu</nav></body></html>".getBytes())
          .build();
      w.write(new WarcResponse.Builder(URI.create("https://corpus.example/empty.html"))
          .date(Instant.parse("2025-11-01T00:00:00Z")).body(empty).build());
      // records that hold no page: counted as skipped, never stored, never failing the job
      HttpResponse image = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).build();
      w.write(new WarcResponse.Builder(URI.create("https://corpus.example/logo.png"))
          .date(Instant.parse("2025-11-01T00:00:00Z")).body(image).build());
      HttpResponse moved = new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", "/elsewhere")
          .body(MediaType.parse("text/html"), new byte[0]).build();
      w.write(new WarcResponse.Builder(URI.create("https://corpus.example/old.html"))
          .date(Instant.parse("2025-11-01T00:00:00Z")).body(moved).build());
    }
    // and a WARC that breaks off: one failure, the other file still goes through
    Files.write(warc.resolveSibling("broken.warc.gz"), new byte[] {31, (byte) 139, 8, 0, 1, 2, 3});
    return warc;
  }

  @Test
  void parquetTablesEqualWhatAnalyzeGivesRowForRow() throws Exception {
    assumeTrue(Files.isDirectory(corpus()), "sample corpus present");
    Path warc = writeWarc();
    Path out = dir.resolve("out");
    ParleySparkJob.Result result;
    try (SparkSession spark = SparkSession.builder().master("local[2]").appName("parley-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate()) {
      result = new ParleySparkJob(Pipelines.analyze()).run(spark, out.toString(), List.of(warc.getParent().toString()));
    }
    assertThat(result.documents()).isEqualTo(6);
    assertThat(result.failed()).as("the empty page and the broken WARC").isEqualTo(2);
    assertThat(result.skipped()).as("the image and the redirect").isEqualTo(2);
    assertThat(result.files()).isEqualTo(2);

    // The same records through parley analyze's pipeline, stored as parley ingest stores them.
    Path expected = dir.resolve("expected");
    try (Store store = Store.open(expected)) {
      Iterator<SourceItem> items = Sources.open(List.of(warc.toString()), SourceOptions.defaults());
      while (items.hasNext()) {
        SourceItem item = items.next();
        Outcome o = Pipelines.analyze().process(item.page());
        if (o.isOk()) {
          store.put(o.document().toBuilder().input("file:" + o.document().input()).build());
        }
      }
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = db.createStatement()) {
      st.execute("ATTACH '" + expected.resolve(Store.FILE) + "' AS expected (READ_ONLY)");
      for (String table : ParleySparkJob.TABLES) {
        List<String> got = rows(st, "SELECT * EXCLUDE (" + volatileColumns(table) + ") FROM read_parquet('"
            + out.resolve(table) + "/*.parquet')" + ParleySparkJob.orderOf(table));
        List<String> want = rows(st, "SELECT * EXCLUDE (" + volatileColumns(table) + ") FROM expected." + table
            + ParleySparkJob.orderOf(table));
        assertThat(got).as(table).isEqualTo(want);
        if (!table.equals("events")) {
          assertThat(got).as(table).isNotEmpty();
        }
      }
    }
    // The round trip: parley import loads the Parquet into an embedded store, twice changing nothing.
    Path imported = dir.resolve("imported");
    try (Store store = Store.open(imported)) {
      assertThat(store.importParquet(out)).isEqualTo(6);
      assertThat(store.importParquet(out)).isZero();
      assertThat(store.stats().documents()).isEqualTo(6);
      assertThat(store.incompleteDocuments()).isEmpty();
    }
  }

  @Test
  void theSecondStepGivesTheStoresStoriesCopiesAndIndex() throws Exception {
    assumeTrue(Files.isDirectory(corpus()), "sample corpus present");
    // the sample corpus analyzed and stored as parley ingest would, then written as the first step writes
    Path db = dir.resolve("store");
    Path out = dir.resolve("out");
    try (Store store = Store.open(db)) {
      List<org.parley.model.Document> docs = new ArrayList<>();
      Iterator<SourceItem> items = Sources.open(List.of(corpus().toString()), SourceOptions.defaults());
      while (items.hasNext()) {
        SourceItem item = items.next();
        if (item.isOk() && !item.input().endsWith("README.md")) {
          Outcome o = Pipelines.analyze().process(item.page());
          if (o.isOk()) {
            docs.add(o.document());
          }
        }
      }
      store.putAll(docs);
      store.exportParquet(out);
    }
    CorpusAggregates.Result result;
    try (SparkSession spark = SparkSession.builder().master("local[2]").appName("parley-test-aggregates")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate()) {
      result = CorpusAggregates.run(spark, out.toString(), Clusterer.Params.standard());
    }
    assertThat(result.documents()).isEqualTo(22);
    assertThat(result.copies()).as("the syndicated Zelensky article").isEqualTo(1);
    assertThat(result.stories()).isBetween(2L, 21L);
    assertThat(result.dyadDays()).isPositive();

    // what the embedded store computes for the same articles
    List<String> want = new ArrayList<>();
    try (Store store = Store.open(db)) {
      Aggregator.refresh(store, Clusterer.Params.standard());
      for (RelationsIndex.Dyad dyad : RelationsIndex.dyads(store.connection(), null, null, 1000)) {
        for (RelationsIndex.Day d : RelationsIndex.days(store.connection(), dyad, null, null)) {
          want.add(RelationsIndex.line(d).values().toString());
        }
      }
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = duck.createStatement()) {
      st.execute("ATTACH '" + db.resolve(Store.FILE) + "' AS expected (READ_ONLY)");
      assertThat(rows(st, "SELECT id, story, duplicate_of, via FROM read_parquet('" + out.resolve("aggregates")
          + "/*.parquet') ORDER BY id")).isEqualTo(rows(st, "SELECT id, story, duplicate_of, via FROM "
          + "expected.documents ORDER BY id"));
      assertThat(rows(st, "SELECT * FROM read_parquet('" + out.resolve("stories") + "/*.parquet') ORDER BY id"))
          .isEqualTo(rows(st, "SELECT * FROM expected.stories ORDER BY id"));
      List<String> got = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + out.resolve("dyad_days")
          + "/*.parquet') ORDER BY dyad, date")) {
        while (rs.next()) {
          java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
          line.put("date", rs.getString("date"));
          line.put("dyad", rs.getString("dyad"));
          line.put("events", rs.getInt("events"));
          line.put("goldstein_sum", rs.getDouble("goldstein_sum"));
          line.put("goldstein_mean", rs.getDouble("goldstein_mean"));
          java.sql.Array quad = rs.getArray("quad");
          List<Integer> q = new ArrayList<>();
          for (Object o : (Object[]) quad.getArray()) {
            q.add(((Number) o).intValue());
          }
          line.put("quad", q);
          double tone = rs.getDouble("tone");
          line.put("tone", rs.wasNull() ? null : tone);
          line.put("trend", rs.getDouble("trend"));
          line.put("change_point", rs.getBoolean("change_point"));
          line.put("swing", rs.getDouble("swing"));
          line.put("flips", rs.getInt("flips"));
          got.add(line.values().toString());
        }
      }
      java.util.Collections.sort(want);
      java.util.Collections.sort(got);
      assertThat(got).isNotEmpty().isEqualTo(want);
    }
  }

  @Test
  void localFoldersAreListedAsHadoopListsThem() throws Exception {
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    Path in = Files.createDirectories(dir.resolve("in with space/sub/deeper"));
    for (String f : List.of("in with space/a.jsonl", "in with space/b.warc.gz", "in with space/notes.md",
        "in with space/sub/c.html", "in with space/sub/deeper/d.txt", "in with space/sub/deeper/e.png")) {
      Files.writeString(dir.resolve(f), "x");
    }
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(in.getParent().getParent().toString());
    List<String> hadoop = new ArrayList<>();
    org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> it =
        root.getFileSystem(conf).listFiles(root, true);
    while (it.hasNext()) {
      org.apache.hadoop.fs.Path p = it.next().getPath();
      if (ParleySparkJob.isInput(p.getName())) {
        hadoop.add(p.toString());
      }
    }
    java.util.Collections.sort(hadoop);
    List<String> ours = ParleySparkJob.listFiles(conf, List.of(root.toString()));
    assertThat(ours).hasSize(4).isEqualTo(hadoop);
    assertThat(ours).allMatch(f -> f.startsWith("file:/"));
  }

  @Test
  void taskFilesAreMovedIntoPlaceOnALocalFileSystem() throws Exception {
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    Path work = Files.createDirectories(dir.resolve("work"));
    Path out = dir.resolve("published");
    // A plain path and a file: URI, into folders that do not exist yet; the second replaces an older part.
    Path a = Files.writeString(work.resolve("a.parquet"), "first");
    ParleySparkJob.publish(conf, a, out + "/documents/part-00000-x.parquet");
    Path b = Files.writeString(work.resolve("b.parquet"), "second");
    ParleySparkJob.publish(conf, b, out.toUri() + "quotes/part-00001-y.parquet");
    Path c = Files.writeString(work.resolve("c.parquet"), "third");
    ParleySparkJob.publish(conf, c, out + "/documents/part-00000-x.parquet");

    assertThat(Files.readString(out.resolve("documents/part-00000-x.parquet"))).isEqualTo("third");
    assertThat(Files.readString(out.resolve("quotes/part-00001-y.parquet"))).isEqualTo("second");
    assertThat(a).doesNotExist();
    assertThat(b).doesNotExist();
    assertThat(c).doesNotExist();
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .as("no checksum files beside the parts").containsExactlyInAnyOrder("part-00000-x.parquet",
              "part-00001-y.parquet");
    }
  }

  /** Columns that record when a row was written, not what it says. */
  static String volatileColumns(String table) {
    return table.equals("documents") ? "stored_at, content_hash" : "ord";
  }

  static List<String> rows(Statement st, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append(" | ");
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
