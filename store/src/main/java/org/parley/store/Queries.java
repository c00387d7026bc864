package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.ActorCodes;

/**
 * Paged, filtered reads of the store for the API: quotes by speaker, events by dyad and code, entities by name,
 * documents by date. Parameters are always bound, never spliced into SQL. Rows come back as ordered maps with the
 * contract's field names, ready to be written as JSON.
 */
public final class Queries {
  private final Store store;

  public Queries(Store store) {
    this.store = store;
  }

  /** One page of rows and the total that matched. */
  public record Page(List<Map<String, Object>> items, long total) {
  }

  /** Documents published in [from, to] (either may be null), newest first. */
  public Page documents(String from, String to, int offset, int limit) {
    Filter f = new Filter();
    f.range("published_day", from, to);
    return page("SELECT id, title, url, source_name, source_domain, published, language, story, duplicate_of, "
        + "n_entities, n_quotes, n_events FROM documents" + f.where(), "published_day DESC NULLS LAST, id", f.args,
        offset, limit, "documents" + f.where());
  }

  /** Quotes whose speaker contains {@code speaker} and text contains {@code q} (case-insensitive), in date order. */
  public Page quotes(String speaker, String q, int offset, int limit) {
    return quotes(speaker, q, null, offset, limit);
  }

  /**
   * Quotes as {@link #quotes(String, String, int, int)}, and whose speaker's actor code starts with {@code actor}
   * when it is given ("RUS" gives RUS, RUSGOV, RUSMIL ...).
   */
  public Page quotes(String speaker, String q, String actor, int offset, int limit) {
    Filter f = new Filter();
    f.contains("qt.speaker", speaker);
    f.contains("qt.text", q);
    if (actor != null) {
      f.raw("qt.speaker_actor LIKE ?", actor + "%");
    }
    String from = "quotes qt JOIN documents d ON d.id = qt.doc_id" + f.where();
    return page("SELECT qt.doc_id AS document, d.title AS document_title, d.published AS date, qt.speaker, "
        + "qt.speaker_role, qt.speaker_actor, qt.text, qt.direct, qt.cue, qt.tone, qt.stance, qt.start_offset AS start, "
        + "qt.end_offset AS \"end\" FROM " + from, "d.published_day NULLS LAST, qt.doc_id, qt.ord", f.args, offset,
        limit, from);
  }

  /** Events between the two actors of {@code dyad} (either direction; codes match by prefix), by code and date. */
  public Page events(String dyad, String cameo, String from, String to, int offset, int limit) {
    Filter f = new Filter();
    if (dyad != null) {
      String[] ab = dyad.split("-", 2);
      f.raw("((e.source_code LIKE ? AND e.target_code LIKE ?) OR (e.source_code LIKE ? AND e.target_code LIKE ?))",
          ab[0] + "%", ab[1] + "%", ab[1] + "%", ab[0] + "%");
    }
    if (cameo != null) {
      f.raw("e.cameo LIKE ?", cameo + "%");
    }
    f.range("CAST(e.event_date AS DATE)", from, to);
    String table = "events e JOIN documents d ON d.id = e.doc_id" + f.where();
    return page("SELECT e.doc_id AS document, d.title AS document_title, e.event_date AS date, e.source_text, "
        + "e.source_code, e.target_text, e.target_code, e.cameo, e.root, e.plover, e.goldstein, e.quad, e.sentence, "
        + "e.start_offset AS start, e.end_offset AS \"end\", e.pattern FROM " + table,
        "e.event_date, e.doc_id, e.ord", f.args, offset, limit, table);
  }

  /** Entities (people, organisations, places) whose name contains {@code q}, with how many documents name them. */
  public Page entities(String q, int offset, int limit) {
    Filter f = new Filter();
    f.contains("canonical", q);
    String grouped = "(SELECT canonical, any_value(type) AS type, any_value(role) AS role, any_value(country) AS "
        + "country, any_value(actor) AS actor, count(DISTINCT doc_id) AS documents FROM entities" + f.where()
        + " GROUP BY canonical) g";
    return page("SELECT * FROM " + grouped, "documents DESC, canonical", f.args, offset, limit, grouped);
  }

  /**
   * Stories whose title contains {@code q} and whose span meets [from, to] (either may be null), latest first,
   * each with its number of articles.
   */
  public Page stories(String q, String from, String to, int offset, int limit) {
    Filter f = new Filter();
    f.contains("title", q);
    if (from != null) {
      f.raw("(end_date IS NULL OR TRY_CAST(end_date AS DATE) >= CAST(? AS DATE))", from);
    }
    if (to != null) {
      f.raw("(start_date IS NULL OR TRY_CAST(start_date AS DATE) <= CAST(? AS DATE))", to);
    }
    return page("SELECT id, title, start_date AS start, end_date AS \"end\", "
        + "CAST(json_array_length(documents) AS INTEGER) AS articles FROM stories" + f.where(),
        "end_date DESC NULLS LAST, articles DESC, id", f.args, offset, limit, "stories" + f.where());
  }

