package org.parley.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.parley.model.Days;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.EventActor;
import org.parley.model.Ids;
import org.parley.model.Json;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.Via;

/**
 * The embedded store: one DuckDB file, {@code parley.duckdb}, in a directory ({@code ./parley-data} by default).
 * Opening it applies the numbered migrations under {@code migrations/} that it has not seen. Each document is
 * written in one transaction with its entities, quotes and events, so a process killed mid-write leaves either
 * the whole document or none of it. Writing the same document again changes nothing.
 *
 * <p>One process at a time may open a store; methods are synchronized, so threads of that process may share it.
 */
public final class Store implements AutoCloseable {
  public static final String FILE = "parley.duckdb";
  /** The migrations, in order; each is applied once, inside a transaction. */
  static final List<String> MIGRATIONS = List.of("001_initial.sql", "002_quote_tone.sql");

  /** What {@link #put} did. */
  public enum Change { ADDED, UPDATED, UNCHANGED }

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
  private static final TypeReference<List<Via>> VIAS = new TypeReference<>() { };
  private static final TypeReference<List<Span>> SPANS = new TypeReference<>() { };

  private final Path dir;
  private final Connection conn;

  private Store(Path dir, Connection conn) {
    this.dir = dir;
    this.conn = conn;
  }

  /** Opens (creating when needed) the store in {@code dir} and brings its schema up to date. */
  public static Store open(Path dir) {
    return open(dir, false);
  }

  /**
   * A store held in memory only, for a worker that writes its results elsewhere (the Spark job's tasks copy their
   * tables to Parquet): the same schema and code, without a file or its commits to disk. {@code dir} is where
   * exported files go by default and is only named, not created.
   */
  public static Store inMemory(Path dir) {
    return open(dir, true);
  }

  private static Store open(Path dir, boolean memory) {
    try {
      if (!memory) {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
    }
    Connection conn;
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      conn = DriverManager.getConnection(memory ? "jdbc:duckdb:" : "jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath());
    } catch (ClassNotFoundException e) {
      throw new StoreException("DuckDB driver missing from the class path", e);
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("lock")) {
        throw new StoreException("store " + dir + " is in use by another parley process", e);
      }
      throw new StoreException("cannot open store " + dir + ": " + firstLine(m), e);
    }
    Store store = new Store(dir, conn);
    store.migrate();
    return store;
  }

  public Path directory() {
    return dir;
  }

