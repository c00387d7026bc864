package org.parley.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Story;
import org.parley.store.Store;

class AggregatorTest {
  @TempDir
  Path dir;

  private static List<Document> stored(Store store) {
    List<Document> out = new ArrayList<>();
    store.forEachDocument(out::add);
    return out;
  }

  @Test
  void storesStoriesAndDuplicateLinksAndIsIdempotent() {
    List<Document> docs = Corpus.documents().stream().map(d -> Summarizer.standard().apply(new Tone().apply(d)))
        .toList();
    Document original = Corpus.byFile(docs, "15_");
    Document copy = Corpus.byFile(docs, "16_");
    List<Document> first;
    List<Story> stories;
    try (Store store = Store.open(dir)) {
      // ingested in two batches, the copy first
      for (Document d : docs.subList(11, docs.size())) {
        store.put(d);
      }
      Aggregator.refresh(store, Clusterer.Params.standard());
      for (Document d : docs.subList(0, 11)) {
        store.put(d);
      }
      Aggregator.refresh(store, Clusterer.Params.standard());
      first = stored(store);
      stories = store.stories();
      assertThat(store.stats().stories()).isEqualTo(stories.size());
    }
    Document storedCopy = first.stream().filter(d -> d.id().equals(copy.id())).findFirst().orElseThrow();
    Document storedOriginal = first.stream().filter(d -> d.id().equals(original.id())).findFirst().orElseThrow();
    assertThat(storedCopy.duplicateOf()).isEqualTo(original.id());
    assertThat(storedCopy.story()).isEqualTo(storedOriginal.story()).isNotNull();
    assertThat(storedOriginal.via()).extracting(v -> v.name()).contains("Northwind News");
    assertThat(first).allMatch(d -> d.story() != null);
    assertThat(stories.stream().mapToInt(s -> s.documents().size()).sum()).isEqualTo(docs.size());

    // everything again, in one batch: nothing changes
    try (Store store = Store.open(dir)) {
      for (Document d : docs) {
        assertThat(store.put(d)).isEqualTo(Store.Change.UNCHANGED);
      }
      Aggregator.refresh(store, Clusterer.Params.standard());
      assertThat(stored(store)).isEqualTo(first);
      assertThat(store.stories()).isEqualTo(stories);
    }
  }
}
