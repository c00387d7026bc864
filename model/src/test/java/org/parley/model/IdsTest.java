package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void theSameUrlGivesTheSameIdWhateverItsSpelling() {
    String a = Ids.forDocument("https://www.Example.org/news/1#top", "one text");
    String b = Ids.forDocument("http://example.org:80/news/1", "another text");
    assertThat(a).isEqualTo(b).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(Ids.forDocument("https://example.org/news/2", "one text")).isNotEqualTo(a);
  }

  @Test
  void withoutAUrlTheNormalisedTextDecides() {
    String a = Ids.forDocument(null, "Peskov said \u201cno.\u201d\n\n  Then   left.");
    String b = Ids.forDocument("", "peskov said \"no.\" then left.");
    assertThat(a).isEqualTo(b);
    assertThat(Ids.forDocument(null, "Peskov said yes.")).isNotEqualTo(a);
  }

  @Test
  void aMalformedUrlFallsBackToTheText() {
    assertThat(Ids.forDocument("not a url", "text")).isEqualTo(Ids.forDocument(null, "text"));
  }
}
