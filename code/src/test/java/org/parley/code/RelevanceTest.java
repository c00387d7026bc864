package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.code.EventCoderTest.code;
import static org.parley.code.EventCoderTest.has;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;

/** The relevance gate: political sentences are coded, crime, business and private-life stories are not. */
class RelevanceTest {
  static final EventCoder ALL = EventCoder.with(null, null, false, true);

  static List<Event> ungated(String text) {
    return ALL.codeSentences(text, "2025-10-27");
  }

  @Test
  void sentencesWithoutAPoliticalActorAreNotCoded() {
    // private persons and companies only: the ungated coder finds an event, the standard one does not
    String feud = "Mary Jones sued her neighbour Tom Baker over a fence.";
    assertThat(ungated(feud)).isNotEmpty();
    assertThat(code(feud)).isEmpty();
    String business = "Acme Widgets Corp. accused Globex Inc. of stealing its designs.";
    assertThat(ungated(business)).isNotEmpty();
    assertThat(code(business)).isEmpty();
    // the same verbs between states are coded
    assertThat(has("Hungary sued the European Commission over the migrant quotas.", "HUN", "", null)).isTrue();
    assertThat(has("China accused the United States of stealing its designs.", "CHN", "112", "USA")).isTrue();
  }

  @Test
  void politicalNamesTheRegistryDoesNotKnowCount() {
    // an institution word or an acronym makes an unknown name a political actor
    assertThat(code("The Ministry of Fisheries condemned the decision.")).isNotEmpty();
    assertThat(code("The MNLF accused the army of breaking the truce.")).isNotEmpty();
    // a local councillor is a member of government
    assertThat(has("City Councilman John Smith criticized the mayor.", "GOV", "11", null)).isTrue();
  }

  @Test
  void localCrimeStoriesKeepOnlyActsOfTheState() {
    // police only reporting a murder between private persons: nothing
    String murder = "Two men were stabbed in a bar fight on Saturday night, police said.";
    assertThat(ungated(murder)).isNotEmpty();
    assertThat(code(murder)).isEmpty();
    // police acting on a person: coded, with what they said about it
    String arrest = "Police arrested a man suspected of the murder of his neighbour, officials said.";
    assertThat(has(arrest, "COP", "173", null)).isTrue();
    assertThat(has(arrest, "GOV", "010", null)).isTrue();
    // a court case between companies: nothing; a state's case against a company: coded
    assertThat(code("Acme Corp. said the court fined its rival for fraud.")).noneMatch(e -> e.source().code() == null);
    assertThat(has("The Indian government banned the company's shares over fraud.", "IND", "", null)).isTrue();
  }

  @Test
  void countriesNamedAsPlacesDoNotMakeAStoryPolitical() {
    String flu = "In the United Kingdom, the flu virus has killed six people this winter.";
    assertThat(ungated(flu)).isNotEmpty();
    assertThat(code(flu)).isEmpty();
    // a country acting is political, whatever the domain
    assertThat(has("The United Kingdom accused China of hiding the outbreak of the virus.", "GBR", "112", "CHN"))
        .isTrue();
  }

  @Test
  void violenceWithoutANamedPerpetratorIsCoded() {
    assertThat(code("Many villagers were killed and dozens were wounded in the raid.")).isNotEmpty();
    // but not a private-life accident or crime
    assertThat(code("Many villagers were killed when the hurricane struck.")).isEmpty();
    assertThat(code("A woman was stabbed and robbed in her apartment on Sunday.")).isEmpty();
    // words of political violence outweigh words of private crime
    assertThat(code("Dozens of women were raped and stabbed during the militia attack on the village.")).isNotEmpty();
  }

  @Test
  void statementsNeedASpeaker() {
    assertThat(code("The new curfew was announced for Iran on Tuesday.")).noneMatch(e -> e.root().equals("01"));
    assertThat(has("Iran announced a new curfew on Tuesday.", "IRN", "01", null)).isTrue();
  }

  @Test
  void protestIsCodedWhoeverProtests() {
    // teachers and workers have no country or office, but a strike is political event data
    assertThat(code("Teachers from the city's public schools went on strike for better pay.")).isNotEmpty();
  }

  @Test
  void idiomsAreNoEvents() {
    // "hailing from" is where someone comes from, not praise (code - in verbs.tsv)
    assertThat(code("A student hailing from Kabul met the Afghan ambassador.")).noneMatch(e -> e.cameo().equals("051"));
    assertThat(has("Iran hailed the agreement with Russia.", "IRN", "051", null)).isTrue();
  }
}
