package org.parley.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class TextTest {
  private static List<String> split(String text) {
    return Text.sentences(text).stream().map((Span s) -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsAtStopsButNotAfterAbbreviationsOrInitials() {
    assertThat(split("Mr. Lavrov met Sen. Rubio in the U.S. capital. They spoke for an hour! Was it enough? "
        + "John F. Kennedy was not there."))
        .containsExactly("Mr. Lavrov met Sen. Rubio in the U.S. capital.", "They spoke for an hour!", "Was it enough?",
            "John F. Kennedy was not there.");
  }

  @Test
  void keepsClosingQuotesWithTheirSentenceAndBreaksAtParagraphs() {
    assertThat(split("\"We are ready.\" Peskov said so.\n\nA new paragraph without a stop\n\nLast one."))
        .containsExactly("\"We are ready.\"", "Peskov said so.", "A new paragraph without a stop", "Last one.");
  }

  @Test
  void lowerCaseTextSplitsAtEveryStop() {
    assertThat(split("porto sold danilo. he joins real madrid. it is a model that works."))
        .containsExactly("porto sold danilo.", "he joins real madrid.", "it is a model that works.");
  }

  @Test
  void decimalsAndEmptyText() {
    assertThat(split("Growth was 2.5 per cent. Prices rose.")).containsExactly("Growth was 2.5 per cent.",
        "Prices rose.");
    assertThat(Text.sentences("  ")).isEmpty();
  }

  @Test
  void termsDropStopwordsAndFoldPlurals() {
    assertThat(Text.terms("The talks and the sanctions were discussed")).containsExactly("talk", "sanction",
        "discuss");
  }
}