  private void migrate() {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR, "
          + "applied_at TIMESTAMP)");
      int current = schemaVersion();
      for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
        String name = MIGRATIONS.get(v - 1);
        String sql = resource("migrations/" + name);
        conn.setAutoCommit(false);
        try (Statement m = conn.createStatement()) {
          for (String part : sql.split(";\\s*(\\n|$)")) {
            String stmt = part.replaceAll("(?m)^\\s*--.*$", "").strip();
            if (!stmt.isEmpty()) {
              m.execute(stmt);
            }
          }
          try (PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            ps.setInt(1, v);
            ps.setString(2, name);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
          }
          conn.commit();
        } catch (SQLException e) {
          conn.rollback();
          throw e;
        } finally {
          conn.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot migrate store " + dir + ": " + firstLine(e.getMessage()), e);
    }
  }

  public synchronized int schemaVersion() {
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw fail("read schema version", e);
    }
  }

  /** Stores {@code doc} with its parts in one transaction, replacing an older version with the same id. */
  public synchronized Change put(Document doc) {
    String hash = Ids.hash(Json.line(doc));
    try {
      String existing = null;
      try (PreparedStatement ps = conn.prepareStatement("SELECT content_hash FROM documents WHERE id = ?")) {
        ps.setString(1, doc.id());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            existing = rs.getString(1);
          }
        }
      }
      if (hash.equals(existing)) {
        return Change.UNCHANGED;
      }
      conn.setAutoCommit(false);
      try {
        if (existing != null) {
          for (String table : List.of("entities", "quotes", "events")) {
            try (PreparedStatement del = conn.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
              del.setString(1, doc.id());
              del.executeUpdate();
            }
          }
          try (PreparedStatement del = conn.prepareStatement("DELETE FROM documents WHERE id = ?")) {
            del.setString(1, doc.id());
            del.executeUpdate();
          }
        }
        insertDocument(doc, hash);
        insertEntities(doc);
        insertQuotes(doc);
        insertEvents(doc);
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
      return existing == null ? Change.ADDED : Change.UPDATED;
    } catch (SQLException e) {
      throw fail("store document " + doc.id(), e);
    }
  }

  private void insertDocument(Document d, String hash) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 1;
      ps.setString(i++, d.id());
      ps.setString(i++, d.input());
      ps.setString(i++, d.url());
      ps.setString(i++, d.title());
      ps.setString(i++, d.subtitle());
      ps.setString(i++, Json.line(d.authors()));
      ps.setString(i++, Json.line(d.via()));
      ps.setString(i++, d.source() == null ? null : d.source().name());
      ps.setString(i++, d.source() == null ? null : d.source().domain());
      ps.setString(i++, d.published());
      LocalDate day = Days.of(d.published());
      if (day == null) {
        ps.setNull(i++, Types.DATE);
      } else {
        ps.setObject(i++, day);
      }
      ps.setString(i++, d.language());
      ps.setString(i++, d.text());
      ps.setString(i++, Json.line(d.summary()));
      if (d.tone() == null) {
        ps.setNull(i++, Types.DOUBLE);
      } else {
        ps.setDouble(i++, d.tone());
      }
      ps.setString(i++, d.story());
      ps.setString(i++, d.duplicateOf());
      ps.setString(i++, hash);
      ps.setInt(i++, d.entities().size());
      ps.setInt(i++, d.quotes().size());
      ps.setInt(i++, d.events().size());
      ps.setTimestamp(i, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  private void insertEntities(Document d) throws SQLException {
    if (d.entities().isEmpty()) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Entity e : d.entities()) {
        ps.setString(1, d.id());
        ps.setInt(2, ord++);
        ps.setString(3, e.text());
        ps.setString(4, e.type());
        ps.setString(5, e.canonical());
        ps.setString(6, e.role());
        ps.setString(7, e.country());
        ps.setString(8, e.actor());
        ps.setString(9, Json.line(e.mentions()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertQuotes(Document d) throws SQLException {
    if (d.quotes().isEmpty()) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO quotes (doc_id, ord, speaker, speaker_role, speaker_actor, text, direct, cue, start_offset, "
            + "end_offset, speaker_start, speaker_end, tone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Quote q : d.quotes()) {
        ps.setString(1, d.id());
        ps.setInt(2, ord++);
        ps.setString(3, q.speaker());
        ps.setString(4, q.speakerRole());
        ps.setString(5, q.speakerActor());
        ps.setString(6, q.text());
        ps.setBoolean(7, q.direct());
        ps.setString(8, q.cue());
        ps.setInt(9, q.start());
        ps.setInt(10, q.end());
        ps.setInt(11, q.speakerStart());
        ps.setInt(12, q.speakerEnd());
        if (q.tone() == null) {
          ps.setNull(13, Types.DOUBLE);
        } else {
          ps.setDouble(13, q.tone());
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertEvents(Document d) throws SQLException {
    if (d.events().isEmpty()) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Event e : d.events()) {
        ps.setString(1, d.id());
        ps.setInt(2, ord++);
        ps.setString(3, e.source() == null ? null : e.source().text());
        ps.setString(4, e.source() == null ? null : e.source().code());
        ps.setString(5, e.target() == null ? null : e.target().text());
        ps.setString(6, e.target() == null ? null : e.target().code());
        ps.setString(7, e.cameo());
        ps.setString(8, e.root());
        ps.setString(9, e.plover());
        ps.setDouble(10, e.goldstein());
        ps.setInt(11, e.quad());
        ps.setString(12, e.sentence());
        ps.setInt(13, e.start());
        ps.setInt(14, e.end());
        ps.setString(15, e.date());
        ps.setString(16, e.pattern());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Loads Parquet tables with the store's columns ({@code DIR/documents/*.parquet}, and likewise entities, quotes
   * and events, as the Spark job writes them) in one transaction. A document already stored with the same content
   * is left alone; one with other content is replaced whole. Returns how many documents were added or replaced.
   */
  public synchronized long importParquet(Path dir) {
    Path docs = dir.resolve("documents");
    if (!Files.isDirectory(docs)) {
      throw new StoreException("no documents/ folder of Parquet files in " + dir, null);
    }
    try (Statement st = conn.createStatement()) {
      conn.setAutoCommit(false);
      try {
        st.execute("CREATE OR REPLACE TEMP TABLE incoming AS SELECT * FROM read_parquet(" + glob(docs) + ")");
        st.execute("CREATE OR REPLACE TEMP TABLE changed AS SELECT i.id FROM incoming i LEFT JOIN documents d "
            + "ON d.id = i.id WHERE d.id IS NULL OR d.content_hash <> i.content_hash");
        for (String table : List.of("entities", "quotes", "events")) {
          st.execute("DELETE FROM " + table + " WHERE doc_id IN (SELECT id FROM changed)");
        }
        st.execute("DELETE FROM documents WHERE id IN (SELECT id FROM changed)");
        st.execute("INSERT INTO documents SELECT * FROM incoming WHERE id IN (SELECT id FROM changed)");
        for (String table : List.of("entities", "quotes", "events")) {
          Path part = dir.resolve(table);
          if (Files.isDirectory(part)) {
            st.execute("INSERT INTO " + table + " SELECT * FROM read_parquet(" + glob(part) + ") "
                + "WHERE doc_id IN (SELECT id FROM changed)");
          }
        }
        Path stories = dir.resolve("stories");
        if (Files.isDirectory(stories)) {
          st.execute("INSERT INTO stories SELECT * FROM read_parquet(" + glob(stories) + ") "
              + "WHERE id NOT IN (SELECT id FROM stories)");
        }
        long n;
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM changed")) {
          rs.next();
          n = rs.getLong(1);
        }
        st.execute("DROP TABLE incoming");
        st.execute("DROP TABLE changed");
        conn.commit();
        return n;
      } catch (SQLException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw fail("import Parquet from " + dir, e);
    }
  }

  /**
   * Writes every table as Parquet, in the layout the Spark job writes and {@link #importParquet} reads:
   * {@code DIR/<table>/data.parquet}. Returns the rows written per table.
   */
  public synchronized java.util.Map<String, Long> exportParquet(Path dir) {
    java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
    try (Statement st = conn.createStatement()) {
      for (String table : List.of("documents", "entities", "quotes", "events", "stories")) {
        Path folder = dir.resolve(table);
        Files.createDirectories(folder);
        String order = table.equals("documents") || table.equals("stories") ? "id" : "doc_id, ord";
        st.execute("COPY (SELECT * FROM " + table + " ORDER BY " + order + ") TO '"
            + folder.resolve("data.parquet").toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw fail("export Parquet to " + dir, e);
    } catch (IOException e) {
      throw new StoreException("cannot write " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String glob(Path dir) {
    return "'" + dir.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''") + "'";
  }

  /** The stored document with this id, with its parts. */
  public synchronized Optional<Document> get(String id) {
    List<Document> found = query("WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
  }

  /** Every stored document with its parts, by publication day then id, handed over one at a time. */
  public synchronized void forEachDocument(Consumer<Document> sink) {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT id FROM documents ORDER BY published_day NULLS LAST, id");
         ResultSet rs = ps.executeQuery()) {
      List<String> batch = new ArrayList<>();
      while (rs.next()) {
        batch.add(rs.getString(1));
        if (batch.size() == 500) {
          emit(batch, sink);
        }
      }
      emit(batch, sink);
    } catch (SQLException e) {
      throw fail("read documents", e);
    }
  }

  private void emit(List<String> ids, Consumer<Document> sink) {
    if (ids.isEmpty()) {
      return;
    }
    String in = "WHERE id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
    Map<String, Document> byId = new HashMap<>();
    for (Document d : query(in, ids.toArray())) {
      byId.put(d.id(), d);
    }
    for (String id : ids) {
      Document d = byId.get(id);
      if (d != null) {
        sink.accept(d);
      }
    }
    ids.clear();
  }

  private List<Document> query(String where, Object... args) {
    List<Document> docs = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT id, input, url, title, subtitle, authors, via, "
        + "source_name, source_domain, published, language, text, summary, tone, story, duplicate_of FROM documents "
        + where)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String sourceName = rs.getString(8);
          String sourceDomain = rs.getString(9);
          double tone = rs.getDouble(14);
          Double toneValue = rs.wasNull() ? null : tone;
          Document d = Document.builder().id(rs.getString(1)).input(rs.getString(2)).url(rs.getString(3))
              .title(rs.getString(4)).subtitle(rs.getString(5))
              .authors(readJson(rs.getString(6), STRINGS)).via(readJson(rs.getString(7), VIAS))
              .source(sourceName == null && sourceDomain == null ? null : new Source(sourceName, sourceDomain))
              .published(rs.getString(10)).language(rs.getString(11)).text(rs.getString(12))
              .summary(readJson(rs.getString(13), STRINGS)).tone(toneValue).story(rs.getString(15))
              .duplicateOf(rs.getString(16)).build();
          index.put(d.id(), docs.size());
          docs.add(d);
        }
      }
      if (docs.isEmpty()) {
        return docs;
      }
      String idList = "doc_id IN (" + String.join(",", java.util.Collections.nCopies(docs.size(), "?")) + ")";
      Map<String, List<Entity>> entities = new HashMap<>();
      Map<String, List<Quote>> quotes = new HashMap<>();
      Map<String, List<Event>> events = new HashMap<>();
      try (PreparedStatement e = prepared("SELECT doc_id, text, type, canonical, role, country, actor, mentions "
          + "FROM entities WHERE " + idList + " ORDER BY doc_id, ord", docs); ResultSet rs = e.executeQuery()) {
        while (rs.next()) {
          entities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Entity(rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
              readJson(rs.getString(8), SPANS)));
        }
      }
      try (PreparedStatement q = prepared("SELECT doc_id, speaker, speaker_role, speaker_actor, text, direct, cue, "
          + "start_offset, end_offset, speaker_start, speaker_end, tone FROM quotes WHERE " + idList
          + " ORDER BY doc_id, ord", docs); ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          quotes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Quote(rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getInt(8),
              rs.getInt(9), rs.getInt(10), rs.getInt(11), (Double) rs.getObject(12)));
        }
      }
      try (PreparedStatement ev = prepared("SELECT doc_id, source_text, source_code, target_text, target_code, "
          + "cameo, root, plover, goldstein, quad, sentence, start_offset, end_offset, event_date, pattern FROM events "
          + "WHERE " + idList + " ORDER BY doc_id, ord", docs); ResultSet rs = ev.executeQuery()) {
        while (rs.next()) {
          events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Event(
              new EventActor(rs.getString(2), rs.getString(3)), new EventActor(rs.getString(4), rs.getString(5)),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getDouble(9), rs.getInt(10), rs.getString(11),
              rs.getInt(12), rs.getInt(13), rs.getString(14), rs.getString(15)));
        }
      }
      List<Document> out = new ArrayList<>(docs.size());
      for (Document d : docs) {
        out.add(d.toBuilder().entities(entities.get(d.id())).quotes(quotes.get(d.id()))
            .events(events.get(d.id())).build());
      }
      return out;
    } catch (SQLException e) {
      throw fail("read documents", e);
    }
  }

  private PreparedStatement prepared(String sql, List<Document> docs) throws SQLException {
    PreparedStatement ps = conn.prepareStatement(sql);
    for (int i = 0; i < docs.size(); i++) {
      ps.setString(i + 1, docs.get(i).id());
    }
    return ps;
  }

  /** The ids of documents whose child rows do not match the counts stored with them (should be none). */
  public synchronized List<String> incompleteDocuments() {
    String sql = "SELECT d.id FROM documents d "
        + "LEFT JOIN (SELECT doc_id, count(*) n FROM entities GROUP BY doc_id) e ON e.doc_id = d.id "
        + "LEFT JOIN (SELECT doc_id, count(*) n FROM quotes GROUP BY doc_id) q ON q.doc_id = d.id "
        + "LEFT JOIN (SELECT doc_id, count(*) n FROM events GROUP BY doc_id) v ON v.doc_id = d.id "
        + "WHERE coalesce(e.n, 0) <> d.n_entities OR coalesce(q.n, 0) <> d.n_quotes OR coalesce(v.n, 0) <> d.n_events "
        + "UNION SELECT doc_id FROM entities WHERE doc_id NOT IN (SELECT id FROM documents) "
        + "UNION SELECT doc_id FROM quotes WHERE doc_id NOT IN (SELECT id FROM documents) "
        + "UNION SELECT doc_id FROM events WHERE doc_id NOT IN (SELECT id FROM documents)";
    List<String> ids = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw fail("check documents", e);
    }
  }

  public synchronized Stats stats() {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities), (SELECT count(*) FROM quotes), "
            + "(SELECT count(*) FROM events), (SELECT count(*) FROM stories), "
            + "(SELECT CAST(min(published_day) AS VARCHAR) FROM documents), "
            + "(SELECT CAST(max(published_day) AS VARCHAR) FROM documents)")) {
      rs.next();
      return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
          rs.getString(7), schemaVersion());
    } catch (SQLException e) {
      throw fail("count", e);
    }
  }

  /** What the aggregate stage decided for one stored document: its story, the original it copies, its chain. */
  public record Aggregates(String id, String story, String duplicateOf, List<Via> via) {
  }

  /**
   * Sets the story, {@code duplicate_of} and {@code via} of stored documents and replaces the stories table, in
   * one transaction. The content hash is left alone: these columns are derived from the stored articles, so
   * re-ingesting an article still finds it unchanged.
   */
  public synchronized void setAggregates(List<Aggregates> rows, List<org.parley.model.Story> stories) {
    try {
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        st.execute("CREATE OR REPLACE TABLE agg_rows (id VARCHAR, story VARCHAR, duplicate_of VARCHAR, "
            + "via VARCHAR)");
        try (var app = conn.unwrap(org.duckdb.DuckDBConnection.class).createAppender("main", "agg_rows")) {
          for (Aggregates r : rows) {
            app.beginRow();
            app.append(r.id());
            appendNullable(app, r.story());
            appendNullable(app, r.duplicateOf());
            app.append(Json.line(r.via() == null ? List.of() : r.via()));
            app.endRow();
          }
        }
        st.execute("UPDATE documents SET story = a.story, duplicate_of = a.duplicate_of, via = a.via FROM agg_rows a "
            + "WHERE documents.id = a.id AND (documents.story IS DISTINCT FROM a.story OR documents.duplicate_of "
            + "IS DISTINCT FROM a.duplicate_of OR documents.via IS DISTINCT FROM a.via)");
        st.execute("DROP TABLE agg_rows");
        st.execute("DELETE FROM stories");
        try (var app = conn.unwrap(org.duckdb.DuckDBConnection.class).createAppender("main", "stories")) {
          for (org.parley.model.Story s : stories) {
            app.beginRow();
            app.append(s.id());
            appendNullable(app, s.title());
            appendNullable(app, s.start());
            appendNullable(app, s.end());
            app.append(Json.line(s.documents()));
            app.endRow();
          }
        }
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw fail("store stories", e);
    }
  }

  private static void appendNullable(org.duckdb.DuckDBAppender app, String v) throws SQLException {
    if (v == null) {
      app.appendNull();
    } else {
      app.append(v);
    }
  }

  /** The stored stories, in the order they began. */
  public synchronized List<org.parley.model.Story> stories() {
    List<org.parley.model.Story> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT id, title, start_date, end_date, documents FROM stories ORDER BY start_date NULLS LAST, id")) {
      while (rs.next()) {
        out.add(new org.parley.model.Story(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            readJson(rs.getString(5), STRINGS)));
      }
    } catch (SQLException e) {
      throw fail("read stories", e);
    }
    return out;
  }

  /** A read-only query for tools and tests; the caller closes the result. */
  public Connection connection() {
    return conn;
  }

  private final ThreadLocal<Connection> readers = new ThreadLocal<>();
  private final List<Connection> allReaders = java.util.Collections.synchronizedList(new ArrayList<>());

  /**
   * A connection of this thread's own for reading, so that readers (the API's request threads) run in parallel
   * with each other and with the writer; DuckDB gives each a consistent snapshot. Closed with the store.
   */
  public Connection readConnection() {
    Connection c = readers.get();
    try {
      if (c == null || c.isClosed()) {
        c = ((org.duckdb.DuckDBConnection) conn).duplicate();
        readers.set(c);
        allReaders.add(c);
      }
      return c;
    } catch (SQLException e) {
      throw fail("open a reader", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      synchronized (allReaders) {
        for (Connection c : allReaders) {
          c.close();
        }
        allReaders.clear();
      }
      conn.close();
    } catch (SQLException e) {
      throw fail("close", e);
    }
  }


  private static <T> T readJson(String json, TypeReference<T> type) {
    if (json == null) {
      return null;
    }
    try {
      return Json.mapper().readValue(json, type);
    } catch (IOException e) {
      throw new StoreException("corrupt JSON column: " + e.getMessage(), e);
    }
  }

  private StoreException fail(String what, SQLException e) {
    return new StoreException("cannot " + what + " in store " + dir + ": " + firstLine(e.getMessage()), e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return (nl >= 0 ? s.substring(0, nl) : s).strip();
  }

  private static String resource(String name) {
    try (InputStream in = Store.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
