package org.parley.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Quote;

class StanceTest {
  @Test
  void advocacyOfTalksIsDialogueAndOfSanctionsIsPressure() {
    assertThat(Stance.sentence("The foreign minister urged both sides to return to the negotiating table."))
        .isPositive();
    assertThat(Stance.sentence("The foreign minister urged both sides to resume negotiations.")).isPositive();
    assertThat(Stance.sentence("Several senators called for tougher sanctions on Moscow.")).isNegative();
    assertThat(Stance.sentence("Europe must keep up the pressure until the troops withdraw.")).isNegative();
    assertThat(Stance.sentence("There is no alternative to a diplomatic solution, the envoy said.")).isPositive();
  }

  @Test
  void rejectionTurnsTheSide() {
    assertThat(Stance.sentence("Beijing rejected new tariffs as harmful to both economies.")).isPositive();
    assertThat(Stance.sentence("He dismissed the talks as a waste of time.")).isNegative();
    assertThat(Stance.sentence("The talks, he said, were a waste of time.")).isZero(); // the cue after the term
    assertThat(Stance.sentence("The hawks oppose any negotiations with the junta.")).isNegative();
  }

  @Test
  void aNegationBetweenCueAndTermTurnsItAndReportsTakeNoStance() {
    assertThat(Stance.sentence("Washington should not impose sanctions on its allies.")).isPositive();
    assertThat(Stance.sentence("We do not want more sanctions.")).isPositive();
    assertThat(Stance.sentence("The talks resumed in Geneva on Tuesday.")).isZero();
    assertThat(Stance.sentence("Sanctions were imposed on three banks last week.")).isZero();
    assertThat(Stance.sentence("The two leaders will seek to strike a deal at the summit.")).isPositive();
  }

  @Test
  void aDocumentWeighsItsSentencesAndEachQuoteGetsItsOwn() {
    String text = "The chancellor called for talks with Moscow. She urged a ceasefire before winter. "
        + "Her rival demanded more weapons for Kyiv.";
    assertThat(Stance.of(text)).isEqualTo(Stance.DIALOGUE);
    assertThat(Stance.of("Critics demanded more weapons. Others urged a ceasefire.")).isEqualTo(Stance.MIXED);
    assertThat(Stance.of("The meeting lasted two hours.")).isNull();
    assertThat(Stance.of("")).isNull();
    Document d = Document.builder().id("d").text(text).quotes(List.of(
        new Quote("Rival", null, null, "more weapons for Kyiv are needed now, and we must impose sanctions", false,
            "said", 0, 10, -1, -1),
        new Quote("Aide", null, null, "the weather was fine", true, "said", 0, 10, -1, -1))).build();
    Document out = new Stance().apply(d);
    assertThat(out.stance()).isEqualTo(Stance.DIALOGUE);
    assertThat(out.quotes().get(0).stance()).isEqualTo(Stance.PRESSURE);
    assertThat(out.quotes().get(1).stance()).isNull();
  }
}