  /** The story {@code id}, if stored. */
  public java.util.Optional<org.parley.model.Story> story(String id) {
    try (PreparedStatement ps = conn().prepareStatement(
        "SELECT id, title, start_date, end_date, documents FROM stories WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return java.util.Optional.empty();
        }
        List<String> docs = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode n : org.parley.model.Json.mapper().readTree(rs.getString(5))) {
          docs.add(n.asText());
        }
        return java.util.Optional.of(new org.parley.model.Story(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), docs));
      }
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot query store: " + e.getMessage(), e);
    }
  }

  /**
   * The dyads (countries or international organisations, alphabetical order within the pair) with the most
   * events, most first; events with a bare sector code ("officials" of no known country) belong to none.
   */
  public List<Map<String, Object>> dyads(int limit) {
    // the dyad actors: countries and international organisations, not bare sectors (ActorCodes)
    String a = ActorCodes.dyadActorSql("source_code");
    String b = ActorCodes.dyadActorSql("target_code");
    String sql = "SELECT least(" + a + ", " + b + ") || '-' || greatest(" + a + ", " + b + ") AS dyad, "
        + "count(*) AS events, min(event_date) AS first, max(event_date) AS last FROM events "
        + "WHERE " + a + " IS NOT NULL AND " + b + " IS NOT NULL AND " + a + " <> " + b + " "
        + "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?";
    try (PreparedStatement ps = conn().prepareStatement(sql)) {
      ps.setInt(1, limit);
      List<Map<String, Object>> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("dyad", rs.getString(1));
          row.put("events", rs.getLong(2));
          row.put("first", rs.getString(3));
          row.put("last", rs.getString(4));
          out.add(row);
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot query store: " + e.getMessage(), e);
    }
  }

  private volatile java.util.Set<String> actorCodes;

  /** Whether any event names an actor whose code starts with {@code code} (a country, or a full actor code). */
  public boolean knowsActor(String code) {
    java.util.Set<String> known = actorCodes;
    if (known == null) {
      java.util.Set<String> codes = new java.util.HashSet<>();
      try (PreparedStatement ps = conn().prepareStatement("SELECT DISTINCT source_code FROM events UNION "
          + "SELECT DISTINCT target_code FROM events"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String c = rs.getString(1);
          if (c != null) {
            for (int n = 3; n <= c.length(); n++) {
              codes.add(c.substring(0, n));
            }
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot query store: " + e.getMessage(), e);
      }
      known = java.util.Set.copyOf(codes);
      actorCodes = known;
    }
    return known.contains(code);
  }

  /** Forgets what was cached about the store's contents; call after writing. */
  public void invalidate() {
    actorCodes = null;
  }

  /** Changes whenever a document is added, replaced or removed: lets a search index tell that it is stale. */
  public String fingerprint() {
    try (PreparedStatement ps = conn().prepareStatement("SELECT count(*), coalesce(CAST(max(stored_at) AS VARCHAR), "
        + "''), coalesce(CAST(sum(hash(content_hash)) AS VARCHAR), '0') FROM documents");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3);
    } catch (SQLException e) {
      throw new StoreException("cannot query store: " + e.getMessage(), e);
    }
  }

  private Connection conn() {
    return store.readConnection();
  }

  private Page page(String select, String order, List<Object> args, int offset, int limit, String countFrom) {
    try {
      long total;
      try (PreparedStatement ps = conn().prepareStatement("SELECT count(*) FROM " + countFrom)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<Map<String, Object>> items = new ArrayList<>();
      try (PreparedStatement ps = conn().prepareStatement(select + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
        bind(ps, args);
        ps.setInt(args.size() + 1, limit);
        ps.setLong(args.size() + 2, offset);
        try (ResultSet rs = ps.executeQuery()) {
          int cols = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= cols; c++) {
              Object v = rs.getObject(c);
              row.put(rs.getMetaData().getColumnLabel(c), v instanceof java.sql.Date d ? d.toString() : v);
            }
            items.add(row);
          }
        }
      }
      return new Page(items, total);
    } catch (SQLException e) {
      throw new StoreException("cannot query store: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }

  /** A WHERE clause built from bound conditions. */
  private static final class Filter {
    final List<String> conditions = new ArrayList<>();
    final List<Object> args = new ArrayList<>();

    void contains(String column, String value) {
      if (value != null && !value.isBlank()) {
        conditions.add(column + " ILIKE ? ESCAPE '\\'");
        args.add("%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
    }

    void range(String column, String from, String to) {
      if (from != null) {
        conditions.add(column + " >= CAST(? AS DATE)");
        args.add(from);
      }
      if (to != null) {
        conditions.add(column + " <= CAST(? AS DATE)");
        args.add(to);
      }
    }

    void raw(String condition, Object... values) {
      conditions.add(condition);
      args.addAll(List.of(values));
    }

    String where() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
  }
}
