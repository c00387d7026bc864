package org.parley.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.EventActor;
import org.parley.model.Json;
import org.parley.model.Source;
import org.parley.model.Via;
import org.parley.store.Store;

/**
 * Assigns stories and {@code duplicate_of} to everything in a store. The clustering runs over the stored articles in
 * publication order (then id), one article at a time, so the result depends only on what is stored, never on the
 * order or the batches in which it was ingested: re-ingesting the same inputs changes nothing.
 */
public final class Aggregator {
  private Aggregator() {
  }

  /** Clusters the store's documents and writes stories, duplicate links and syndication chains back. */
  public static Clusterer.Result refresh(Store store, Clusterer.Params params) {
    List<Document> docs = readForClustering(store);
    Clusterer.Result result = Clusterer.cluster(docs, params);
    store.setAggregates(rows(docs, result), result.stories());
    return result;
  }

  /**
   * What clustering decided for each of {@code docs} (which need id, url, outlet and via): story, original and the
   * syndication chain ({@code via}), the copies' outlets added to their original's.
   */
  public static List<Store.Aggregates> rows(List<Document> docs, Clusterer.Result result) {
    Map<String, Document> byId = new HashMap<>();
    Map<String, List<Document>> copies = new HashMap<>();
    for (Document d : docs) {
      byId.put(d.id(), d);
    }
    for (Clusterer.Assignment a : result.assignments().values()) {
      if (a.duplicateOf() != null) {
        copies.computeIfAbsent(a.duplicateOf(), k -> new ArrayList<>()).add(byId.get(a.id()));
      }
    }
    List<Store.Aggregates> rows = new ArrayList<>(docs.size());
    for (Document d : docs) {
      Clusterer.Assignment a = result.assignments().get(d.id());
      List<Via> via = a.duplicateOf() != null
          ? Clusterer.viaOfCopy(d, byId.get(a.duplicateOf()))
          : Clusterer.viaOfOriginal(d, copies.getOrDefault(d.id(), List.of()));
      rows.add(new Store.Aggregates(d.id(), a.story(), a.duplicateOf(), via));
    }
    return rows;
  }

  private static final TypeReference<List<Via>> VIAS = new TypeReference<>() { };

  /**
   * The stored documents with what clustering reads (headline, text, date, outlet, chain, entity names, event
   * dyads), in three table scans rather than document by document.
   */
  static List<Document> readForClustering(Store store) {
    Connection conn = store.connection();
    Map<String, List<Entity>> entities = new HashMap<>();
    Map<String, List<Event>> events = new HashMap<>();
    List<Document> docs = new ArrayList<>();
    synchronized (store) {
      try (Statement st = conn.createStatement()) {
        try (ResultSet rs = st.executeQuery("SELECT doc_id, text, canonical FROM entities ORDER BY doc_id, ord")) {
          while (rs.next()) {
            entities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new Entity(rs.getString(2), null, rs.getString(3), null, null, null, null));
          }
        }
        try (ResultSet rs = st.executeQuery(
            "SELECT doc_id, source_code, target_code FROM events ORDER BY doc_id, ord")) {
          while (rs.next()) {
            events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Event(
                new EventActor(null, rs.getString(2)), new EventActor(null, rs.getString(3)), null, null, null, 0, 0,
                null, 0, 0, null, null));
          }
        }
        try (ResultSet rs = st.executeQuery("SELECT id, url, title, via, source_name, source_domain, published, "
            + "text FROM documents ORDER BY published_day NULLS LAST, id")) {
          while (rs.next()) {
            String id = rs.getString(1);
            String via = rs.getString(4);
            docs.add(Document.builder().id(id).url(rs.getString(2)).title(rs.getString(3))
                .via(via == null ? List.of() : Json.mapper().readValue(via, VIAS))
                .source(rs.getString(5) == null && rs.getString(6) == null ? null
                    : new Source(rs.getString(5), rs.getString(6)))
                .published(rs.getString(7)).text(rs.getString(8)).entities(entities.get(id)).events(events.get(id))
                .build());
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the store: " + e.getMessage(), e);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("bad via in the store: " + e.getMessage(), e);
      }
    }
    return docs;
  }
}
