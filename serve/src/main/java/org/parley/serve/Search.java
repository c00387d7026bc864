package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.parley.model.ActorCodes;
import org.parley.model.Days;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.store.Queries;
import org.parley.store.Store;

/**
 * Full-text search over the store with Lucene: documents, quotes and events, each a Lucene document of its kind,
 * indexed as they are stored. Queries use Lucene's syntax over the words, with fields {@code speaker:},
 * {@code actor:}, {@code cameo:}, {@code dyad:} and {@code kind:}, and a date range. The index lives in the store's
 * directory ({@code search/}); it is rebuilt from the store when missing or stale (the store's fingerprint is kept
 * in the index's commit data).
 */
public final class Search implements AutoCloseable {
  static final String DIR = "search";
  private static final String FINGERPRINT = "store-fingerprint";
  /** The layout of the index's fields; an index written with another layout is rebuilt when opened. */
  private static final String LAYOUT = "layout-2:"; // 2: quotes indexed by their actor's country part too
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private final Analyzer analyzer;
  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** One hit: its kind, the document it belongs to, a highlighted snippet, and its fields. */
  public record Hit(String kind, String document, String title, String date, String snippet, float score,
                    Map<String, String> fields) {
  }

  private Search(Path path) throws IOException {
    Map<String, Analyzer> perField = new HashMap<>();
    perField.put("dyad", new KeywordAnalyzer());
    perField.put("kind", new KeywordAnalyzer());
    perField.put("doc", new KeywordAnalyzer());
    this.analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    this.dir = FSDirectory.open(path);
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens the index of {@code store}, rebuilding it from the store when it is missing or stale. */
  public static Search open(Store store) {
    try {
      Search s = new Search(store.directory().resolve(DIR));
      s.syncWith(store);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index: " + e.getMessage(), e);
    }
  }

  /** Rebuilds the index when the store changed behind its back; true when it did. */
  public synchronized boolean syncWith(Store store) throws IOException {
    String fingerprint = new Queries(store).fingerprint();
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    if ((LAYOUT + fingerprint).equals(data.get(FINGERPRINT))) {
      return false;
    }
    writer.deleteAll();
    store.forEachDocument(d -> {
      try {
        addUncommitted(d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    commit(fingerprint);
    return true;
  }

  /**
   * Stores {@code d} and indexes it, one writer at a time: the fingerprint committed with the index is always the
   * store's with exactly the documents indexed so far, so a crash between the store's commit and the index's
   * leaves the index stale (rebuilt when next opened), never wrong.
   */
  public synchronized Store.Change put(Store store, Document d) throws IOException {
    Store.Change change = store.put(d);
    if (change != Store.Change.UNCHANGED) {
      add(d, new Queries(store).fingerprint());
    }
    return change;
  }

  /** Indexes (or re-indexes) one stored document with its quotes and events; {@code fingerprint} is the store's. */
  public synchronized void add(Document d, String fingerprint) throws IOException {
    addUncommitted(d);
    commit(fingerprint);
  }

  private void commit(String fingerprint) throws IOException {
    writer.setLiveCommitData(Map.of(FINGERPRINT, LAYOUT + fingerprint).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private void addUncommitted(Document d) throws IOException {
    writer.deleteDocuments(new Term("doc", d.id()));
    List<String> actors = new ArrayList<>();
    for (Entity e : d.entities()) {
      if (e.actor() != null) {
        actors.add(e.actor());
      }
      if (e.country() != null) {
        actors.add(e.country());
      }
    }
    org.apache.lucene.document.Document doc = base("document", d, d.published());
    doc.add(new Field("text", (d.title() == null ? "" : d.title() + "\n\n") + d.text(), TEXT_WITH_OFFSETS));
    doc.add(new TextField("actor", String.join(" ", actors), Field.Store.NO));
    writer.addDocument(doc);
    for (Quote q : d.quotes()) {
      org.apache.lucene.document.Document qd = base("quote", d, d.published());
      qd.add(new Field("text", q.text(), TEXT_WITH_OFFSETS));
      qd.add(new TextField("speaker", nz(q.speaker()) + " " + nz(q.speakerRole()), Field.Store.YES));
      String sa = nz(q.speakerActor());
      qd.add(new TextField("actor", sa + " " + prefix(sa), Field.Store.NO)); // "RUSGOV" is found by RUS too
      qd.add(new StoredField("speaker_name", nz(q.speaker())));
      writer.addDocument(qd);
    }
    for (Event e : d.events()) {
      org.apache.lucene.document.Document ed = base("event", d, e.date() != null ? e.date() : d.published());
      ed.add(new Field("text", nz(e.sentence()), TEXT_WITH_OFFSETS));
      String src = e.source() == null ? "" : nz(e.source().code());
      String tgt = e.target() == null ? "" : nz(e.target().code());
      ed.add(new TextField("actor", src + " " + tgt + " " + prefix(src) + " " + prefix(tgt), Field.Store.NO));
      ed.add(new TextField("cameo", nz(e.cameo()) + " " + nz(e.root()), Field.Store.YES));
      String a = ActorCodes.dyadActor(src);
      String b = ActorCodes.dyadActor(tgt);
      if (a != null && b != null) {
        ed.add(new StringField("dyad", a + "-" + b, Field.Store.YES));
        ed.add(new StringField("dyad", b + "-" + a, Field.Store.NO));
      }
      writer.addDocument(ed);
    }
  }

  private static org.apache.lucene.document.Document base(String kind, Document d, String date) {
    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
    doc.add(new StringField("kind", kind, Field.Store.YES));
    doc.add(new StringField("doc", d.id(), Field.Store.YES));
    doc.add(new StoredField("title", nz(d.title())));
    LocalDate day = Days.of(date);
    if (day != null) {
      doc.add(new LongPoint("day", day.toEpochDay()));
      doc.add(new StoredField("date", day.toString()));
    }
    return doc;
  }

  /**
   * The hits for {@code query} (Lucene syntax) published in [from, to], best first.
   *
   * @throws IllegalArgumentException when the query cannot be parsed; its message says why, in one line
   */
  public List<Hit> search(String query, LocalDate from, LocalDate to, int offset, int limit) throws IOException {
    Query parsed;
    try {
      QueryParser parser = new QueryParser("text", analyzer);
      parser.setAllowLeadingWildcard(false);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      parsed = parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      String m = String.valueOf(e.getMessage()).split("\n")[0];
      throw new IllegalArgumentException("malformed query: " + m);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
    if (from != null || to != null) {
      b.add(LongPoint.newRangeQuery("day", from == null ? Long.MIN_VALUE : from.toEpochDay(),
          to == null ? Long.MAX_VALUE : to.toEpochDay()), BooleanClause.Occur.FILTER);
    }
    Query q = b.build();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(q, offset + limit);
      ScoreDoc[] docs = top.scoreDocs;
      List<Hit> hits = new ArrayList<>();
      if (docs.length <= offset) {
        return hits;
      }
      ScoreDoc[] pageDocs = java.util.Arrays.copyOfRange(docs, offset, docs.length);
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(1_000_000).build();
      TopDocs pageTop = new TopDocs(top.totalHits, pageDocs);
      String[] snippets = highlighter.highlight("text", q, pageTop, 2);
      for (int i = 0; i < pageDocs.length; i++) {
        var stored = searcher.storedFields().document(pageDocs[i].doc);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : Set.of("speaker_name", "cameo", "dyad")) {
          if (stored.get(f) != null) {
            fields.put(f.equals("speaker_name") ? "speaker" : f, stored.get(f));
          }
        }
        String snippet = snippets[i] != null ? snippets[i] : firstChars(stored.get("text"));
        hits.add(new Hit(stored.get("kind"), stored.get("doc"), stored.get("title"), stored.get("date"), snippet,
            pageDocs[i].score, fields));
      }
      return hits;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * What the index holds, for checks that it agrees with the store: per stored document id, how many index
   * entries of each kind ({@code document}, {@code quote}, {@code event}) it has.
   */
  public Map<String, Map<String, Integer>> contents() throws IOException {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          var stored = fields.document(i, Set.of("doc", "kind"));
          out.computeIfAbsent(stored.get("doc"), k -> new HashMap<>()).merge(stored.get("kind"), 1, Integer::sum);
        }
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  private static String firstChars(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 240 ? s : s.substring(0, 240) + "\u2026";
  }

  private static String prefix(String code) {
    return code.length() >= 3 ? code.substring(0, 3).toUpperCase(Locale.ROOT) : code.toUpperCase(Locale.ROOT);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }


  @Override
  public synchronized void close() throws IOException {
    searchers.close();
    writer.close();
    dir.close();
  }
}
