package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parley.aggregate.Aggregator;
import org.parley.aggregate.Clusterer;
import org.parley.aggregate.MinHash;
import org.parley.aggregate.RelationsIndex;
import org.parley.model.ActorCodes;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.EventActor;
import org.parley.model.Json;
import org.parley.model.Source;
import org.parley.model.Via;
import org.parley.store.Store;
import scala.Tuple2;

/**
 * The second step on Spark: near-duplicates, stories and the dyad index over the whole corpus the first step
 * wrote, with the aggregate stage's own code (the same clusterer and index measures {@code parley ingest} runs), so
 * the tables equal what the embedded store computes for the same articles.
 *
 * <p>What runs where: document frequencies, each article's features, tf-idf vector and MinHash signature, and the
 * day-by-day dyad figures with their trend, change points and swing are computed on the executors; placing the
 * articles into stories is sequential by nature (an article joins the stories open when it appeared) and runs on the
 * driver over the compact vectors (30 terms and 128 integers per article: about 2 KB, so 1 M articles need a driver
 * of a few GB).
 *
 * <p>Writes {@code OUT/aggregates} (id, story, duplicate_of, via: what the store keeps in the documents table),
 * {@code OUT/stories} (the store's stories table) and {@code OUT/dyad_days} (one row per undirected dyad and day:
 * the fields of {@code parley index}).
 */
public final class CorpusAggregates {
  private CorpusAggregates() {
  }

  /** What the step found. */
  public record Result(long documents, long stories, long copies, long dyadDays) implements Serializable {
  }

  /** An article as the driver places it: everything but its text. */
  record Placed(String id, String title, String published, String url, String sourceName, String sourceDomain,
                String via, HashMap<String, Double> vector, int[] rows, int shingles) implements Serializable {
  }

  public static Result run(SparkSession spark, String out, Clusterer.Params params) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<Row> documents = spark.read().parquet(out + "/documents");
    Dataset<Row> entities = spark.read().parquet(out + "/entities").groupBy("doc_id")
        .agg(sort_array(collect_list(struct(col("ord"), col("text"), col("canonical")))).as("ents"));
    Dataset<Row> events = spark.read().parquet(out + "/events").groupBy("doc_id")
        .agg(sort_array(collect_list(struct(col("ord"), col("source_code"), col("target_code")))).as("evs"));
    Dataset<Row> joined = documents.select("id", "url", "title", "via", "source_name", "source_domain", "published",
            "text")
        .join(entities, documents.col("id").equalTo(entities.col("doc_id")), "left").drop("doc_id")
        .join(events, documents.col("id").equalTo(events.col("doc_id")), "left").drop("doc_id");
    JavaRDD<Row> rows = joined.javaRDD().cache();
    long n = rows.count();

    // document frequencies of the features, over the whole corpus
    Map<String, Long> counted = rows.flatMapToPair(r -> {
      List<Tuple2<String, Long>> fs = new ArrayList<>();
      for (String f : Clusterer.features(document(r)).keySet()) {
        fs.add(new Tuple2<>(f, 1L));
      }
      return fs.iterator();
    }).reduceByKey(Long::sum).collectAsMap();
    HashMap<String, Integer> df = new HashMap<>();
    counted.forEach((k, v) -> df.put(k, v.intValue()));
    Broadcast<HashMap<String, Integer>> dfb = jsc.broadcast(df);
    int size = (int) n;

