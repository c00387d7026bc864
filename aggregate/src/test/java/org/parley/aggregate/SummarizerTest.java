package org.parley.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;

class SummarizerTest {
  private static final String ARTICLE = String.join(" ",
      "Russia and Ukraine agreed on Sunday to a local ceasefire around the Zaporizhzhia nuclear plant so that "
          + "engineers can repair a damaged power line.",
      "It was brokered by the International Atomic Energy Agency after weeks of talks in Vienna.",
      "Photo: the plant at dusk.",
      "The International Atomic Energy Agency said the repairs at the Zaporizhzhia plant would take several days "
          + "and that its inspectors would watch the ceasefire.",
      "Russia launched missiles and drones at gas fields in the Kharkiv region overnight, the energy company said.",
      "Ukraine's gas output fell by a large share as the heating season began, officials in Kyiv said on Monday.",
      "The ceasefire around the Zaporizhzhia plant was agreed by Russia and Ukraine on Sunday so engineers can "
          + "repair a damaged line.");

  @Test
  void givesTheRequestedNumberOfSentencesInTextOrder() {
    List<String> s = Summarizer.standard().summarize(ARTICLE, "Local truce at Zaporizhzhia nuclear plant");
    assertThat(s).hasSize(3);
    assertThat(s.getFirst()).startsWith("Russia and Ukraine agreed");
    List<Integer> positions = s.stream().map(ARTICLE::indexOf).toList();
    assertThat(positions).isSorted().doesNotContain(-1);
    assertThat(Summarizer.of(1).summarize(ARTICLE, null)).hasSize(1);
    assertThat(Summarizer.of(10).summarize(ARTICLE, null)).hasSizeLessThanOrEqualTo(7);
  }

  @Test
  void avoidsCaptionsPronounOpeningsAndRepeats() {
    List<String> s = Summarizer.standard().summarize(ARTICLE, null);
    assertThat(s).noneMatch(x -> x.startsWith("Photo:"));
    assertThat(s).noneMatch(x -> x.startsWith("It was brokered"));
    assertThat(s).noneMatch(x -> x.startsWith("The ceasefire around the Zaporizhzhia plant was agreed"));
  }

  @Test
  void stageFillsTheSummaryAndHandlesEmptyText() {
    Document d = Document.builder().id("a").text(ARTICLE).build();
    assertThat(Summarizer.standard().apply(d).summary()).hasSize(3);
    assertThat(Summarizer.standard().apply(Document.builder().id("b").text("").build()).summary()).isEmpty();
    assertThat(Summarizer.standard().summarize("One sentence only", null)).containsExactly("One sentence only");
    assertThatThrownBy(() -> Summarizer.of(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weakOpenings() {
    assertThat(Summarizer.weakOpening("He said so.")).isTrue();
    assertThat(Summarizer.weakOpening("However, the talks went on.")).isTrue();
    assertThat(Summarizer.weakOpening("Helsinki hosted the talks.")).isFalse();
  }
}
