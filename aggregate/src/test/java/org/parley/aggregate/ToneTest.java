package org.parley.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Quote;

class ToneTest {
  @Test
  void cooperationIsPositiveViolenceNegative() {
    assertThat(Tone.of("The two governments welcomed the peace agreement and praised the constructive talks."))
        .isPositive();
    assertThat(Tone.of("Missiles struck the city, killing dozens, and the attack was condemned.")).isNegative();
    assertThat(Tone.of("The committee met on Tuesday in Geneva.")).isZero();
    assertThat(Tone.of("")).isNull();
  }

  @Test
  void negationTurnsTheSign() {
    assertThat(Tone.of("This is not a war.")).isPositive();
    assertThat(Tone.of("They did not agree.")).isNegative();
  }

  @Test
  void stemsAndHyphensMatch() {
    assertThat(Tone.of("sanctions")).isEqualTo(Tone.of("sanctioned"));
    assertThat(Tone.of("a de-escalation")).isPositive();
    assertThat(Tone.of("window winter determine")).isZero();
  }

  @Test
  void stageScoresTheDocumentAndEachQuote() {
    Quote q = new Quote("Peskov", null, "RUSGOV", "We condemn this attack", true, "said", 0, 22, -1, -1);
    Document d = new Tone().apply(Document.builder().id("x").text("We condemn this attack. Talks welcome.")
        .quotes(List.of(q)).build());
    assertThat(d.tone()).isNotNull();
    assertThat(d.quotes().getFirst().tone()).isNegative();
    assertThat(d.quotes().getFirst().text()).isEqualTo(q.text());
  }
}
