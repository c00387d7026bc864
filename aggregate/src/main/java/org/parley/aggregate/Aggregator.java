package org.parley.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Document;
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
    List<Document> docs = new ArrayList<>();
    store.forEachDocument(docs::add);
    Clusterer.Result result = Clusterer.cluster(docs, params);
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
      List<org.parley.model.Via> via = a.duplicateOf() != null
          ? Clusterer.viaOfCopy(d, byId.get(a.duplicateOf()))
          : Clusterer.viaOfOriginal(d, copies.getOrDefault(d.id(), List.of()));
      rows.add(new Store.Aggregates(d.id(), a.story(), a.duplicateOf(), via));
    }
    store.setAggregates(rows, result.stories());
    return result;
  }
}
