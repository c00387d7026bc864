package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.EventCoderTest.code;
import static org.parley.code.EventCoderTest.has;
import static org.parley.code.EventCoderTest.triples;

import org.junit.jupiter.api.Test;

/** Sentences that name actors but report no event between them, and the events that must survive the rules. */
class FalseEventsTest {

  @Test
  void generalIsNoMilitaryActorInCivilianPhrases() {
    assertThat(triples("Voters in Chile went to the polls on Sunday for a general election."))
        .noneMatch(x -> x.contains("MIL"));
    assertThat(code("Peruvians go to the polls in the first general election since the reform.")).isEmpty();
    assertThat(triples("The Inspector General criticized the Pentagon's audit."))
        .noneMatch(x -> x.startsWith("MIL") || x.startsWith("USAMIL"));
  }

  @Test
  void aPassiveWithAVagueAgentIsNoEvent() {
    assertThat(code("The French envoy was criticized by many as too soft on Iran.")).isEmpty();
    assertThat(code("The minister was condemned by some for the delay.")).isEmpty();
    // a named agent still acts
    assertThat(has("The French envoy was criticized by Iran.", "IRN", "11", "FRA")).isTrue();
  }

  @Test
  void aCountryInsideALongerNameIsNotTheCountry() {
    assertThat(triples("The riders of Cycling Team Norway abandoned their plan after the storm."))
        .noneMatch(x -> x.startsWith("NOR"));
    // a direction names a part of the country
    assertThat(has("Rebels in Northern Mali attacked an army post.", null, "1", null)).isTrue();
    assertThat(has("Israeli jets bombed targets in Southern Lebanon.", "ISR", "195", null)).isTrue();
  }

  @Test
  void theTargetIsNotTakenFromTheNextClause() {
    // "convene" alone is no consultation, and the party of the next clause is no target
    assertThat(code("The new parliament convenes in March and a Labour majority is certain.")).isEmpty();
    assertThat(has("The Taliban seized the town and a police post.", "AFGREB", "1", "COP")).isTrue();
    assertThat(triples("Ukraine's army advanced near Izium and the Russian command was forced to retreat."))
        .noneMatch(x -> x.matches("UKRMIL 0?4.*RUS.*"));
  }

  @Test
  void arrivingAtAnOccasionIsNoVisit() {
    assertThat(code("The former aide arrives at a closed-door hearing before the Senate Intelligence Committee."))
        .isEmpty();
    assertThat(has("Putin arrived in Beijing on Tuesday.", "RUS", "042", "CHN")).isTrue();
    assertThat(has("Japan sent its foreign minister to visit Canberra.", "JPN", "042", "AUS")).isTrue();
  }

  @Test
  void aReasonAfterForIsNotANewEvent() {
    assertThat(triples("The premier will be honoured at the congress for defending Dutch interests in Brussels."))
        .noneMatch(x -> x.contains(" 03"));
    assertThat(has("Washington praised Kyiv for its reforms.", "USA", "051", "UKR")).isTrue();
  }

  @Test
  void proceduralPhrasesAreNoEvents() {
    assertThat(code("The list is annexed hereto (see annex II).")).isEmpty();
    assertThat(code("With respect to Iraq, the Panel found no new facts.")).isEmpty();
    assertThat(code("At its 5120th meeting, the Security Council heard the briefing.")).isEmpty();
    // the verb still codes
    assertThat(has("Russia annexed Crimea in 2014.", "RUS", "192", null)).isTrue();
  }

  @Test
  void aWordAfterADeterminerAndAnAdjectiveIsANoun() {
    assertThat(code("During the presidential retreat the Chilean cabinet set its priorities.")).isEmpty();
    assertThat(triples("The governor of Texas welcomed the executive order.")).noneMatch(x -> x.contains(" 10"));
  }

  @Test
  void referencesToReportsAreNoStatements() {
    assertThat(code("No new cases were recorded in Kenya during the reporting period.")).isEmpty();
    assertThat(code("The court in Kenya, as reported in the press, remained closed.")).isEmpty();
    assertThat(has("Kenya reported that the court remained closed.", "KEN", "01", null)).isTrue();
  }
}
