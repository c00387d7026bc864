package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting on texts written for these tests. */
class NlpTest {
  @Test
  void aHeadlineOnItsOwnLineIsASentenceButAWrappedLineIsNot() {
    String text = "Port strike enters third week\nDock workers in Valparaiso kept their pickets up on Monday, "
        + "and the union said\nno talks were planned.";
    List<Nlp.Sentence> ss = Nlp.analyze(text, false);
    assertThat(ss).hasSize(2);
    assertThat(text.substring(ss.get(0).start(), ss.get(0).end())).isEqualTo("Port strike enters third week");
    assertThat(text.substring(ss.get(1).start(), ss.get(1).end())).startsWith("Dock workers")
        .endsWith("no talks were planned.");
  }

  @Test
  void aParagraphBreakStillEndsASentence() {
    String text = "The envoys met in Oslo\n\nthey did not agree on a date.";
    assertThat(Nlp.analyze(text, false)).hasSize(2);
  }
}
