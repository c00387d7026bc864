package org.parley.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventActor;
import org.parley.model.Quote;
import org.parley.store.Store;

class DigestTest {
  @TempDir
  Path dir;

  @Test
  void digestOfTheSampleCorpus() {
    try (Store store = Store.open(dir)) {
      for (Document d : Corpus.documents()) {
        d = Summarizer.standard().apply(new Tone().apply(d));
        if (d.input().contains("14_")) {
          d = d.toBuilder().quotes(List.of(new Quote("Vladimir Putin", null, "RUSGOV",
              "We agreed that our teams will prepare a meeting in Budapest", true, "said", 0, 10, -1, -1)))
              .events(List.of(new Event(new EventActor("Putin", "RUSGOV"), new EventActor("Trump", "USAGOV"), "041",
                  "04", null, 1.0, 1, "s", 0, 1, "2025-10-16", null))).build();
        }
        store.put(d);
      }
      Aggregator.refresh(store, Clusterer.Params.standard());
      String md = Digest.render(store, null, null, false, 3);
      assertThat(md).startsWith("# Parley digest").contains("## Top stories", "## Notable quotes",
          "## Dyads that moved most", "**Vladimir Putin**", "| RUS-USA | 1 | +1.0 | +0.00 | 0.00 | [1](https://www.meridianpost.example/");
      assertThat(md.split("\n### ")).hasSize(4);
      // every summary sentence and quote links to its article
      assertThat(md.lines().filter(l -> l.startsWith("- "))).allMatch(l -> l.contains("]("));
      String html = Digest.render(store, "2025-10-01", "2025-10-31", true, 3);
      assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Top stories</h2>", "<a href=\"")
          .doesNotContain("Kim Jong Un holds talks");
      String empty = Digest.render(store, "2030-01-01", "2030-01-31", false, 3);
      assertThat(empty).contains("0 articles", "No coded events");
    }
  }
}
