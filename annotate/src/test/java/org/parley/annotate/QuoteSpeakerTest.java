package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Quote;

/** Who speaks: the speaker span chosen for a report, on sentences written for these tests. */
class QuoteSpeakerTest {
  static Annotator annotator;

  @BeforeAll
  static void load() {
    annotator = Annotator.standard();
  }

  /** The text of the speaker span of the quote whose words contain {@code contains}. */
  private static String speakerOf(String text, String contains) {
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote q = qs.stream().filter(x -> x.text().contains(contains)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + contains + "' in " + qs));
    assertThat(q.speakerStart()).as("speaker of '%s'", contains).isGreaterThanOrEqualTo(0);
    return text.substring(q.speakerStart(), q.speakerEnd());
  }

  @Test
  void sheIsTheOnePersonNamedJustBeforeWhenNothingShowsThatPersonAsAMan() {
    java.util.function.Function<String, String> speaker = text -> annotator.annotate(text, null).quotes().stream()
        .filter(q -> q.text().contains("pier was old")).findFirst().orElseThrow().speaker();
    assertThat(speaker.apply("Ragna Holm spoke on Monday. She said the pier was old.")).isEqualTo("Ragna Holm");
    assertThat(speaker.apply("Ragna Holm met Eirik Lund on Monday. She said the pier was old.")).isEqualTo("She");
    assertThat(speaker.apply("Donald Holm spoke on Monday. She said the pier was old.")).isEqualTo("She");
  }

  @Test
  void wordsQuotedAgainWithoutAttributionAreTheirFirstSpeakers() {
    String text = "\"The pier is ours, and we will not sell it to anyone,\" Ragna Holm said.\n\nEirik Lund said the "
        + "council would vote on Monday.\n\n\"The pier is ours, and we will not sell it.\"\n\nThe vote is due next week.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().startsWith("The pier is ours")).hasSize(2)
        .allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
    assertThat(speakerOf(text, "council would vote")).isEqualTo("Eirik Lund");
  }

  @Test
  void aGerundThatOpensTheSentenceTakesTheSubjectAfterItsClause() {
    String text = "The harbour.\n\nIn announcing the new winter timetable for the ferries, Ragna Holm promised that "
        + "no route would close.";
    assertThat(speakerOf(text, "winter timetable")).contains("Holm");
  }

  @Test
  void aParticipleAfterAPostposedVerbOfSayingTakesThatVerbsSubject() {
    String text = "The harbour.\n\nRagna Holm and the union will meet next week, Eirik Lund said, adding that fares "
        + "would rise in March.";
    assertThat(speakerOf(text, "fares would rise")).contains("Lund");
  }

  @Test
  void aSecondVerbJoinedByAndTakesTheSubjectOfTheFirst() {
    String text = "The harbour.\n\nEirik Lund met Ragna Holm in December and declared that the port would stay open "
        + "all winter.";
    assertThat(speakerOf(text, "port would stay open")).contains("Lund");
  }

  @Test
  void aNameFollowedByItsVerbIsNoTitleBeforeTheNextName() {
    String text = "The harbour.\n\nRagna Holm offered her support to Mayor Eirik Lund on Wednesday, saying the "
        + "harbour plan was sound.";
    assertThat(speakerOf(text, "harbour plan was sound")).contains("Holm");
  }

  @Test
  void wordsThatCannotOpenASubjectAreSkipped() {
    String text = "The harbour.\n\nRagna Holm, who chairs the harbour board, on Friday declared that the port would "
        + "stay open.";
    assertThat(speakerOf(text, "port would stay open")).contains("Holm");
  }

  @Test
  void aRelativePronounAcrossAuxiliariesIsTheSubject() {
    String text = "The harbour.\n\nThe old pier was closed by Eirik Lund, who has in the past described the crane "
        + "as a relic.";
    assertThat(speakerOf(text, "the crane as a relic")).isEqualTo("Eirik Lund, who");
  }

  @Test
  void aNounCueUsedAsAVerbTakesItsSubject() {
    String text = "The harbour.\n\nThe Northport Gazette reports that the new crane was sold to a shipyard in March.";
    assertThat(speakerOf(text, "new crane was sold")).contains("Gazette");
  }

  @Test
  void theSubjectOfAVerbOfAppearanceIsItsSourceWhenItCanHoldAView() {
    String text = "The harbour.\n\nBefore the storm, Ragna Holm seemed hopeful that the ferries would run all winter.";
    assertThat(speakerOf(text, "ferries would run")).contains("Holm");
  }

  @Test
  void aDatelineIsNoSpeaker() {
    String text = "NORTHPORT (AP) \u2014 Ragna Holm opened the new pier on Monday, saying the port would double its "
        + "traffic by spring.";
    assertThat(speakerOf(text, "double its traffic")).contains("Holm");
  }

  @Test
  void theSubjectAfterASubordinatingWordIsTheSpeaker() {
    String text = "The harbour.\n\nRagna Holm closed the old pier in March, though the ferry captains may well warn "
        + "that the new timetable will fail.";
    assertThat(speakerOf(text, "new timetable will fail")).contains("captains");
  }

  @Test
  void aNameBeforeALongAsideWithCommasIsTheSpeaker() {
    String text = "The harbour.\n\nRagna Holm, who grew up near the docks of Bergen, Norway, in the 1970s, said that the "
        + "ferries would keep running all winter.";
    assertThat(speakerOf(text, "ferries would keep running")).contains("Holm");
  }

  @Test
  void aParticipleTakesTheNounPhraseThatOpensTheMainClause() {
    String text = "The harbour.\n\nBoth captains stiffened their criticism of Eirik Lund, saying that he lacked the "
        + "skill to run the port.";
    assertThat(speakerOf(text, "lacked the skill")).contains("captains");
  }

  @Test
  void aParticipleAfterAnAdverbInLyTakesTheMainClausesSubject() {
    String text = "The harbour.\n\nRagna Holm has raised doubts about Lund's plans for the port, falsely suggesting "
        + "that the pier was unsafe.";
    assertThat(speakerOf(text, "pier was unsafe")).contains("Holm");
  }

  @Test
  void aDayBetweenASubjectAndItsVerbKeepsItTheSubject() {
    String text = "The harbour.\n\nInside the ferry terminal, Ragna Holm on Tuesday dismissed Mayor Eirik Lund as a "
        + "weak leader, arguing that the port had lost money.";
    assertThat(speakerOf(text, "port had lost money")).contains("Holm");
  }

  @Test
  void aNameWithATitleAfterThatOpensNoMainClause() {
    String text = "The harbour.\n\nShe even made a few jokes that Mr. Lund might enjoy, describing her first voyage to "
        + "the islands.";
    assertThat(speakerOf(text, "first voyage")).isEqualTo("She");
  }

  @Test
  void anOpeningGerundSkipsARelativeClauseBeforeTheSubject() {
    String text = "The harbour.\n\nAfter thanking the crowd, which chanted his name, he praised the new pier.";
    assertThat(speakerOf(text, "the crowd")).isEqualTo("he");
  }

  @Test
  void aWordLikeHereIsNoSpeakerOnItsOwn() {
    String text = "The harbour.\n\nHere are some ways his campaign hopes to win support from sailors.";
    assertThat(speakerOf(text, "win support")).contains("campaign");
  }

  @Test
  void theSubjectOfAClauseJoinedByAndIsTheSpeaker() {
    String text = "The harbour.\n\nEirik Lund gave no further details, and his campaign did not respond to questions "
        + "about the pier.";
    assertThat(speakerOf(text, "questions about the pier")).contains("campaign");
  }

  @Test
  void theSubjectAfterASubordinatingWordBeatsTheSentencesSubject() {
    String text = "The harbour.\n\nA walkout is set as union leaders warn that the harbour plan will fail.";
    assertThat(speakerOf(text, "harbour plan will fail")).isEqualTo("union leaders");
  }

  @Test
  void theAgentOfAPassiveCueAfterByIsTheSpeaker() {
    String text = "The harbour.\n\nHe was recommended for the job by Ragna Holm, the longtime harbour master.";
    assertThat(speakerOf(text, "the job")).isEqualTo("Ragna Holm");
    String asked = "The harbour.\n\nDuring the debate, Lund was asked by the radio host whether the ferries would run "
        + "all winter.";
    assertThat(speakerOf(asked, "ferries would run")).isEqualTo("the radio host");
  }

  @Test
  void theMainSubjectFollowsAnOpeningSubordinateClause() {
    String text = "The harbour.\n\nWhen the opening night of the harbour festival ended here, the mayor's advisers were "
        + "exuberant and confident that the crowds would return.";
    assertThat(speakerOf(text, "crowds would return")).contains("advisers");
  }

  @Test
  void theObjectOfAVerbOfCausingIsTheSpeaker() {
    String text = "The harbour.\n\nThe closure of the pier left many sailors to wonder whether the ferries would run at "
        + "all.";
    assertThat(speakerOf(text, "ferries would run")).isEqualTo("many sailors");
  }

  @Test
  void aParticipleTakesANounPhraseOpenedByEach() {
    String text = "The harbour.\n\nEach crew projected its own hopes onto Eirik Lund, believing that he would save the "
        + "old pier.";
    assertThat(speakerOf(text, "save the old pier")).isEqualTo("Each crew");
  }

  @Test
  void aParticipleAfterAQuotedTitleWithItsCommaTakesTheMainSubject() {
    String text = "The harbour.\n\nRagna Holm addressed the dispute in an interview on \"Harbour Morning,\" adding that "
        + "the ferries would run all winter.";
    assertThat(speakerOf(text, "ferries would run")).isEqualTo("Ragna Holm");
  }

  @Test
  void theMainSubjectFollowsAnOpeningPhraseWithUnder() {
    String text = "The harbour.\n\nUnder the new harbour law, all captains must declare publicly whether they carry "
        + "passengers for the board.";
    assertThat(speakerOf(text, "carry passengers")).isEqualTo("all captains");
  }

  @Test
  void aNameInAppositionToANounPhraseAfterADirectQuoteSpeaksAndTheWordsStayInTheMarks() {
    String text = "The harbour.\n\n\"We have waited long enough for the new quay,\" a local official, Deputy Mayor "
        + "Ragna Holm, told the harbour newspaper.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.getFirst().text()).isEqualTo("We have waited long enough for the new quay,");
    assertThat(speakerOf(text, "new quay")).contains("Ragna Holm");
    String plain = "The harbour.\n\n\"The quay opens in May,\" the harbour master, Eirik Lund, said.";
    assertThat(annotator.annotate(plain, null).quotes().getFirst().text()).isEqualTo("The quay opens in May,");
    assertThat(speakerOf(plain, "quay opens")).isEqualTo("Eirik Lund");
  }

  @Test
  void aRoleNounBeforeANameAfterAccordingToIsAnAdjective() {
    String text = "The harbour.\n\nAccording to the official Harbour Gazette, the quay will open in May.";
    assertThat(speakerOf(text, "quay will open")).isEqualTo("the official Harbour Gazette");
  }

  @Test
  void aSpeakerPhraseHoldsNoConjunctionAndNoClauseBeforeItsSubject() {
    String text = "The harbour.\n\nThe ferry left the quay at dawn while harbour pilots denounced the new fees. The plan "
        + "still needs a vote, and councillors expect the mayor to sign it.";
    assertThat(speakerOf(text, "new fees")).isEqualTo("harbour pilots");
    assertThat(speakerOf(text, "mayor to sign")).isEqualTo("councillors");
    String coordinated = "The harbour.\n\nPilots and dockers said the fees were too high.";
    assertThat(speakerOf(coordinated, "fees were too high")).isEqualTo("Pilots and dockers");
  }

  @Test
  void aClauseOpenedByASubordinatorAfterTheWordsIsNoPostposedAttribution() {
    String text = "The harbour.\n\nPort officials said that the fees would stay for now, while the talks continued.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("that the fees would stay for now");
      assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Port officials");
    });
  }

  @Test
  void aBodyNamedWithItsCountryAfterAccordingToIsTheWholeNounPhraseAndItsRelativeClauseIsNoWords() {
    String text = "The harbour.\n\nThe ferry hit the quay twice, according to the Norwegian coast guard, which said "
        + "no one was hurt.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> "according to".equals(q.cue())).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The ferry hit the quay twice");
      assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("the Norwegian coast guard");
    });
  }

  @Test
  void toAddToSomethingIsNoSaying() {
    String text = "The harbour.\n\nFour ferries were added to the winter timetable. Ragna Holm added that the fares "
        + "would rise, adding to pressure on the council.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("that the fares would rise");
      assertThat(q.cue()).isEqualTo("added");
    });
  }

  @Test
  void aClauseOpenedByWhereAfterACommaIsTheWordsOfItsOwnAppearance() {
    String text = "The harbour.\n\nThe board meets in Tromso next week, where the winter fares are expected to top "
        + "the agenda.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("winter fares")).singleElement()
        .satisfies(q -> assertThat(q.text()).startsWith("the winter fares").doesNotContain("board"));
  }

  @Test
  void wordsAfterThatThatOpenWithAPrepositionAreAClauseNotAPlace() {
    String text = "The harbour.\n\nRagna Holm has rejected both plans, but says that in hindsight she would have "
        + "built the pier.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> "says".equals(q.cue())).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("that in hindsight she would have built the pier"));
  }

  @Test
  void aNounPhraseGoingOnWithAVerbAfterAQuoteAndSaidIsNoSpeakerOfTheQuote() {
    String text = "The harbour.\n\nRagna Holm, citing \"the fine old traditions of the port,\" said the pier could "
        + "stand another century.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("fine old traditions")).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
    assertThat(qs).filteredOn(q -> "said".equals(q.cue())).singleElement().satisfies(q -> {
      assertThat(q.text()).contains("the pier could stand another century");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
  }

  @Test
  void aNounCueAfterAPrepositionOfCauseHasNoSpeakerInItsClause() {
    String text = "Grain prices.\n\nBarley futures slid on fears that the northern buyers would stay away. Ferry "
        + "shares fell amid concerns that the new timetable would fail. Farmers fear that the rain will come late.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("stay away")).singleElement()
        .satisfies(q -> assertThat(q.speakerStart()).isNegative());
    assertThat(qs).filteredOn(q -> q.text().contains("timetable would fail")).singleElement()
        .satisfies(q -> assertThat(q.speakerStart()).isNegative());
    // A verb of fearing after its subject still has one.
    assertThat(speakerOf(text, "rain will come late")).isEqualTo("Farmers");
  }

  @Test
  void aFearThatAnEventStirsIsNoOnesNamed() {
    String text = "Ferries.\n\nThe storm sank two boats on Monday, raising fears of a longer closure of the harbour. "
        + "The strike stopped the trains, sparking fresh worries that the winter timetable would collapse. Ragna "
        + "Holm raised concerns that the pier was unsafe.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("longer closure")).singleElement()
        .satisfies(q -> assertThat(q.speakerStart()).isNegative());
    assertThat(qs).filteredOn(q -> q.text().contains("would collapse")).singleElement()
        .satisfies(q -> assertThat(q.speakerStart()).isNegative());
    // Who raises concerns voices them.
    assertThat(speakerOf(text, "pier was unsafe")).contains("Holm");
  }

  @Test
  void aSpeakerAfterWithIsTheNounPhraseAfterIt() {
    String text = "The harbour.\n\nThe talks ended late, with both unions recognizing that the timetable had to "
        + "change.";
    assertThat(speakerOf(text, "timetable had to change")).isEqualTo("both unions");
    String since = "The harbour.\n\nThe vote is significant since many fishermen suspected that the pier would "
        + "close.";
    assertThat(speakerOf(since, "pier would close")).isEqualTo("many fishermen");
  }

  @Test
  void aRelativeClauseWithASubjectOfItsOwnHasThatSubjectAsSpeaker() {
    String text = "The harbour.\n\nThe board struck down the fare rule, that appeals courts said favored the ferry "
        + "owners.\n\nFerry fares rose again, a trend that the harbour trust predicts will continue for years.";
    assertThat(speakerOf(text, "favored the ferry owners")).isEqualTo("appeals courts");
    assertThat(speakerOf(text, "will continue for years")).isEqualTo("the harbour trust");
  }

  @Test
  void aNounThatAClauseWithoutRelativePronounFollowsIsNoPartOfItsSpeaker() {
    String text = "Neither side named the islands in its account of the meeting, an omission analysts in Oslo said "
        + "was unlikely to be an accident. A few analysts said the meeting had gone well.";
    assertThat(speakerOf(text, "unlikely to be an accident")).isEqualTo("analysts in Oslo");
    assertThat(speakerOf(text, "had gone well")).isEqualTo("A few analysts");
  }

  @Test
  void aPluralSubjectDoesNotSpeakOfItselfAsHe() {
    String text = "Governor Ragna Holm put the harbour deal on hold, although the two councils agreed to share "
        + "its cost, saying she saw no point in signing it before the spring.";
    assertThat(speakerOf(text, "no point in signing")).contains("Holm");
  }

  @Test
  void aWordOfSeemingHasNoNameAfterAPrepositionAsItsSpeaker() {
    String text = "The envoys meet in Tromso next week, where the ferry tariffs and the fate of Nordlink are "
        + "expected to top the agenda. Lawyers for Eirik Lund appeared to oppose the request in a court filing.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("top the agenda")).singleElement()
        .satisfies(q -> assertThat(q.speakerStart()).isEqualTo(-1));
    assertThat(speakerOf(text, "oppose the request")).isEqualTo("Lawyers for Eirik Lund");
  }

  @Test
  void adverbsAuxiliariesAndAConnectiveAreNoPartOfASpeaker() {
    String text = "Eirik Lund is not just repeating old promises, but he more importantly hasn't doubled down on the harbour "
        + "budget. Nevertheless, local traders and fishermen were very critical of the new ferry tariff. "
        + "George Will said the pier was too short.";
    assertThat(speakerOf(text, "the harbour budget")).isEqualTo("he");
    assertThat(speakerOf(text, "ferry tariff")).isEqualTo("local traders and fishermen");
    // A name is no auxiliary: "Will" stays.
    assertThat(speakerOf(text, "pier was too short")).isEqualTo("George Will");
  }

  @Test
  void whoIsExpectedToDoSomethingDoesNotSpeak() {
    String text = "Eirik Lund is expected to brief the harbour council over the weekend before returning to Tromso. "
        + "Ragna Holm seemed hopeful that the ferry would run again by March.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("brief the harbour council")).singleElement()
        .satisfies(q -> assertThat(q.speakerStart()).isEqualTo(-1));
    // A subject that shows a feeling still holds the view.
    assertThat(speakerOf(text, "ferry would run again")).contains("Holm");
  }

  @Test
  void anArticleAndAModifierBeforeAnIngNounAreNoSpeaker() {
    String text = "The harbour talks ended on Monday with an implicit understanding that the ferries would run again "
        + "in spring. The talks went on for hours, with a spokesman saying that the pier was safe.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("ferries would run")).singleElement()
        .satisfies(q -> assertThat(q.speakerStart()).isEqualTo(-1));
  }

  @Test
  void aNounCueAfterOfHasNoOwnerInTheClauseSubject() {
    String text = "Ragna Holm stays committed to the ferry plan in spite of speculation that the council will cut its "
        + "budget. Eirik Lund spoke of his belief that the pier would hold.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("cut its budget")).singleElement()
        .satisfies(q -> assertThat(q.speakerStart()).isEqualTo(-1));
    assertThat(speakerOf(text, "pier would hold")).isEqualTo("Eirik Lund");
  }

  @Test
  void itCanStandForAStateNamedBefore() {
    String text = "Norway's harbour board was critical of the plan, as was the European Union. Its delegates say the "
        + "talks show that Sweden was displeased even though it later expressed cautious hope about the treaty.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote q = qs.stream().filter(x -> x.text().contains("cautious hope")).findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo("Sweden");
  }

  @Test
  void theySpeaksForTheGroupThatSpokeBeforeNotTheLastBody() {
    String text = "Norwegian fishermen and harbour pilots were critical of the council's plan, as was the European "
        + "Union. Their letters don't equate to Eirik Lund hiding the budget, but they do show that the town was "
        + "displeased with the vote.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    Quote q = qs.stream().filter(x -> x.text().contains("town was displeased")).findFirst().orElseThrow();
    assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("they");
    assertThat(q.speaker()).isEqualTo("Norwegian fishermen and harbour pilots");
  }

  @Test
  void herRemarksSpeakForTheWomanNamedBefore() {
    String text = "The council met on Monday. Ragna Holm, a spokeswoman for the harbour board, said that talks were going "
        + "on. Her remarks suggested that both towns kept the ferry running. His statement noted that the pier was old.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    Quote q = qs.stream().filter(x -> x.text().contains("kept the ferry")).findFirst().orElseThrow();
    assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Her remarks");
    assertThat(q.speaker()).isEqualTo("Ragna Holm");
    // No man is named before "His statement": it stays as written.
    Quote his = qs.stream().filter(x -> x.text().contains("pier was old")).findFirst().orElseThrow();
    assertThat(his.speaker()).isEqualTo("His statement");
  }

  @Test
  void sheStandsForAWomanTheArticleShowsAsOneByTitleRoleOrPronouns() {
    // Neither first name is in the list of female names: the title, the role and the pronouns tell.
    String text = "The harbour board met on Monday. Ms. Oddny Fjell opened the session. Eirik Lund stood up. She said the "
        + "fares would rise.\n\nThe board's spokeswoman, Sunniva Dahl, spoke next. Lund nodded. She said the pier was "
        + "old.\n\nTorild Vik chaired the ferry committee. She said the ferry was late. Torild Vik then left. She said "
        + "the crane was new. Lund returned. She said the budget was tight. He said the budget was fine.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the fares would rise") && "Oddny Fjell".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier was old") && "Sunniva Dahl".equals(q.speaker()));
    // Two sentences naming her alone, each followed by "She": a woman, so the "She" after "Lund returned" is hers.
    assertThat(qs).anyMatch(q -> q.text().equals("the budget was tight") && "Torild Vik".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the budget was fine") && q.speaker() != null
        && q.speaker().contains("Lund"));
  }

  @Test
  void oneSheAfterASentenceNamingAManDoesNotMakeHimAWoman() {
    String text = "The harbour board met on Monday. Ms. Ingrid Berg spoke first. Eirik Lund stood up. She said the "
        + "fares would rise.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the fares would rise") && "Ingrid Berg".equals(q.speaker()));
  }

  @Test
  void theirAsASpeakerIsTheGroupOfPeopleNamedBefore() {
    String text = "Several Norwegian analysts met on Monday. Their fear is that the harbour will close by winter. They "
        + "said the fares would rise.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    Quote fear = qs.stream().filter(x -> x.text().contains("harbour will close")).findFirst().orElseThrow();
    assertThat(text.substring(fear.speakerStart(), fear.speakerEnd())).isEqualTo("Their");
    assertThat(fear.speaker()).isEqualTo("Norwegian analysts");
    assertThat(qs).anyMatch(q -> q.text().equals("the fares would rise") && "Norwegian analysts".equals(q.speaker()));
  }

  @Test
  void aTimeThatAnOwnedSpeakerPhraseRunsIntoIsNoPartOfItsName() {
    String text = "The harbour dispute grew. A day after Norway's fisheries ministry warned that the pier was unsafe, "
        + "the council met. Norway's coast guard on Friday said the ferry would stop.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).anyMatch(q -> q.text().contains("the pier was unsafe")
        && "Norway's fisheries ministry".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().contains("the ferry would stop") && "Norway's coast guard".equals(q.speaker()));
  }
}