    // vectors and signatures on the executors (the parameters travel as numbers: records are not serializable)
    double[] numbers = {params.duplicate(), params.join(), params.quietDays(), params.terms(), params.merge(),
        params.revive(), params.attach(), params.margin()};
    List<Placed> placed = rows.mapPartitions((Iterator<Row> it) -> {
      Clusterer c = new Clusterer(new Clusterer.Params(numbers[0], numbers[1], (int) numbers[2], (int) numbers[3],
          numbers[4], numbers[5], numbers[6], numbers[7]), dfb.value(), size);
      List<Placed> list = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        Document d = document(r);
        MinHash.Signature sig = MinHash.of(d.text());
        list.add(new Placed(d.id(), d.title(), d.published(), d.url(), r.getString(4), r.getString(5),
            r.getString(3), new HashMap<>(c.vector(Clusterer.features(d))), sig.rows(), sig.shingles()));
      }
      return list.iterator();
    }).collect();
    rows.unpersist();

    // placing, in publication order, on the driver
    List<Document> light = new ArrayList<>(placed.size());
    Map<String, Placed> byId = new HashMap<>();
    for (Placed p : placed) {
      byId.put(p.id(), p);
      light.add(Document.builder().id(p.id()).title(p.title()).published(p.published()).url(p.url())
          .source(p.sourceName() == null && p.sourceDomain() == null ? null
              : new Source(p.sourceName(), p.sourceDomain()))
          .via(vias(p.via())).build());
    }
    light.sort(Clusterer.PUBLICATION_ORDER);
    List<Clusterer.Prepared> prepared = new ArrayList<>(light.size());
    for (Document d : light) {
      Placed p = byId.get(d.id());
      prepared.add(new Clusterer.Prepared(d, p.vector(), new MinHash.Signature(p.rows(), p.shingles())));
    }
    Clusterer.Result result = new Clusterer(params, df, size).placeAll(prepared);
    List<Store.Aggregates> aggregates = Aggregator.rows(light, result);

    List<Row> aggRows = new ArrayList<>();
    long copies = 0;
    for (Store.Aggregates a : aggregates) {
      aggRows.add(RowFactory.create(a.id(), a.story(), a.duplicateOf(), Json.line(a.via() == null ? List.of()
          : a.via())));
      copies += a.duplicateOf() != null ? 1 : 0;
    }
    StructType aggSchema = new StructType().add("id", DataTypes.StringType, false)
        .add("story", DataTypes.StringType).add("duplicate_of", DataTypes.StringType)
        .add("via", DataTypes.StringType);
    Dataset<Row> agg = spark.createDataFrame(aggRows, aggSchema);
    agg.write().mode(SaveMode.Overwrite).parquet(out + "/aggregates");
    List<Row> storyRows = new ArrayList<>();
    for (org.parley.model.Story s : result.stories()) {
      storyRows.add(RowFactory.create(s.id(), s.title(), s.start(), s.end(), Json.line(s.documents())));
    }
    StructType storySchema = new StructType().add("id", DataTypes.StringType, false)
        .add("title", DataTypes.StringType).add("start_date", DataTypes.StringType)
        .add("end_date", DataTypes.StringType).add("documents", DataTypes.StringType);
    spark.createDataFrame(storyRows, storySchema).write().mode(SaveMode.Overwrite).parquet(out + "/stories");

    long dyadDays = dyadDays(spark, out, agg);
    return new Result(n, result.stories().size(), copies, dyadDays);
  }

  /**
   * The relations index of every undirected dyad, day by day, as {@code parley index} defines it (docs/index.md):
   * copies left out, an event dated by its own date else by its article's day, tone averaged over the day's
   * articles; then trend, change points and swing per dyad.
   */
  static long dyadDays(SparkSession spark, String out, Dataset<Row> aggregates) {
    spark.read().parquet(out + "/documents").drop("duplicate_of").join(aggregates.select("id", "duplicate_of"),
        "id").createOrReplaceTempView("parley_docs");
    spark.read().parquet(out + "/events").createOrReplaceTempView("parley_events");
    // the dyad actors as the store's index reads them: countries, or international organisations (ActorCodes)
    Dataset<Row> ev = spark.sql("""
        SELECT least(a, b) AS x, greatest(a, b) AS y, day, goldstein, quad, doc, tone FROM (
          SELECT SRC AS a, TGT AS b,
                 coalesce(try_to_date(substr(e.event_date, 1, 10), 'yyyy-MM-dd'), d.published_day) AS day,
                 e.goldstein, e.quad, d.id AS doc, d.tone
          FROM parley_events e JOIN parley_docs d ON d.id = e.doc_id
          WHERE d.duplicate_of IS NULL)
        WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND day IS NOT NULL"""
        .replace("SRC", ActorCodes.dyadActorSql("e.source_code"))
        .replace("TGT", ActorCodes.dyadActorSql("e.target_code")));
    ev.createOrReplaceTempView("parley_ev");
    Dataset<Row> days = spark.sql("""
        SELECT c.x, c.y, CAST(c.day AS STRING) AS day, c.n, c.gsum, c.gmean, c.q1, c.q2, c.q3, c.q4, t.tone
        FROM (SELECT x, y, day, count(*) AS n, sum(goldstein) AS gsum, avg(goldstein) AS gmean,
                     count_if(quad = 1) AS q1, count_if(quad = 2) AS q2, count_if(quad = 3) AS q3,
                     count_if(quad = 4) AS q4
              FROM parley_ev GROUP BY x, y, day) c
        JOIN (SELECT x, y, day, avg(tone) AS tone FROM (SELECT DISTINCT x, y, day, doc, tone FROM parley_ev)
              GROUP BY x, y, day) t ON c.x = t.x AND c.y = t.y AND c.day = t.day""");
    JavaPairRDD<String, Row> byDyad = days.javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0) + "-"
        + r.getString(1), r));
    JavaRDD<Row> measured = byDyad.groupByKey().flatMap(group -> {
      List<Row> list = new ArrayList<>();
      group._2().forEach(list::add);
      list.sort(Comparator.comparing((Row r) -> r.getString(2)));
      List<RelationsIndex.Day> raw = new ArrayList<>();
      for (Row r : list) {
        Double tone = r.isNullAt(10) ? null : RelationsIndex.round(r.getDouble(10));
        raw.add(new RelationsIndex.Day(r.getString(2), group._1(), (int) r.getLong(3),
            RelationsIndex.round(r.getDouble(4)), RelationsIndex.round(r.getDouble(5)),
            List.of((int) r.getLong(6), (int) r.getLong(7), (int) r.getLong(8), (int) r.getLong(9)), tone, 0, false,
            0, 0));
      }
      List<Row> rowsOut = new ArrayList<>();
      for (RelationsIndex.Day d : RelationsIndex.measure(raw)) {
        rowsOut.add(RowFactory.create(d.dyad(), d.date(), d.events(), d.goldsteinSum(), d.goldsteinMean(),
            d.quad().toArray(new Integer[0]), d.tone(), d.trend(), d.changePoint(), d.swing(), d.flips()));
      }
      return rowsOut.iterator();
    });
    StructType schema = new StructType().add("dyad", DataTypes.StringType, false)
        .add("date", DataTypes.StringType, false).add("events", DataTypes.IntegerType, false)
        .add("goldstein_sum", DataTypes.DoubleType, false).add("goldstein_mean", DataTypes.DoubleType, false)
        .add("quad", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
        .add("tone", DataTypes.DoubleType).add("trend", DataTypes.DoubleType, false)
        .add("change_point", DataTypes.BooleanType, false).add("swing", DataTypes.DoubleType, false)
        .add("flips", DataTypes.IntegerType, false);
    Dataset<Row> table = spark.createDataFrame(measured, schema).cache();
    table.orderBy("dyad", "date").write().mode(SaveMode.Overwrite).parquet(out + "/dyad_days");
    long count = table.count();
    table.unpersist();
    return count;
  }

  /** The article as the aggregate stage reads it from the store (headline, text, date, names, event dyads). */
  static Document document(Row r) {
    List<Entity> ents = new ArrayList<>();
    if (!r.isNullAt(r.fieldIndex("ents"))) {
      for (Row e : r.<Row>getList(r.fieldIndex("ents"))) {
        ents.add(new Entity(e.getString(1), null, e.getString(2), null, null, null, null));
      }
    }
    List<Event> evs = new ArrayList<>();
    if (!r.isNullAt(r.fieldIndex("evs"))) {
      for (Row e : r.<Row>getList(r.fieldIndex("evs"))) {
        evs.add(new Event(new EventActor(null, e.getString(1)), new EventActor(null, e.getString(2)), null, null,
            null, 0, 0, null, 0, 0, null, null));
      }
    }
    return Document.builder().id(r.getString(0)).url(r.getString(1)).title(r.getString(2))
        .published(r.getString(6)).text(r.getString(7)).entities(ents).events(evs).build();
  }

  private static List<Via> vias(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return Json.mapper().readValue(json, new com.fasterxml.jackson.core.type.TypeReference<List<Via>>() { });
    } catch (java.io.IOException e) {
      throw new IllegalStateException("bad via in the documents table: " + e.getMessage(), e);
    }
  }
}
