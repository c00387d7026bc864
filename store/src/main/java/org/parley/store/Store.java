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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
  static final List<String> MIGRATIONS = List.of("001_initial.sql", "002_quote_tone.sql", "003_stance.sql");

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
    if (memory) {
      // A worker's store serves one task thread: DuckDB's own pool would only compete with the other tasks.
      try (Statement st = conn.createStatement()) {
        st.execute("SET threads = 1");
      } catch (SQLException e) {
        throw new StoreException("cannot configure the in-memory store: " + firstLine(String.valueOf(e.getMessage())), e);
      }
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
    return putAll(List.of(doc)).getFirst();
  }

  /**
   * Stores {@code docs}, each with its parts, in one transaction: after a crash either the whole batch is stored or
   * none of it. A document whose content is already stored is left alone; one with other content replaces the
   * stored version whole. Within the batch, the last document with an id wins. Gives each document's change, in
   * order. Batching is what makes storing cheap: the rows go through DuckDB's appender, and a transaction costs
   * about as much as writing a few documents.
   */
  public synchronized List<Change> putAll(List<Document> docs) {
    if (docs.isEmpty()) {
      return List.of();
    }
    java.util.Map<String, Integer> last = new java.util.HashMap<>();
    List<String> hashes = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      last.put(docs.get(i).id(), i);
      hashes.add(Ids.hash(Json.line(docs.get(i))));
    }
    try {
      java.util.Map<String, String> existing = storedHashes(last.keySet());
      List<Change> changes = new ArrayList<>(docs.size());
      List<Integer> write = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        String old = existing.get(docs.get(i).id());
        if (hashes.get(i).equals(old)) {
          changes.add(Change.UNCHANGED);
        } else {
          changes.add(old == null ? Change.ADDED : Change.UPDATED);
          if (last.get(docs.get(i).id()) == i) {
            write.add(i);
          }
        }
      }
      if (write.isEmpty()) {
        return changes;
      }
      // DuckDB's appender commits on its own, outside the connection's transaction, so the rows go first into
      // temporary staging tables (private to this connection, never on disk); one transaction then moves them into
      // the store, so that a crash keeps the whole batch or none of it.
      stage();
      DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
      LocalDateTime now = Timestamp.from(Instant.now()).toLocalDateTime();
      try (DuckDBAppender app = duck.createAppender("temp", "main", "stage_documents")) {
        for (int i : write) {
          appendDocument(app, docs.get(i), hashes.get(i), now);
        }
        app.flush(); // close() alone drops rows it cannot write without a word: flush says why
      }
      try (DuckDBAppender app = duck.createAppender("temp", "main", "stage_entities")) {
        for (int i : write) {
          appendEntities(app, docs.get(i));
        }
        app.flush();
      }
      try (DuckDBAppender app = duck.createAppender("temp", "main", "stage_quotes")) {
        for (int i : write) {
          appendQuotes(app, docs.get(i));
        }
        app.flush();
      }
      try (DuckDBAppender app = duck.createAppender("temp", "main", "stage_events")) {
        for (int i : write) {
          appendEvents(app, docs.get(i));
        }
        app.flush();
      }
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        List<String> replaced = new ArrayList<>();
        for (int i : write) {
          if (existing.containsKey(docs.get(i).id())) {
            replaced.add(docs.get(i).id());
          }
        }
        if (!replaced.isEmpty()) {
          for (String table : List.of("entities", "quotes", "events")) {
            deleteWhereIn(table, "doc_id", replaced);
          }
          deleteWhereIn("documents", "id", replaced);
        }
        for (String table : List.of("documents", "entities", "quotes", "events")) {
          st.execute("INSERT INTO main." + table + " SELECT * FROM temp.main.stage_" + table);
        }
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
        clearStage();
      }
      return changes;
    } catch (SQLException e) {
      throw fail(docs.size() == 1 ? "store document " + docs.getFirst().id()
          : "store " + docs.size() + " documents (" + docs.getFirst().id() + " …)", e);
    }
  }

  private boolean staged;

  /** Empty staging tables with the columns of the store's tables (made once per connection, after migrations). */
  private void stage() throws SQLException {
    try (Statement st = conn.createStatement()) {
      if (!staged) {
        for (String table : List.of("documents", "entities", "quotes", "events", "stories")) {
          st.execute("CREATE OR REPLACE TEMP TABLE stage_" + table + " AS SELECT * FROM main." + table
              + " WHERE false");
        }
        st.execute("CREATE OR REPLACE TEMP TABLE stage_aggregates (id VARCHAR, story VARCHAR, duplicate_of VARCHAR, "
            + "via VARCHAR)");
        staged = true;
      }
    }
    clearStage();
  }

  private void clearStage() {
    if (!staged) {
      return;
    }
    try (Statement st = conn.createStatement()) {
      for (String table : List.of("documents", "entities", "quotes", "events", "stories", "aggregates")) {
        st.execute("DELETE FROM temp.main.stage_" + table);
      }
    } catch (SQLException e) {
      staged = false; // made again, empty, on the next write
    }
  }

  /** The content hashes of those of {@code ids} that are stored. */
  private java.util.Map<String, String> storedHashes(java.util.Collection<String> ids) throws SQLException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      try (PreparedStatement ps = conn.prepareStatement("SELECT id, content_hash FROM documents WHERE id IN ("
          + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  private void deleteWhereIn(String table, String column, List<String> ids) throws SQLException {
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN ("
          + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        ps.executeUpdate();
      }
    }
  }

  private static void appendDocument(DuckDBAppender app, Document d, String hash, LocalDateTime now)
      throws SQLException {
    app.beginRow();
    app.append(d.id());
    appendNullable(app, d.input());
    appendNullable(app, d.url());
    appendNullable(app, d.title());
    appendNullable(app, d.subtitle());
    app.append(Json.line(d.authors()));
    app.append(Json.line(d.via()));
    appendNullable(app, d.source() == null ? null : d.source().name());
    appendNullable(app, d.source() == null ? null : d.source().domain());
    appendNullable(app, d.published());
    LocalDate day = Days.of(d.published());
    if (day == null) {
      app.appendNull();
    } else {
      app.append(day);
    }
    appendNullable(app, d.language());
    app.append(d.text());
    app.append(Json.line(d.summary()));
    appendNullable(app, d.tone());
    appendNullable(app, d.story());
    appendNullable(app, d.duplicateOf());
    app.append(hash);
    app.append(d.entities().size());
    app.append(d.quotes().size());
    app.append(d.events().size());
    app.append(now);
    appendNullable(app, d.stance());
    app.endRow();
  }

  private static void appendEntities(DuckDBAppender app, Document d) throws SQLException {
    int ord = 0;
    for (Entity e : d.entities()) {
      app.beginRow();
      app.append(d.id());
      app.append(ord++);
      appendNullable(app, e.text());
      appendNullable(app, e.type());
      appendNullable(app, e.canonical());
      appendNullable(app, e.role());
      appendNullable(app, e.country());
      appendNullable(app, e.actor());
      app.append(Json.line(e.mentions()));
      app.endRow();
    }
  }

  private static void appendQuotes(DuckDBAppender app, Document d) throws SQLException {
    int ord = 0;
    for (Quote q : d.quotes()) {
      app.beginRow();
      app.append(d.id());
      app.append(ord++);
      appendNullable(app, q.speaker());
      appendNullable(app, q.speakerRole());
      appendNullable(app, q.speakerActor());
      appendNullable(app, q.text());
      app.append(q.direct());
      appendNullable(app, q.cue());
      app.append(q.start());
      app.append(q.end());
      app.append(q.speakerStart());
      app.append(q.speakerEnd());
      appendNullable(app, q.tone());
      appendNullable(app, q.stance());
      app.endRow();
    }
  }

  private static void appendEvents(DuckDBAppender app, Document d) throws SQLException {
    int ord = 0;
    for (Event e : d.events()) {
      app.beginRow();
      app.append(d.id());
      app.append(ord++);
      appendNullable(app, e.source() == null ? null : e.source().text());
      appendNullable(app, e.source() == null ? null : e.source().code());
      appendNullable(app, e.target() == null ? null : e.target().text());
      appendNullable(app, e.target() == null ? null : e.target().code());
      appendNullable(app, e.cameo());
      appendNullable(app, e.root());
      appendNullable(app, e.plover());
      app.append(e.goldstein());
      app.append(e.quad());
      appendNullable(app, e.sentence());
      app.append(e.start());
      app.append(e.end());
      appendNullable(app, e.date());
      appendNullable(app, e.pattern());
      app.endRow();
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
        st.execute("INSERT INTO documents BY NAME SELECT * FROM incoming WHERE id IN (SELECT id FROM changed)");
        for (String table : List.of("entities", "quotes", "events")) {
          Path part = dir.resolve(table);
          if (Files.isDirectory(part)) {
            st.execute("INSERT INTO " + table + " BY NAME SELECT * FROM read_parquet(" + glob(part) + ") "
                + "WHERE doc_id IN (SELECT id FROM changed)");
          }
        }
        Path stories = dir.resolve("stories");
        if (Files.isDirectory(stories)) {
          st.execute("INSERT INTO stories BY NAME SELECT * FROM read_parquet(" + glob(stories) + ") "
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
        + "source_name, source_domain, published, language, text, summary, tone, story, duplicate_of, stance FROM documents "
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
              .duplicateOf(rs.getString(16)).stance(rs.getString(17)).build();
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
          + "start_offset, end_offset, speaker_start, speaker_end, tone, stance FROM quotes WHERE " + idList
          + " ORDER BY doc_id, ord", docs); ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          quotes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Quote(rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getInt(8),
              rs.getInt(9), rs.getInt(10), rs.getInt(11), (Double) rs.getObject(12), rs.getString(13)));
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
      // staged first (the appender commits on its own), then moved in one transaction
      stage();
      DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
      try (DuckDBAppender app = duck.createAppender("temp", "main", "stage_aggregates")) {
        for (Aggregates r : rows) {
          app.beginRow();
          app.append(r.id());
          appendNullable(app, r.story());
          appendNullable(app, r.duplicateOf());
          app.append(Json.line(r.via() == null ? List.of() : r.via()));
          app.endRow();
        }
        app.flush();
      }
      try (DuckDBAppender app = duck.createAppender("temp", "main", "stage_stories")) {
        for (org.parley.model.Story s : stories) {
          app.beginRow();
          app.append(s.id());
          appendNullable(app, s.title());
          appendNullable(app, s.start());
          appendNullable(app, s.end());
          app.append(Json.line(s.documents()));
          app.endRow();
        }
        app.flush();
      }
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        st.execute("UPDATE documents SET story = a.story, duplicate_of = a.duplicate_of, via = a.via "
            + "FROM temp.main.stage_aggregates a WHERE documents.id = a.id AND (documents.story IS DISTINCT FROM "
            + "a.story OR documents.duplicate_of IS DISTINCT FROM a.duplicate_of OR documents.via IS DISTINCT FROM "
            + "a.via)");
        st.execute("DELETE FROM stories");
        st.execute("INSERT INTO main.stories SELECT * FROM temp.main.stage_stories");
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
        clearStage();
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

  private static void appendNullable(org.duckdb.DuckDBAppender app, Double v) throws SQLException {
    if (v == null) {
      app.appendNull();
    } else {
      app.append(v.doubleValue());
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
