package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Quote;

/** Where the words of a quote begin and end (the content spans), on sentences written for these tests. */
class QuoteContentTest {
  static Annotator annotator;

  @BeforeAll
  static void load() {
    annotator = Annotator.standard();
  }

  private static Optional<Quote> quoteWith(List<Quote> quotes, String contains) {
    return quotes.stream().filter(q -> q.text().contains(contains)).findFirst();
  }

  @Test
  void aComparisonWithAnotherWhoDidTheSameClosesTheWords() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. The fishermen were critical of the council's plan, "
        + "as was the European Union. Ragna Holm said she will not back the mayor, as has Eirik Lund, the head of the "
        + "union. Olaf Berg said he will publish his accounts, as is tradition for harbour masters.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the council's plan"));
    assertThat(qs).anyMatch(q -> q.text().equals("she will not back the mayor"));
    assertThat(qs).anyMatch(q -> q.text().endsWith("as is tradition for harbour masters"));
  }

  @Test
  void aNegatedCueIsGivenWithItsNegationAndTheWordsStayAsTheyAre() {
    String text = "Eirik Lund did not say how the pier would be paid for. Ragna Holm has never endorsed the plan to sell "
        + "the ferry. The harbour board wouldn't say when the works would end. A spokesman for the board did not "
        + "immediately respond to a request for comment. Olaf Berg said the crane was old.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "how the pier")).get().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("did not say");
      assertThat(q.text()).isEqualTo("how the pier would be paid for");
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    });
    assertThat(quoteWith(qs, "the plan to sell")).get().satisfies(q -> assertThat(q.cue()).isEqualTo("has never endorsed"));
    assertThat(quoteWith(qs, "when the works")).get().satisfies(q -> assertThat(q.cue()).isEqualTo("wouldn't say"));
    assertThat(quoteWith(qs, "a request for comment")).get()
        .satisfies(q -> assertThat(q.cue()).isEqualTo("did not immediately respond to"));
    assertThat(quoteWith(qs, "the crane was old")).get().satisfies(q -> assertThat(q.cue()).isEqualTo("said"));
  }

  @Test
  void aPassiveAgentEndsBeforeItsRelativeClauseWhichIsAReportOfItsOwn() {
    String text = "The council may gain from a slower plan. This view has been voiced by several pilots who argue that "
        + "the pier could give room for trade. The plan was criticized by rivals for its cost.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("This view") && "voiced".equals(q.cue())
        && text.substring(q.speakerStart(), q.speakerEnd()).equals("several pilots"));
    assertThat(qs).anyMatch(q -> q.text().equals("that the pier could give room for trade") && "argue".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("The plan was criticized by rivals for its cost"));
  }

  @Test
  void aCueOfSeemingAfterACommaAndASubordinatorReportsOnlyItsOwnClause() {
    String text = "Ragna Holm spoke on Monday. She suggested that a long view is needed, and indicating that the council "
        + "would keep the ferries than sell them, even when storms appear frequent and heavy. The board is looking for "
        + "the ferry line to post a profit, even though fares are expected to fall.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "council would keep")).get().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("indicating");
      assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("She");
      assertThat(q.text()).isEqualTo("that the council would keep the ferries than sell them");
    });
    assertThat(quoteWith(qs, "storms appear")).get().satisfies(q -> assertThat(q.text()).startsWith("storms"));
    assertThat(quoteWith(qs, "fares are expected")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("fares are expected to fall"));
  }

  @Test
  void aPhrasalVerbsPassiveWithItsAgentHasNoWords() {
    List<Quote> qs = annotator.annotate("The harbour truce, apparently agreed to by both the city and the union, is a "
        + "first step toward a full deal on the ferries.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("first step"));
  }

  @Test
  void anAsAsideBeforeAPlaceHoldsNoWords() {
    List<Quote> qs = annotator.annotate("The mayor spoke on Monday.\n\nThe council's plan has worked, as recommended "
        + "in a brief written by the harbour board, to keep the ferries running all winter.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("in a brief"));
  }

  @Test
  void aLaterReportWithItsOwnSubjectOrAParticipleEndsTheWordsBeforeIt() {
    String text = "Ragna Holm said the ferries would run all winter, as the minister had promised, but she also noted that "
        + "fares would rise in March.\n\nEirik Lund told the council the harbour needed a new crane and a longer "
        + "pier, adding that the port authority would pay for both.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferries would run")).get().satisfies(q -> assertThat(q.text()).doesNotContain("fares"));
    assertThat(quoteWith(qs, "fares would rise")).isPresent();
    assertThat(quoteWith(qs, "harbour needed")).get().satisfies(q -> assertThat(q.text()).doesNotContain("port"));
    assertThat(quoteWith(qs, "port authority would pay")).isPresent();
  }

  @Test
  void aSubordinateReportWithItsOwnSubjectEndsTheWordsBeforeIt() {
    String text = "Ragna Holm praised the harbour plan while Eirik Lund has argued that the crane would cost too much.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour plan")).get().satisfies(q -> assertThat(q.text()).doesNotContain("crane"));
    assertThat(quoteWith(qs, "the crane would cost")).isPresent();
  }

  @Test
  void aContrastingClauseWithItsOwnSubjectEndsTheWords() {
    String text = "Ragna Holm has said the ferries will run all winter, but she has refused to name a date for the new "
        + "pier.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferries will run")).get().satisfies(q -> assertThat(q.text()).doesNotContain("pier"));
    qs = annotator.annotate("Eirik Lund says the crane is ready for the winter, although Ragna Holm has not paid "
        + "for it yet.", null).quotes();
    assertThat(quoteWith(qs, "crane is ready")).get().satisfies(q -> assertThat(q.text()).doesNotContain("Holm"));
  }

  @Test
  void aDirectQuoteWithItsOwnAttributionAfterADashIsAReportOfItsOwn() {
    String text = "Ragna Holm praised the harbour plan as bold - \"We have waited twenty years for a pier like this,\" "
        + "she said - and asked the council to vote on it in March.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour plan")).get().satisfies(q -> assertThat(q.text()).doesNotContain("twenty years"));
    assertThat(quoteWith(qs, "waited twenty years")).isPresent();
  }

  @Test
  void aRelativeClauseWithItsOwnSubjectAndCueEndsTheWords() {
    String text = "Ragna Holm criticized the council for its delay on the harbour budget, which she argued would cost "
        + "the town its ferry route.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour budget")).get().satisfies(q -> assertThat(q.text()).doesNotContain("ferry"));
    assertThat(quoteWith(qs, "would cost the town")).isPresent();
  }

  @Test
  void aLaterReportJoinedByAndWithoutACommaIsAReportOfItsOwn() {
    String text = "Ragna Holm said the harbour budget was too small and Eirik Lund argued that the crane could wait.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour budget")).get().satisfies(q -> assertThat(q.text()).doesNotContain("crane"));
    assertThat(quoteWith(qs, "the crane could wait")).isPresent();
  }

  @Test
  void verbsOfTheSameFormJoinedByAndAreTwoReports() {
    String text = "The mayor criticized the budget, which she believes cuts the schools too deeply, and praised the "
        + "plan for new parks.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the budget")).get().satisfies(q -> assertThat(q.text()).doesNotContain("parks"));
    assertThat(quoteWith(qs, "the plan for new parks")).isPresent();
  }

  @Test
  void anAttributionInTheMiddleEndsTheWordsWhenAParticipleOrAsideFollows() {
    String text = "The ferries will run all winter on the northern routes, Ragna Holm said, adding that fares would "
        + "rise in March.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferries will run")).get().satisfies(q -> assertThat(q.text()).doesNotContain("fares"));
    assertThat(quoteWith(qs, "fares would rise")).isPresent();
  }

  @Test
  void plansVotesAndCitationsReportTheirObject() {
    String text = "Ragna Holm plans to close the northern ferry route in March.\n\nEirik Lund voted against the "
        + "harbour budget on Tuesday.\n\nThe union leader invoked the strike of 1986 in her speech.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "close the northern ferry route")).isPresent();
    assertThat(quoteWith(qs, "the harbour budget")).isPresent();
    assertThat(quoteWith(qs, "the strike of 1986")).isPresent();
  }

  @Test
  void aVerbOfSayingWithATwoWordObjectAndNewCues() {
    String text = "Eirik Lund announced his resignation on the steps of the town hall.\n\nThe harbour board was critical "
        + "of the new crane contract.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "his resignation")).isPresent();
    assertThat(quoteWith(qs, "the new crane contract")).isPresent();
  }

  @Test
  void verbsOfScornAndContinuationReportTheirObject() {
    String text = "Ragna Holm derided the harbour plan as a waste of money.\n\nThe union continued to attack the "
        + "ferry company over its winter timetable.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour plan")).isPresent();
    assertThat(quoteWith(qs, "the ferry company")).isPresent();
  }

  @Test
  void comparingOrContestingIsNoReport() {
    String text = "Eirik Lund compared the two winter timetables of the ferry company.\n\nRagna Holm contested the "
        + "seat in the northern district last year.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "winter timetables")).isEmpty();
    assertThat(quoteWith(qs, "northern district")).isEmpty();
  }

  @Test
  void soundingANoteReportsIt() {
    String text = "Ragna Holm sounded a note of caution about the ferry budget.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "a note of caution")).isPresent();
  }

  @Test
  void aVerbReadByContextReportsOnlyBeforeThatAQuoteOrTheClauseEnd() {
    String text = "The harbour board found that the old crane was no longer safe to use.\n\nThe ferry company will find a new "
        + "market for its winter crossings in the north.\n\nRagna Holm has long maintained that the fares are too "
        + "high for the islanders.\n\nThe ferry company maintained its lead over the rival line all winter.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the old crane was no longer safe")).isPresent();
    assertThat(quoteWith(qs, "a new market")).isEmpty();
    assertThat(quoteWith(qs, "the fares are too high")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
    assertThat(quoteWith(qs, "its lead over")).isEmpty();
  }

  @Test
  void aNounWithAPrepositionReportsItsObjectUpToTheClauseVerb() {
    String text = "Eirik Lund's criticism of the harbour budget has angered the port authority.\n\nRagna Holm's "
        + "support for a second ferry line, which the council rejected, is well known.\n\nThe mayor avoided questions "
        + "about the crane contract during the meeting.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour budget")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the harbour budget");
      assertThat(q.speaker()).isEqualTo("Eirik Lund");
    });
    assertThat(quoteWith(qs, "a second ferry line")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("a second ferry line"));
    assertThat(quoteWith(qs, "the crane contract")).isPresent();
  }

  @Test
  void lowPrecisionCuesAreLeftOut() {
    String text = "Ragna Holm felt the cold wind on the pier that morning.\n\nThe harbour board rebuffed the offer "
        + "from the ferry company.\n\nThe council is likely to meet again in the spring to vote.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "cold wind")).isEmpty();
    assertThat(quoteWith(qs, "the offer")).isEmpty();
    assertThat(quoteWith(qs, "meet again")).isEmpty();
  }

  @Test
  void aReportMostlyOfQuotedWordsHoldsThemAndIsDirectSpeech() {
    String text = "Ragna Holm said the plan was \u201can assessment the island voters are going to make\u201d before the "
        + "vote.\n\nEirik Lund said the harbour board had ignored the \u201cwarnings of the fishermen\u201d for many "
        + "years and would now pay for it.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "an assessment")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("the plan was").endsWith("before the vote");
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
    assertThat(quoteWith(qs, "warnings of the fishermen")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("the harbour board").endsWith("pay for it");
      assertThat(q.direct()).isFalse();
    });
  }

  @Test
  void aCueInsideAQuoteDoesNotEndTheReportAroundIt() {
    String text = "Eirik Lund said that the ferry company had flooded the council with \u201cangry letters and "
        + "threatening calls.\u201d";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferry company")).get()
        .satisfies(q -> assertThat(q.text()).contains("threatening calls"));
  }

  @Test
  void aVerbOfAnotherFormAfterAndBelongsToTheReportedClause() {
    String text = "Eirik Lund said the harbour board is not a lobby group and supports candidates from every party.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour board")).get()
        .satisfies(q -> assertThat(q.text()).contains("supports candidates from every party"));
  }

  @Test
  void aPollNamedInASettingReportsTheRestOfTheSentence() {
    String text = "In a Harbour Gazette poll last month, Ragna Holm had a lead of ten points over her rival.\n\n"
        + "Eirik Lund is still ahead in the island polls.\n\nThe ferry left an hour after polls closed on the island.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "had a lead of ten points")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("Ragna Holm");
      assertThat(q.speaker()).contains("poll");
    });
    assertThat(quoteWith(qs, "Eirik Lund is still ahead")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("Eirik Lund is still ahead"));
    assertThat(quoteWith(qs, "The ferry left")).isEmpty();
  }

  @Test
  void aReportAroundAQuoteOfSeveralSentencesStartsWhereTheQuoteOpens() {
    String text = "The old harbour masters \u201cwere stiff. They never smiled. There was no joy\u201d in those years, "
        + "Ragna Holm said.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "no joy")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("The old harbour masters").endsWith("in those years");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
  }

  @Test
  void aShortQuotedPhraseInsideASentenceWithNoOneToSayItIsNoQuote() {
    String text = "Ragna Holm spoke at the harbour on Monday.\n\nThe ferry still calls at the island towns, among them "
        + "the village that locals call \u201cthe end of the world, more or less\u201d in winter.\n\n\u201cWe will keep "
        + "the ferry running all winter,\u201d Ragna Holm said.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).isEqualTo("the end of the world, more or less"));
    assertThat(quoteWith(qs, "keep the ferry running")).isPresent();
  }

  @Test
  void aHeadlineLabelMayHoldLowerCaseWords() {
    String text = "Holm camp: the ferry fares will rise in March.\n\nThe harbour board met on Monday to discuss the "
        + "winter timetable.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferry fares will rise")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the ferry fares will rise in March"));
  }

  @Test
  void phrasalCuesAndVerbsOfVersionSevenReport() {
    String text = "Eirik Lund pushed back on the harbour budget at the council meeting.\n\nRagna Holm weighed in on "
        + "the crane contract during the debate.\n\n\"The fares will not rise this winter,\" Holm continued.\n\n"
        + "The mayor chided the ferry company for the late timetable.\n\nThe fighting continued into the night.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour budget")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
    assertThat(quoteWith(qs, "the crane contract")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
    assertThat(quoteWith(qs, "fares will not rise")).get().satisfies(q -> assertThat(q.speaker()).contains("Holm"));
    assertThat(quoteWith(qs, "the ferry company")).isPresent();
    assertThat(quoteWith(qs, "into the night")).isEmpty();
  }

  @Test
  void aShortFrontedPhraseBeforeAMiddleAttributionStaysWithTheWords() {
    String text = "Instead, Ragna Holm said, the ferries will run all winter and the fares will stay as they are.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferries will run")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("Instead");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
    qs = annotator.annotate("The new crane, the harbour pilots believe, will not be ready before the spring storms.",
        null).quotes();
    assertThat(quoteWith(qs, "will not be ready")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("The new crane"));
  }

  @Test
  void aPostposedAttributionInTheMiddleKeepsTheWholeSentenceAndTheSpeakerAfterTheCue() {
    String text = "Any delay to the crane, said Eirik Lund, a pilot at the northern harbour, would leave the ferries idle "
        + "for a month.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferries idle")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("Any delay");
      assertThat(q.speaker()).isEqualTo("Eirik Lund");
    });
  }

  @Test
  void aCueVerbUsedAsAnAdjectiveBeforeAMiddleAttributionReportsNothing() {
    String text = "Despite the announced closure of the pier, Ragna Holm said, the ferries will keep running all winter.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferries will keep")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("Despite");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
  }
  @Test
  void aParticipleAfterAQuotedPhraseADashOrAShortObjectStartsAReportOfItsOwn() {
    String text = "Ragna Holm insisted that the harbour plan was \"a triumph for the town,\" claiming that the council "
        + "would vote on it in March.\n\nEirik Lund praised Holm, saying she had saved the port from closure.\n\n"
        + "Holm dismissed the complaints of the fishermen \u2014 saying the crane would be ready by June.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "council would vote")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("triumph");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
    assertThat(quoteWith(qs, "saved the port")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
    assertThat(quoteWith(qs, "Holm")).get().satisfies(q -> assertThat(q.text()).doesNotContain("saved"));
    assertThat(quoteWith(qs, "complaints")).get().satisfies(q -> assertThat(q.text()).doesNotContain("crane"));
    assertThat(quoteWith(qs, "crane would be ready")).isPresent();
  }
  @Test
  void aSecondVerbJoinedByAndAfterAnObjectOrAParticipleIsAReportOfItsOwn() {
    String text = "Eirik Lund describes the old pier as a relic and has said that the town should build a new one.\n\n"
        + "Ragna Holm spoke at the harbour on Monday, calling the crane \"a gift to the town\" and said the ferries "
        + "would run all winter.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "old pier")).get().satisfies(q -> assertThat(q.text()).doesNotContain("build"));
    assertThat(quoteWith(qs, "should build")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
    assertThat(quoteWith(qs, "the crane")).get().satisfies(q -> assertThat(q.text()).doesNotContain("ferries"));
    assertThat(quoteWith(qs, "ferries would run")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
  }
  @Test
  void aParticipleAsideEndsAtTheCommaBeforeTheMainCue() {
    String text = "Ragna Holm, citing the harbour budget for next year, said the crane would cost too much.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour budget")).get().satisfies(q -> assertThat(q.text()).doesNotContain("crane"));
    assertThat(quoteWith(qs, "crane would cost")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
  }
  @Test
  void aVerbOfSayingAFewWordsAfterACommaOrSemicolonStartsAReportOfItsOwn() {
    String text = "Most pilots said the new crane was too slow for the winter; 40 percent of the ferry crews said it was "
        + "too small.\n\nWhile only a few pilots said they were undecided, half of the harbour workers said they would "
        + "vote against the plan.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "too slow")).get().satisfies(q -> assertThat(q.text()).doesNotContain("percent"));
    assertThat(quoteWith(qs, "too small")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("40 percent of the ferry crews"));
    assertThat(quoteWith(qs, "undecided")).get().satisfies(q -> assertThat(q.text()).doesNotContain("harbour"));
    assertThat(quoteWith(qs, "vote against")).isPresent();
  }
  @Test
  void aQuotedPhraseThatMakesUpMostOfAReportIsNoQuoteOfItsOwn() {
    String text = "Ragna Holm again called the new harbour plan \"a gift to smugglers.\"";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).startsWith("the new harbour plan");
  }
  @Test
  void aReportInsideTheWordsOfALongerReportIsNoReportOfItsOwn() {
    String text = "On Monday, Eirik Lund refused to back the crane plan, in what appeared to be a reply to the harbour "
        + "office.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).startsWith("On Monday");
  }
  @Test
  void aVerbOfSayingAfterWhoAFewWordsAfterACommaStartsAReportOfItsOwn() {
    String text = "Most pilots said the new crane was too slow for the winter, compared with a few crews who said it was "
        + "too small.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "too slow")).get().satisfies(q -> assertThat(q.text()).doesNotContain("crews"));
    assertThat(quoteWith(qs, "too small")).isPresent();
  }
  @Test
  void theNextPresentVerbOfAListIsAReportOfItsOwn() {
    String text = "Eirik Lund slams the harbour office, praises the pilots for their patience.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour office")).get().satisfies(q -> assertThat(q.text()).doesNotContain("pilots"));
    assertThat(quoteWith(qs, "the pilots")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
  }

  @Test
  void theBaseFormOfAVerbThatIsAlsoANounReportsAfterASubjectButNotAfterADeterminer() {
    String text = "The harbour pilots hope the new crane will be ready before the spring storms.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "new crane will be ready")).get()
        .satisfies(q -> assertThat(q.speaker()).contains("pilots"));
    qs = annotator.annotate("Most ferry captains support the longer pier at the northern harbour.", null).quotes();
    assertThat(quoteWith(qs, "the longer pier")).isPresent();
    qs = annotator.annotate("The support of the ferry captains came late in the winter.", null).quotes();
    assertThat(qs).isEmpty();
    qs = annotator.annotate("Most ferry captains dispute the figures from the port authority.", null).quotes();
    assertThat(quoteWith(qs, "the figures from the port authority")).isPresent();
  }

  @Test
  void aCueInThePassiveReportsItsSubjectAndItsAgentSpeaks() {
    String text = "The plan for a longer pier was rejected by most of the harbour pilots.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "longer pier")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The plan for a longer pier");
      assertThat(q.speaker()).contains("harbour pilots");
    });
    qs = annotator.annotate("Ragna Holm was criticized by the ferry captains for closing the northern pier.", null)
        .quotes();
    assertThat(quoteWith(qs, "closing the northern pier")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("Ragna Holm was criticized"));
  }

  @Test
  void aFeelingWithAPrepositionReportsItsObject() {
    String text = "The harbour pilots were alarmed by the plan to close the northern pier.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "close the northern pier")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("the plan");
      assertThat(q.speaker()).contains("pilots");
    });
  }

  @Test
  void aQuestionAfterAskedAndASettingOrAboutIsReported() {
    String text = "Asked on Monday whether the ferries would run in winter, Ragna Holm said the crane came first.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferries would run")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("whether"));
    qs = annotator.annotate("Asked about the closing of the northern pier, Eirik Lund said the pilots were ready.", null)
        .quotes();
    assertThat(quoteWith(qs, "closing of the northern pier")).isPresent();
  }

  @Test
  void aParticipleAfterAPrepositionIsAnAdjectiveAndNoCue() {
    String text = "Ragna Holm has a wide lead in pledged delegates after the vote in the northern harbour towns.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneSatisfy(q -> assertThat(q.cue()).isEqualTo("pledged"));
  }

  @Test
  void aVerbOfSayingWhoseSubjectIsNoKnownSpeakerStillReportsItsClause() {
    String text = "That pilot said the northern pier would close in March.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "northern pier would close")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("That pilot"));
    qs = annotator.annotate("That pilot endorsed the plan for a longer pier.", null).quotes();
    assertThat(quoteWith(qs, "the plan for a longer pier")).isPresent();
  }

  @Test
  void anAdverbSetOffByCommasMayStandBetweenASubjectAndItsCue() {
    String text = "Critics of the new pier, however, say the harbour cannot pay for it.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour cannot pay")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Critics of the new pier"));
  }

  @Test
  void anAdverbOfTimeAfterTheCueIsNoPartOfTheWords() {
    String text = "Ragna Holm wrote recently that the ferries would run all winter.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferries would run")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("that the ferries"));
  }

  @Test
  void aPostposedSaidTakesANounPhraseNoSpeakerRuleReadsAndARelativeClauseOrAnInitialAfterIt() {
    String text = "The ferries ran late. The old crane can no longer lift the new containers, said harbour engineer and "
        + "union delegate Eirik Lund, a veteran of the port.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "old crane can no longer")).get()
        .satisfies(q -> assertThat(q.speaker()).contains("Eirik Lund"));
    qs = annotator.annotate("The ferries ran late. Nor will a longer pier bring the fishing boats back, said Ragna "
        + "Holm, the head of the harbour board, who has run it since 2010. ''We have no answer,'' she said.", null)
        .quotes();
    assertThat(quoteWith(qs, "longer pier bring")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
  }

  @Test
  void aVerbOfSayingWithItsClauseInARelativeAsideIsAReportEndingAtTheAside() {
    String text = "The ferries ran late. Ragna Holm, who said the northern pier was far too short, voted against the "
        + "plan on Monday.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "northern pier was far too short")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("voted"));
  }

  @Test
  void aNounCueInsideTheWordsDoesNotEndThem() {
    String text = "The ferries ran late. Holm said that the town's loyalty to the port, and the wide support for the crew "
        + "within the council, were the reasons for the delay.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "loyalty to the port")).get()
        .satisfies(q -> assertThat(q.text()).contains("were the reasons"));
  }

  @Test
  void thisAfterACueOpensTheWordsUnlessATimeFollowsIt() {
    String text = "The ferries ran late. Critics say this is only a bad winter for the harbour.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "only a bad winter")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Critics"));
  }

  @Test
  void noteAfterAPluralSubjectAndNotesReportAClauseWithoutThat() {
    String text = "The ferries ran late. The old pilots note the northern pier floods every spring.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "northern pier floods")).get()
        .satisfies(q -> assertThat(q.speaker()).contains("pilots"));
    qs = annotator.annotate("The ferries ran late. Ragna Holm notes the northern pier floods every spring.", null)
        .quotes();
    assertThat(quoteWith(qs, "northern pier floods")).isPresent();
  }

  @Test
  void aBareYesOrNoIsTheWordsOfAVerbOfSaying() {
    String text = "The board put the pier plan to a vote. Everyone but Ragna Holm said yes.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anySatisfy(q -> assertThat(q.text()).isEqualTo("yes"));
  }

  @Test
  void estimatesReportsAClauseWithoutThat() {
    String text = "The ferries ran late. The harbour board estimates the new pier will cost twice as much.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "new pier will cost")).isPresent();
  }

  @Test
  void theWordsAfterTheVerbOfADirectQuotesOwnAttributionAreNoReport() {
    String text = "\u201cWho will pay for the pier?\u201d Lund asked, looking far from pleased. \u201cNot the council, surely.\u201d";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "Not the council")).isPresent();
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).contains("looking far"));
  }

  @Test
  void aDayOrTimeLeftAfterACueIsNoReport() {
    String text = "The harbour board's plan for the pier was released Monday.\n\n\"The pier is rotten,\" the harbour "
        + "master, Ragna Holm, said on Thursday. \"It must go.\"";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "pier is rotten")).isPresent();
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).matches("(?s)\\W*(?:on )?\\p{L}+day\\W*"));
  }

  @Test
  void aQuoteLeftOpenAtALineEndRunsOnWhenTheNextLineOpensWithAMark() {
    String text = "The harbour needs work.\n\n\u201cOne crane is older than I am,\u201d Holm said. \u201cThe pier is "
        + "rotten and the fishermen know it.\n\u201cThere is another side to it,\u201d Holm said. \u201cI do not "
        + "know.\u201d\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "One crane")).get()
        .satisfies(q -> assertThat(q.text()).contains("fishermen know it"));
  }

  @Test
  void aShortQuoteRightAfterTheAttributionOfTheOneBeforeCarriesOnItsWords() {
    String text = "Some fishermen think the plan should go. \"I can't vote for Holm,\" said Bergen resident Ola Dahl. "
        + "\"She's an embarrassment.\"\n\nDahl went home.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "vote for Holm")).get()
        .satisfies(q -> assertThat(q.text()).contains("embarrassment"));
  }

  @Test
  void aQuoteAttributedAfterItTakesTheWordsOfItsSentenceBeforeTheMark() {
    String text = "The harbour met on Monday.\n\nThe old pier was \u201crotten from end to end,\u201d Ragna Holm said.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "rotten from end")).get()
        .satisfies(q -> assertThat(text.substring(q.start(), q.end())).startsWith("The old pier"));
  }

  @Test
  void aQuoteThatGoesOnWithTheSameSpeakerTakesTheWordsOfItsSentenceBeforeTheMark() {
    String text = "The harbour met.\n\nRagna Holm said: \"The pier is rotten from end to end.\" Unless the council pays, "
        + "\"the harbour will close within a year.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour will close")).get()
        .satisfies(q -> assertThat(text.substring(q.start(), q.end())).contains("Unless the council pays"));
  }

  @Test
  void aQuotationMarkAfterANoBreakSpaceOpensAQuote() {
    String text = "The harbour met.\n\n\"The pier is rotten,\" Ragna Holm said.\u00a0\"It must go before the winter "
        + "storms come.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "pier is rotten")).get()
        .satisfies(q -> assertThat(q.text()).contains("winter storms"));
  }

  @Test
  void quotedParagraphsWithNothingBetweenThemAndNoAttributionOfTheirOwnAreOneQuote() {
    String text = "The harbour met.\n\n\"We have to do something about the pier before the winter comes,\" Ragna Holm "
        + "said.\n\n\"We have to be a lot tougher with the council on the money.\"\n\n\"The crane is older than I am."
        + "\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "pier before the winter")).get()
        .satisfies(q -> assertThat(q.text()).contains("crane is older"));
  }

  @Test
  void anUnattributedQuoteRightAfterAReportOfQuotedWordsGoesOnWithIt() {
    String text = "The harbour met.\n\nRagna Holm called the pier \"a disgrace to the harbour and the town.\" \"It "
        + "cannot stand another winter of storms.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "a disgrace")).get()
        .satisfies(q -> assertThat(q.text()).contains("another winter"));
  }

  @Test
  void anUnattributedQuoteRightAfterAReportGoesOnWithIt() {
    // In one paragraph; a quote that opens the next paragraph is one of its own (see
    // aQuoteThatOpensTheNextParagraphIsNoPartOfTheReportBefore).
    String text = "The harbour met.\n\nRagna Holm said the pier was rotten from end to end. \"It cannot stand "
        + "another winter of storms.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "pier was rotten")).get()
        .satisfies(q -> assertThat(q.text()).contains("another winter"));
  }

  @Test
  void anObjectClauseOpenedByAQuestionWordGoesOnPastItsVerb() {
    String text = "Ragna Holm raised doubts about whether the council would pay for the new pier in March.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "whether the council")).get()
        .satisfies(q -> assertThat(q.text()).contains("new pier in March"));
  }

  @Test
  void aShortPhraseOfPlaceOrTimeAfterACueIsNoWords() {
    String text = "The ferry was late again. Eirik Lund reported from the harbour in Bergen.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "from the harbour")).isEmpty();
  }

  @Test
  void aCueNounAfterTheHasNoOwnerAndReportsNothing() {
    String text = "The council led the opposition to the new pier in Bergen. Ragna Holm's opposition to the new crane is "
        + "well known.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "new pier")).isEmpty();
    assertThat(quoteWith(qs, "new crane")).isPresent();
  }

  @Test
  void aQuotedTitleWithItsAuthorIsNoQuote() {
    String text = "The week's reads.\n\nHARBOUR NEWS\u2014\"The old pier will close at the end of the winter,\" by the "
        + "Bergen Post's Eirik Lund.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "old pier")).isEmpty();
  }

  @Test
  void aQuoteAttributedAfterItBeginsAtItsSentenceDespiteANounReportOrQuotedPhraseBefore() {
    String text = "The harbour met.\n\nRagna Holm's criticism of the pier was \"the clearest sign of the council's "
        + "failure,\" Eirik Lund said.\n\n\"Family boats\" are \"not welcome in the new harbour at all,\" he said.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "clearest sign")).get().satisfies(q -> assertThat(q.text()).startsWith("Ragna Holm's"));
    assertThat(quoteWith(qs, "not welcome")).get().satisfies(q -> assertThat(q.text()).contains("Family boats"));
  }

  @Test
  void aTimeSomeDaysAgoAfterACueIsNoReport() {
    String text = "The harbour met. The money for the pier came from local donors, the Bergen Post reported ten days ago.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "days ago")).isEmpty();
  }

  @Test
  void aVerbWithTheParticleUpReportsNothing() {
    String text = "The harbour met. Nearly two hundred fishermen showed up at the council meeting on the pier.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "council meeting")).isEmpty();
    qs = annotator.annotate("The harbour met. Ragna Holm proudly showed off the new crane to the council.", null)
        .quotes();
    assertThat(quoteWith(qs, "new crane")).isEmpty();
  }

  @Test
  void aTopicAfterSaidAboutIsNoWords() {
    String text = "The harbour met. Here are five odd things Eirik Lund has said about the fishermen of Bergen.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "fishermen of Bergen")).isEmpty();
  }

  @Test
  void aShortQuoteWithNoAttributionOfItsOwnIsNoQuote() {
    String text = "The harbour met.\n\nThe slogan on the banners, \"no more boats in the harbour,\" was seen everywhere "
        + "in March.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "no more boats")).isEmpty();
  }

  @Test
  void theObjectOfACueNounGoesOnOverAListJoinedByAnd() {
    String text = "The harbour met. Ragna Holm's accusations of fraud, theft and bribery were heard by the whole council.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "fraud")).get().satisfies(q -> assertThat(q.text()).isEqualTo("fraud, theft and bribery"));
  }

  @Test
  void toFindOneselfSomewhereIsNoFinding() {
    String text = "The harbour met. Once again the harbour board found itself at the centre of the row over the pier.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "centre of the row")).isEmpty();
  }

  @Test
  void aLaterReportAfterAnOpeningAdverbialIsTheMainClauseOfTheWords() {
    String text = "Eirik Lund told the Bergen Post that despite the crowds at the opening of the pier, he didn't think the "
        + "new ferry would last long.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "despite the crowds")).get().satisfies(q -> assertThat(q.text()).contains("new ferry"));
  }

  @Test
  void aVerbAfterAnAppositiveIsTheVerbOfTheWordsNotTheNextOfAList() {
    String text = "Ragna Holm pointed out that Lund, the harbour master, saw the boats leave the harbour.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "harbour master")).get().satisfies(q -> assertThat(q.text()).contains("boats leave"));
  }

  @Test
  void aContrastWithWhileInsideAFindingIsPartOfIt() {
    String text = "The harbour met. A new poll found Holm ahead by four points in the town, while Lund would win the "
        + "villages by ten.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "four points")).get().satisfies(q -> assertThat(q.text()).contains("villages"));
  }

  @Test
  void theSupportOfAGroupReportsTheSubjectAsTheGroupsView() {
    String text = "The harbour met.\n\nThe new crane plan has the backing of most ferry pilots, and Ragna Holm drew "
        + "strong support from the fishing crews.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.text()).isEqualTo("The new crane plan");
      assertThat(q.speaker()).isEqualTo("most ferry pilots");
    });
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.text()).contains("Ragna Holm");
      assertThat(q.speaker()).isEqualTo("the fishing crews");
    });
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).startsWith("of most"));
  }

  @Test
  void aPostposedNounPhraseWhoseFirstWordsReadAsASpeakerIsStillTheSpeaker() {
    String text = "The harbour met.\n\nThe old pier is rotting from end to end, said the chief engineer.\n\nThe council "
        + "met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "old pier is rotting")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The old pier is rotting from end to end");
      assertThat(q.speaker()).isEqualTo("the chief engineer");
    });
  }

  @Test
  void confidenceAndDoubtWithAPrepositionReportTheirObject() {
    String text = "The harbour met.\n\nMost ferry pilots are confident in the new crane, but Ragna Holm remains "
        + "skeptical about the longer pier.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the new crane")).get().satisfies(q -> assertThat(q.text()).doesNotContain("pier"));
    assertThat(quoteWith(qs, "the longer pier")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
  }

  @Test
  void aParticipleWithItsAgentAfterANounPhraseReportsThePhrase() {
    String text = "The harbour met.\n\nThe crane bill, opposed by the harbour pilots, never became law.\n\nThe "
        + "council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "crane bill")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("The crane bill");
      assertThat(q.speaker()).isEqualTo("the harbour pilots");
    });
  }

  @Test
  void accordingToInsideParenthesesReportsTheWordsOfTheParentheses() {
    String text = "The harbour met.\n\nThe new crane is the fastest on the coast (it lifts forty tonnes an hour, "
        + "according to the harbour board), and the pilots like it.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "forty tonnes")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("it lifts forty tonnes an hour");
      assertThat(q.speaker()).isEqualTo("the harbour board");
    });
  }

  @Test
  void learnedWithABareClauseReportsTheClause() {
    String text = "The harbour met.\n\nRagna Holm learned her father had sold the old ferry.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "sold the old ferry")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("her father had sold the old ferry"));
    qs = annotator.annotate("The harbour met.\n\nRagna Holm implied the harbour board was hiding the costs.\n\n"
        + "The council met.", null).quotes();
    assertThat(quoteWith(qs, "hiding the costs")).isPresent();
  }

  @Test
  void launchingAnAttackOnSomeoneReportsTheTarget() {
    String text = "The harbour met.\n\nRagna Holm launched a harsh attack on the harbour board at the meeting.\n\n"
        + "The council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour board")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
  }

  @Test
  void speakingOutInFavorOfSomethingReportsIt() {
    String text = "The harbour met.\n\nRagna Holm spoke out in favor of the longer pier at the meeting.\n\nThe "
        + "council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the longer pier")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
  }

  @Test
  void aPromiseOrPledgeWithAnInfinitiveReportsIt() {
    String text = "The harbour met.\n\nRagna Holm's promise to rebuild the old pier won her many votes.\n\nThe "
        + "council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "rebuild the old pier")).get()
        .satisfies(q -> assertThat(q.speaker()).contains("Ragna Holm"));
  }

  @Test
  void aShortQuotedPhraseBeforeAPostposedSaidEndsTheWordsBeforeIt() {
    String text = "The harbour met.\n\nThe new crane is \"too slow,\" said Eirik Lund, a harbour pilot.\n\nThe council "
        + "met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "new crane")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("The new crane is");
      assertThat(q.speaker()).isEqualTo("Eirik Lund");
    });
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).startsWith("Eirik Lund"));
  }

  @Test
  void aListenerOfSeveralWordsAfterAPostposedToldIsNoReport() {
    String text = "The harbour met.\n\nThe crane includes a special hook for the ferries, Eirik Lund told a harbour panel "
        + "Wednesday.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "special hook")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).startsWith("panel"));
  }

  @Test
  void soAfterAVerbOfSayingOrThinkingIsItsWords() {
    String text = "The harbour met.\n\nThe pilots like the new crane. Ragna Holm thinks so, too.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.text()).startsWith("so");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
  }

  @Test
  void theObjectOfAVerbOfCausingSpeaksTheCueAfterTo() {
    String text = "The harbour met.\n\nThe late timing of the vote led many pilots to say that the council was hiding "
        + "something.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "hiding something")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("many pilots"));
  }

  @Test
  void anInfinitiveLateInASettingAfterAPostposedCueLeavesTheWordsBeforeIt() {
    String text = "The harbour met.\n\nThe crane is older than the pier, Eirik Lund said during his campaign speech to win "
        + "votes.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "older than the pier")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).startsWith("during"));
  }

  @Test
  void aBaseVerbAfterAPluralNounWithAPhraseAfterItIsAVerb() {
    String text = "The harbour met.\n\nSupporters of the longer pier hope the council will pay for it.\n\nThe "
        + "council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "council will pay")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Supporters of the longer pier"));
    qs = annotator.annotate("The harbour met.\n\nMen under 35 support the longer pier by four points.\n\nThe "
        + "council met.", null).quotes();
    assertThat(quoteWith(qs, "the longer pier")).isPresent();
  }

  @Test
  void thatIsAccordingToASourceReportsThePronoun() {
    String text = "The harbour met.\n\nThe crane costs twice as much as the pier. That's according to the harbour "
        + "board's own figures.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.text()).isEqualTo("That");
      assertThat(q.speaker()).contains("harbour board");
    });
  }

  @Test
  void aLongSourceOpeningTheSentenceStillReportsTheRest() {
    String text = "The harbour met.\n\nAccording to early results of the survey conducted by the harbour board for the "
        + "ferry pilots and the fishing crews of the northern coast, most of them want a longer pier.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "want a longer pier")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("most of them"));
  }

  @Test
  void aVerbOfMakingKnownInThePassiveWithoutAnAgentReportsItsSubject() {
    String text = "The harbour met.\n\nOn Thursday, the closing of the old pier was announced.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "closing of the old pier")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("announced"));
  }

  @Test
  void aVerbWhoseObjectIsARelativePronounReportsThePronounAndItsNoun() {
    String text = "The harbour met.\n\nThe council built the short pier, which most pilots opposed, in May.\n\nThe "
        + "council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.text()).endsWith("the short pier, which");
      assertThat(q.speaker()).isEqualTo("most pilots");
    });
    qs = annotator.annotate("The harbour met.\n\nEirik Lund, who hadn't endorsed in the spring, backed the pier in "
        + "May.\n\nThe council met.", null).quotes();
    assertThat(qs).noneSatisfy(q -> assertThat(q.speaker()).isEqualTo("hadn't"));
  }

  @Test
  void letsHopeReportsItsClause() {
    String text = "The harbour met.\n\nThe old pier is rotten. Let's hope the council pays for a new one.\n\nThe "
        + "council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "council pays for a new one")).isPresent();
  }

  @Test
  void aParticipleAfterACountOrAnOwnerIsAnAdjective() {
    String text = "The harbour met.\n\nThe board has 40 pledged members and the council's preferred builder won "
        + "the contract.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "members")).isEmpty();
    assertThat(quoteWith(qs, "builder")).isEmpty();
    qs = annotator.annotate("The harbour met.\n\nA survey of pilots in 1998 showed the pier was too short.\n\nThe "
        + "council met.", null).quotes();
    assertThat(quoteWith(qs, "the pier was too short")).isPresent();
  }

  @Test
  void aShowingAfterAnAdjectiveOfDegreeIsANoun() {
    String text = "The harbour met.\n\nHer best showing is ten percent in the north, where the ferry party won."
        + "\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ten percent")).isEmpty();
    qs = annotator.annotate("The harbour met.\n\nThe pilots spent a day showing reporters the pier was too short."
        + "\n\nThe council met.", null).quotes();
    assertThat(quoteWith(qs, "the pier was too short")).isPresent();
  }

  @Test
  void theFirstPartOfAHyphenatedWordIsNoCue() {
    String text = "The harbour met.\n\nThe pier builder is a sought-after engineer from the north.\n\nThe council "
        + "met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "engineer")).isEmpty();
  }

  @Test
  void aTopicAfterSaidOfIsNoWords() {
    String text = "The harbour met.\n\n\"It was a long night,\" the harbour master said of the storm.\n\nThe council "
        + "met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "of the storm")).isEmpty();
    assertThat(quoteWith(qs, "a long night")).isPresent();
    qs = annotator.annotate("The harbour met.\n\nEirik Lund has said of the pilots that they would never pay for the "
        + "pier.\n\nThe council met.", null).quotes();
    assertThat(quoteWith(qs, "never pay")).isPresent();
  }

  @Test
  void aVerbOfJudgingInThePassiveWithoutAnAgentReportsNothing() {
    String text = "The harbour met.\n\nThe northern pier is widely considered a safe harbour for the ferries.\n\nThe "
        + "council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "safe harbour")).isEmpty();
    qs = annotator.annotate("The harbour met.\n\nThe pier was considered unsafe by the pilots of the ferries.\n\nThe "
        + "council met.", null).quotes();
    assertThat(quoteWith(qs, "unsafe")).isPresent();
  }

  @Test
  void reportedWordsOpenWithThatOrTheInfinitiveTo() {
    String text = "The harbour met.\n\nEirik Lund said that the pier was too short. Ragna Holm vowed to build a longer "
        + "one. The pilots kept referring to the storm of May.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "pier was too short")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("that the pier was too short"));
    assertThat(quoteWith(qs, "build a longer")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("to build"));
    assertThat(quoteWith(qs, "storm of May")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("the storm"));
  }

  @Test
  void aShortQuoteOpeningAParagraphAndCutByItsAttributionIsOneQuote() {
    String text = "The harbour met.\n\nThe pilots came early.\n\n\"Piers matter,\" Lund said. \"Look at the old one. It "
        + "has been rotten for years.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "Piers matter")).get().satisfies(q -> {
      assertThat(q.text()).contains("rotten for years");
      assertThat(q.speaker()).isEqualTo("Lund");
    });
    // A second quote with an attribution of its own after it is joined all the same by mergeSplit when only an
    // attribution stands between the two ('"I'd build it," Lund said. "I would love to," Lund said later.'), as
    // PolNeAR mostly does (thirteenth round); words that open a new sentence outside quotation marks are not.
    qs = annotator.annotate("The harbour met.\n\n\"I'd build it,\" Lund said. He would love \"to build it soon,\" Lund "
        + "said later.\n\nThe council met.", null).quotes();
    assertThat(quoteWith(qs, "I'd build it")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("build it soon"));
  }

  @Test
  void isNotExpectedTakesItsSubjectLikeIsExpected() {
    String text = "The harbour met.\n\nThe closing of the old pier is not expected to happen until May, giving the "
        + "pilots time to prepare. The harbour master, a regular at the meetings, isn\u2019t expected to attend."
        + "\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "happen until May")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("The closing of the old pier");
      assertThat(q.speakerStart()).isEqualTo(-1);
    });
    assertThat(quoteWith(qs, "to attend")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("The harbour master"));
  }

  @Test
  void aPollFigureAfterTheWordsOpensAReportOfItsOwn() {
    String text = "The harbour met.\n\nMost pilots said they want a longer pier, while 30 percent of the crews said the "
        + "old one was safe enough.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "want a longer pier")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("percent"));
    assertThat(quoteWith(qs, "safe enough")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("longer pier"));
  }

  @Test
  void aQuoteAfterSaidAddingIsAQuoteOfItsOwn() {
    String text = "The harbour met.\n\n\"We want a longer pier,\" Lund said, adding, \"The old one is rotten.\"\n\n"
        + "\"The ferry is late,\" Holm said. \"It will come tomorrow.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "longer pier")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("rotten"));
    assertThat(quoteWith(qs, "rotten")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Lund"));
    assertThat(quoteWith(qs, "ferry is late")).get()
        .satisfies(q -> assertThat(q.text()).contains("come tomorrow"));
  }

  @Test
  void aNoBreakSpaceIsASpaceToTheRules() {
    String text = "The harbour met.\n\nLund later defended the old pier,\u00a0calling the new ferry far too small for "
        + "it.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "old pier")).get().satisfies(q -> assertThat(q.text()).doesNotContain("calling"));
    assertThat(quoteWith(qs, "too small")).isPresent();
  }

  @Test
  void aColonAfterACueNounOpensItsClause() {
    String text = "The harbour met.\n\nThe pilots sent the council a blunt message: the old pier is rotten and must be "
        + "closed.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the old pier is rotten")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("the old pier"))
        .satisfies(q -> assertThat(q.speaker()).isNotEqualTo("The pilots sent the council a blunt"));
  }

  @Test
  void aNameOpeningTwoParagraphsOrMoreLabelsAnInterview() {
    String text = "The harbour met.\n\nThe radio host spoke with a pilot about the pier.\n\nHolm: The old pier is rotten "
        + "and the council knows it.\n\nLund: Then why did nobody close it last winter?\n\nHolm: Because the ferry "
        + "needs it every single morning.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "old pier is rotten")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Holm"));
    assertThat(quoteWith(qs, "ferry needs it")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Holm"));
    assertThat(quoteWith(qs, "close it last winter")).isEmpty();
  }

  @Test
  void moreNounsWithAPrepositionReportTheirObject() {
    String text = "The harbour met.\n\nLund took several swipes at the harbour board during the long meeting.\n\nThe "
        + "council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour board")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Lund"));
  }

  @Test
  void aCriticOfReportsItsObject() {
    String text = "The harbour met.\n\nHolm has been a vocal critic of the harbour board for years.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour board")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Holm"));
  }

  @Test
  void criticismFromAGroupReportsWhatTheyCriticise() {
    String text = "The harbour met.\n\nThe new pier plan has drawn sharp criticism from the ferry pilots.\n\nThe council "
        + "met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The new pier plan")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("the ferry pilots"));
  }

  @Test
  void relishedReportsItsObject() {
    String text = "The harbour met.\n\nLund relished the long fight over the pier.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the long fight over the pier")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Lund"));
  }

  @Test
  void aShortQuoteOpeningItsSentenceWithASpeakerAfterItIsAQuote() {
    String text = "The harbour met.\n\n\"Absolutely not,\" Lund said of the plan.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "Absolutely not")).get().satisfies(q -> {
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("Lund");
    });
    assertThat(quoteWith(qs, "of the plan")).isEmpty();
  }

  @Test
  void aShortObjectEndsBeforeALaterReportWithItsOwnSubject() {
    String text = "The harbour met.\n\nBerg criticized the board, but she suggested the pier could wait.\n\nThe council "
        + "met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the board")).get().satisfies(q -> assertThat(q.text()).doesNotContain("suggested"));
    assertThat(quoteWith(qs, "the pier could wait")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("she"));
  }

  @Test
  void aPostposedCueBeforeASemicolonOrDashEndsItsWords() {
    String text = "The harbour met.\n\nThe pier will need a new deck by spring, local engineers say; in 2012, the "
        + "old one lasted a decade.\n\nSuch a delay could anger the ferry pilots, her aides believe \u2014 pilots she "
        + "needs.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The pier will need a new deck by spring")).get().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("local engineers");
      assertThat(q.text()).doesNotContain("2012");
    });
    assertThat(quoteWith(qs, "Such a delay could anger the ferry pilots")).get().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("her aides");
      assertThat(q.text()).doesNotContain("pilots she");
    });
  }

  @Test
  void aSupportVerbWithAParticleOfRetreatIsNoCue() {
    String text = "The harbour met.\n\nThe ferry union backed down after the vote, and the mayor backed out of the "
        + "talks.\n\nLund backed the new pier plan.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "after the vote")).isEmpty();
    assertThat(quoteWith(qs, "of the talks")).isEmpty();
    assertThat(quoteWith(qs, "the new pier plan")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Lund"));
  }

  @Test
  void wordsOpeningANewSentenceAfterAnAttributionAreNotTheRestOfTheQuote() {
    String text = "The harbour met.\n\n\"The pier is finished,\" Lund said. But \"if the storms come back, it will "
        + "not last a winter,\" said Berg.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The pier is finished")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("storms");
      assertThat(q.speaker()).isEqualTo("Lund");
    });
    assertThat(quoteWith(qs, "storms come back")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Berg"));
  }

  @Test
  void aQuoteAfterAnAddedReportThatEndsItsSentenceIsAQuoteOfItsOwn() {
    String text = "The harbour met.\n\n\"The pier is finished,\" Lund said, adding that the ferry would run all "
        + "winter. \"We are ready for the storms.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The pier is finished")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("ready");
      assertThat(q.speaker()).isEqualTo("Lund");
    });
    assertThat(quoteWith(qs, "the ferry would run")).get().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.speaker()).isEqualTo("Lund");
    });
  }

  @Test
  void wordsInAnOpeningClauseOfContrastEndAtItsComma() {
    String text = "The harbour met.\n\nWhile the mayor has said the pier is safe, the engineers want a new survey."
        + "\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pier is safe")).get().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("the mayor");
      assertThat(q.text()).doesNotContain("engineers");
    });
  }

  @Test
  void aCueWithAParticleThatMakesAnotherVerbIsNoCue() {
    String text = "The harbour met.\n\nThe storm knocked out the old crane, and the board called off the vote.\n\n"
        + "Lund knocked the plan as a waste of money.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the old crane")).isEmpty();
    assertThat(quoteWith(qs, "the vote")).isEmpty();
    assertThat(quoteWith(qs, "the plan as a waste")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Lund"));
  }

  @Test
  void foundAfterHelpedOrToIsTheVerbOfFoundingNoCue() {
    String text = "The harbour met.\n\nLund, who helped found the ferry union in 1990, said the pier was rotten. Berg "
        + "found that the crane was unsafe.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the ferry union")).isEmpty();
    assertThat(quoteWith(qs, "the pier was rotten")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Lund"));
    assertThat(quoteWith(qs, "the crane was unsafe")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Berg"));
  }

  @Test
  void aQuoteEndingWithAWordGoesOnWithThePrepositionAfterItsClosingMark() {
    String text = "The harbour met.\n\n\"The pier is finished,\" Lund said. \"What can we do? This is the fight we are "
        + "taking\" to the rest of the harbour.\n\n\"We are ready,\" Berg said on Monday.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The pier is finished")).get()
        .satisfies(q -> assertThat(q.text()).endsWith("to the rest of the harbour"));
    assertThat(quoteWith(qs, "We are ready")).get().satisfies(q -> assertThat(q.text()).doesNotContain("Monday"));
  }

  @Test
  void addedBeforeAQuantityIsNoCue() {
    String text = "The harbour met.\n\nThe port added 200 jobs last year, and the ferry company added around 40 new "
        + "crews. Lund added that the pier was rotten.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "200 jobs")).isEmpty();
    assertThat(quoteWith(qs, "40 new crews")).isEmpty();
    assertThat(quoteWith(qs, "the pier was rotten")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Lund"));
  }

  @Test
  void aNamingParticipleSetOffByCommasIsNoCue() {
    String text = "The navy said the exercise, named Northern Shield 3, was a routine drill and that no ships had "
        + "entered foreign waters.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).extracting(Quote::cue).doesNotContain("named");
    assertThat(qs).filteredOn(q -> "said".equals(q.cue())).singleElement()
        .satisfies(q -> assertThat(q.text()).startsWith("the exercise, named Northern Shield 3, was a routine drill"));
    String relative = "The navy said the exercise, which they named Northern Shield 3, was a routine drill.";
    assertThat(annotator.annotate(relative, null).quotes()).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the exercise, which they named Northern Shield 3, was a "
            + "routine drill"));
    // After a name's aside the participle is the name's own verb.
    String verb = "Ragna Holm, speaking on the radio, called Eirik Lund a \"coward,\" and left the studio.";
    assertThat(annotator.annotate(verb, null).quotes()).extracting(Quote::cue).contains("called");
  }

  @Test
  void aPassiveAfterHasToBeReportsItsSubjectWithoutTheModal() {
    String text = "The harbour plan still has to be approved by the council, and the ferry company expects delays.";
    assertThat(annotator.annotate(text, null).quotes()).filteredOn(q -> "approved".equals(q.cue())).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("The harbour plan"));
  }

  @Test
  void anInfinitiveAfterAVerbOfWantingIsItsWordsEvenWithAThatLater() {
    String text = "The harbour.\n\nRagna Holm prefers to keep the old ferries running rather than buy boats that "
        + "could cost the town too much.";
    assertThat(annotator.annotate(text, null).quotes()).filteredOn(q -> "prefers".equals(q.cue())).singleElement()
        .satisfies(q -> assertThat(q.text()).startsWith("to keep the old ferries running"));
  }

  @Test
  void aSetPhraseOrACueSplitByPunctuationReportsNothing() {
    String text = "The harbour.\n\nThat said, there is no sign that the ferries will stop. Simply put, it is the "
        + "timetable that matters. Needless to say, the pier stayed open.";
    assertThat(annotator.annotate(text, null).quotes()).extracting(Quote::cue)
        .doesNotContain("said", "put, it", "say");
    // "said" as a cue after "that" stays one.
    String real = "The harbour.\n\nRagna Holm said that said timetable would change.";
    assertThat(annotator.annotate(real, null).quotes()).extracting(Quote::cue).contains("said");
  }

  @Test
  void aPrepositionRightAfterTheCueIsNotPartOfTheWords() {
    String text = "The harbour met.\n\nThe mayor made no mention of the broken pier. Lund was accused of hiding the "
        + "crane report.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the broken pier")).get().satisfies(q -> assertThat(q.text()).isEqualTo("the broken pier"));
    assertThat(quoteWith(qs, "hiding the crane report")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("hiding the crane report"));
  }

  @Test
  void aConnectiveThatOpensTheWordsIsNotPartOfThem() {
    String text = "The harbour met.\n\nThe ferry was late again. But the pier is too short, Eirik Lund said. The crane "
        + "was sold. However, the new crane is too small, Ragna Holm said.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pier is too short")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the pier is too short"));
    assertThat(quoteWith(qs, "the new crane is too small")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the new crane is too small"));
  }

  @Test
  void aParticleAfterTheCueAndThePartOfADayBeforeTheWordsAreNotPartOfThem() {
    String text = "The harbour met.\n\nEirik Lund ruled out a bid for the harbour board. Ragna Holm said Tuesday night "
        + "that the pier was rotten.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "a bid for the harbour board")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("a bid for the harbour board"));
    assertThat(quoteWith(qs, "the pier was rotten")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("that the pier was rotten"));
  }

  @Test
  void theWordThatOpensAnIndirectQuestionRightAfterTheCueIsPartOfTheWords() {
    String text = "The harbour met.\n\nAt the meeting, Eirik Lund asked whether the pier was safe. Ragna Holm then "
        + "asked what the new crane would cost.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pier was safe")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("whether the pier was safe"));
    assertThat(quoteWith(qs, "the new crane would cost")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("what the new crane would cost"));
  }

  @Test
  void theClosingParenthesisOfAnAsideIsNotPartOfTheWordsInIt() {
    String text = "The harbour met.\n\nThe ferry was sold in May. (Eirik Lund said the timing was unrelated.) The pier "
        + "was closed.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the timing was unrelated")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the timing was unrelated"));
  }

  @Test
  void theOneUrgedIsPartOfTheWords() {
    String text = "The harbour met.\n\nEirik Lund urged the harbour board to close the old pier.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "to close the old pier")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the harbour board to close the old pier"));
  }

  @Test
  void theOneAskedToDoSomethingIsPartOfTheWordsButNotTheOneAskedAQuestion() {
    String text = "The harbour met.\n\nEirik Lund asked the harbour board to close the old pier. Ragna Holm asked the "
        + "mayor whether the crane was safe.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "to close the old pier")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the harbour board to close the old pier"));
    assertThat(quoteWith(qs, "the crane was safe")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("whether the crane was safe"));
  }

  @Test
  void aRelativeClauseOnTheObjectOfACueNounGoesOnWithIt() {
    String text = "The harbour met.\n\nRagna Holm's criticism of a harbour law that protects the ferry owners, first "
        + "heard in May, was sharp.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "a harbour law")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("a harbour law that protects the ferry owners"));
  }

  @Test
  void aPassiveCueWithAsTakesTheSubjectIntoTheWords() {
    String text = "The harbour met.\n\nIn May, the new harbour plan was widely condemned as reckless and costly.\n\n"
        + "The council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "as reckless and costly")).get().satisfies(
        q -> assertThat(q.text()).isEqualTo("the new harbour plan was widely condemned as reckless and costly"));
  }

  @Test
  void aPassiveCueWithAnInfinitiveTakesTheSubjectIntoTheWords() {
    String text = "The harbour met.\n\nAt the opening, the harbour band was instructed to play the old anthem.\n\n"
        + "The council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "to play the old anthem")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the harbour band was instructed to play the old anthem"));
  }

  @Test
  void theOneAskedAQuestionIsNotPartOfItsWords() {
    String text = "The harbour met.\n\nAt the meeting, Eirik Lund kept asking the harbour master why the pier was "
        + "closed.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pier was closed")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("why the pier was closed"));
  }

  @Test
  void forRightAfterACueOfAdvocatingIsNotPartOfTheWords() {
    String text = "The harbour met.\n\nFor years, Ragna Holm has advocated for a longer pier.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "a longer pier")).get().satisfies(q -> assertThat(q.text()).isEqualTo("a longer pier"));
  }

  @Test
  void forTheFirstTimeBetweenTheCueAndTheWordsIsNotPartOfThem() {
    String text = "The harbour met.\n\nOn Monday, Eirik Lund said for the first time that the old pier was rotten.\n\n"
        + "The council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the old pier was rotten")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("that the old pier was rotten"));
  }

  @Test
  void aSecondQuoteWithItsOwnAttributionAfterItIsAQuoteOfItsOwn() {
    String text = "The harbour met.\n\n\"The pier is rotten,\" Lund said. \"We need a new one. The ferries cannot wait,\" "
        + "Lund said.\n\n\"We are ready,\" Berg said. \"The date is up to them.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The pier is rotten")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("new one");
      assertThat(q.speaker()).isEqualTo("Lund");
    });
    assertThat(quoteWith(qs, "The ferries cannot wait")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("We need a new one");
      assertThat(q.speaker()).isEqualTo("Lund");
    });
    assertThat(quoteWith(qs, "We are ready")).get()
        .satisfies(q -> assertThat(q.text()).contains("The date is up to them"));
  }

  @Test
  void aVerbOfAnotherFormJoinedToANounPhraseReportEndsItsWords() {
    String text = "The harbour met.\n\nEirik Lund denied the harbour charges and accused the mayor of hiding the crane "
        + "report. Ragna Holm vowed to cut the ferry fares and support the night crews.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour charges")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the harbour charges");
      assertThat(q.speaker()).isEqualTo("Eirik Lund");
    });
    assertThat(quoteWith(qs, "the mayor of hiding")).get().satisfies(q -> assertThat(q.cue()).isEqualTo("accused"));
    assertThat(quoteWith(qs, "the ferry fares")).get()
        .satisfies(q -> assertThat(q.text()).contains("support the night crews"));
  }

  @Test
  void aVerbOfSayingWithItsOwnSubjectAfterADashEndsTheWordsAtTheDash() {
    String text = "The harbour met.\n\nEirik Lund praised the harbour board for cutting fees - moves that he said would "
        + "help the port grow. Ragna Holm acknowledged that the crane plan would be hard to pass - something her "
        + "aides argue is still possible.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour board")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the harbour board for cutting fees"));
    assertThat(quoteWith(qs, "would help the port grow")).get().satisfies(q -> assertThat(q.cue()).isEqualTo("said"));
    assertThat(quoteWith(qs, "the crane plan")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("that the crane plan would be hard to pass"));
    assertThat(quoteWith(qs, "is still possible")).get().satisfies(q -> assertThat(q.cue()).isEqualTo("argue"));
  }

  @Test
  void aMiddleAttributionBeforeAnotherAtTheSentenceEndEndsTheFirstWords() {
    String text = "The harbour met.\n\nMarchers carried white roses in the rain, a local TV station reported, while in "
        + "Bergen the parade began with a minute of silence, the Post reported.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "white roses")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("Marchers carried white roses in the rain"));
    assertThat(quoteWith(qs, "the parade began")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("roses");
      assertThat(q.speaker()).contains("Post");
    });
  }

  @Test
  void anAttributionBeforeAQuoteIsNoAttributionInTheMiddleOfItsSentence() {
    String text = "The harbour met.\n\nBefore the vote, harbour chief Ragna Holm lobbied to close the north pier, saying, "
        + "\"The fewer boats, the better.\"\n\nOn the radio the day before, she stated, \"The pier will close in "
        + "March,\" adding, \"I think the crews will agree.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The fewer boats")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("north pier");
      assertThat(q.cue()).isEqualTo("saying");
    });
    assertThat(quoteWith(qs, "The pier will close")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("radio");
      assertThat(q.text()).doesNotContain("crews");
    });
    assertThat(quoteWith(qs, "the crews will agree")).isPresent();
  }

  @Test
  void aQuoteAfterAnAttributionWithAColonIsNoContinuationOfAQuoteThatEndedItsSentence() {
    String text = "The harbour met.\n\n\"We are fishermen,\" Ms. Holm said. \"We are not smugglers.\" Mr. Lund said: "
        + "\"The raid that happened today is the work of the customs office. We ourselves are running from these "
        + "raids.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "We are fishermen")).get().satisfies(q -> {
      assertThat(q.text()).contains("We are not smugglers");
      assertThat(q.text()).doesNotContain("raid");
      assertThat(q.speaker()).contains("Holm");
    });
    assertThat(quoteWith(qs, "The raid that happened")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("fishermen");
      assertThat(q.speaker()).contains("Lund");
    });
  }

  @Test
  void aSecondQuoteClosedByAShortAttributionOfItsOwnIsAQuoteOfItsOwn() {
    String text = "The harbour met.\n\nThe dock workers were angry. \"The pier is rotten,\" said Ragna Holm. \"We will need "
        + "a new crane before the winter storms,\" added harbour worker Eirik Berg.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The pier is rotten")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("crane");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
    assertThat(quoteWith(qs, "a new crane")).get().satisfies(q -> assertThat(q.text()).doesNotContain("pier"));
  }

  @Test
  void aSecondVerbJoinedRightAfterADashEndsTheWordsOfTheFirst() {
    String text = "The harbour met.\n\nEirik Lund praised the ferry crews for their long record of safety\u2014the best in "
        + "the north\u2014and promised that the pier would be rebuilt.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the ferry crews")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("promised");
      assertThat(q.text()).doesNotContain("pier");
    });
    assertThat(quoteWith(qs, "the pier would be rebuilt")).get()
        .satisfies(q -> assertThat(q.cue()).isEqualTo("promised"));
  }

  @Test
  void aSecondQuotedQuestionClosedByAShortAttributionIsAQuoteOfItsOwn() {
    String text = "The harbour met.\n\nThe dock workers were angry. \"The pier is rotten,\" said Ragna Holm. \"Who will pay "
        + "for a new crane before the winter storms?\" asked harbour worker Eirik Berg.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The pier is rotten")).get().satisfies(q -> assertThat(q.text()).doesNotContain("crane"));
    assertThat(quoteWith(qs, "Who will pay")).get().satisfies(q -> assertThat(q.text()).doesNotContain("pier"));
  }

  @Test
  void aReportOnALineWithMarkupOrAWebAddressIsNoReport() {
    String text = "The harbour met.\n\nRagna Holm said the pier would be rebuilt before the winter storms.\n\n"
        + "<post author=\"@harbourwatch\">Eirik Lund says the ferry fares will rise again https://t.co/abc123</post>\n\n"
        + "The council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pier would be rebuilt")).isPresent();
    assertThat(qs).noneMatch(q -> q.text().contains("ferry fares"));
  }

  @Test
  void aCueAfterAnAuxiliaryAndYouAsksAQuestionAndReportsNothing() {
    String text = "The harbour met.\n\nRagna Holm supports Eirik Lund for harbour master.\n\nDo you support Eirik Lund?\n\n"
        + "The council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anyMatch(q -> q.text().contains("Eirik Lund") && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.start() > text.indexOf("Do you"));
  }

  @Test
  void reportedWordsThatAreAFigureWithAtMostTwoWordsAreNoReport() {
    String text = "The harbour met.\n\nRagna Holm said the fund would pay $50,000 for a new crane.\n\nThe harbour board "
        + "proposed a $40,000 cap.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "$50,000 for a new crane")).isPresent();
    assertThat(qs).noneMatch(q -> q.text().contains("$40,000"));
  }

  @Test
  void aCueAfterAnAuxiliaryAndWeAsksAQuestionAndReportsNothing() {
    String text = "The harbour met.\n\nRagna Holm supports Eirik Lund for harbour master.\n\nShould we support Eirik "
        + "Lund for harbour master?\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anyMatch(q -> q.text().contains("Eirik Lund") && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.start() > text.indexOf("Should we"));
  }

  @Test
  void theWordsAfterToldStartAfterTheWholeListener() {
    String text = "The harbour met.\n\nRagna Holm told the angry dock crowd that the pier would be rebuilt. Eirik Lund "
        + "told Harbour Weekly newspaper on Tuesday that the crane was too old.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pier would be rebuilt")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("crowd");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
    assertThat(quoteWith(qs, "the crane was too old")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("newspaper");
      assertThat(q.text()).doesNotContain("Tuesday");
      assertThat(q.speaker()).isEqualTo("Eirik Lund");
    });
  }

  @Test
  void aRelativeClauseWithASubjectAndCueOfItsOwnEndsTheObjectAndIsAReportOfItsOwn() {
    String text = "The harbour met.\n\nRagna Holm criticized the ferry timetable, which an audit said was badly out of "
        + "date.\n\nLund was asked whether the new crane, which the harbour trust estimates would cost two million, "
        + "would be worth it.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the ferry timetable")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("audit");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
    assertThat(quoteWith(qs, "badly out of date")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("timetable");
      assertThat(q.speaker()).isEqualTo("an audit");
    });
    // A relative aside inside the subject of the words, closed by a comma before the main verb, leaves them whole.
    assertThat(quoteWith(qs, "whether the new crane")).get()
        .satisfies(q -> assertThat(q.text()).contains("would be worth it"));
  }

  @Test
  void theWordsOfARelativeClauseWithASubjectOfItsOwnBeginAtItsPronoun() {
    String text = "The harbour met.\n\nLund said the pier was sound, which the harbour survey said was wrong.\n\nThe "
        + "board struck down the fare rule that appeals courts said favored the ferry owners.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "was wrong")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("which the harbour survey said was wrong");
      assertThat(q.speaker()).isEqualTo("the harbour survey");
    });
    assertThat(quoteWith(qs, "the pier was sound")).get().satisfies(q -> assertThat(q.text()).doesNotContain("survey"));
    assertThat(quoteWith(qs, "favored the ferry owners")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("that appeals courts said");
      assertThat(q.speaker()).isEqualTo("appeals courts");
    });
  }

  @Test
  void aSecondQuoteBrokenOffByAnEllipsisWithItsOwnAttributionIsAQuoteOfItsOwn() {
    String text = "The harbour met.\n\n\u201cWhat I love about this pier is, it\u2019s like a bridge,\u201d Lund said. "
        + "\u201cWell you were for the crane and I\u2019m for the ferry so we\u2019re like a bridge over troubled\u2026\u201d "
        + "Holm said, not finishing her joke.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "What I love")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("crane");
      assertThat(q.speaker()).isEqualTo("Lund");
    });
    assertThat(quoteWith(qs, "bridge over troubled")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("What I love");
      assertThat(q.speaker()).isEqualTo("Holm");
    });
  }

  @Test
  void aSettingAfterAPronounListenerIsNoPartOfTheListenerOrTheWords() {
    String text = "The harbour met.\n\nEirik Lund told her at a meeting that the pier was rotten.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pier was rotten")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("meeting");
      assertThat(q.speaker()).isEqualTo("Eirik Lund");
    });
  }

  @Test
  void aRelativeClauseWhoseVerbTakesThePronounAsObjectEndsTheWordsBeforeIt() {
    String text = "The harbour met.\n\nThe report repeated claims that Lund sold the old ferry, which he has denied "
        + "since the spring.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "sold the old ferry")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("which");
      assertThat(q.text()).endsWith("the old ferry");
    });
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.text()).isEqualTo("which");
      assertThat(q.speaker()).isEqualTo("Lund");
    });
  }

  @Test
  void aQuotedSentenceCutByItsAttributionBetweenCommasIsOneQuote() {
    String text = "The harbour met.\n\n\u201cIf the board signs the lease and nobody on the council reads the terms,\u201d "
        + "the mayor said, \u201cthat\u2019s a real scandal.\u201d\n\n\"The ferry is late,\" Lund said. \"We will "
        + "wait.\"\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "If the board")).get().satisfies(q -> {
      assertThat(q.text()).contains("a real scandal");
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("the mayor");
    });
    assertThat(qs.stream().filter(q -> q.text().contains("a real scandal"))).hasSize(1);
  }

  @Test
  void aQuoteAndItsAttributionBeforeAccordingToAreTheFirstHalfOfTheQuote() {
    String text = "The hearing went on for hours.\n\n\u201cI ask you not to sign the lease tonight,\u201d Lund said, "
        + "according to the local paper. \u201cIt is of great importance that the council reads it first.\u201d\n\n"
        + "The council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "I ask you")).get().satisfies(q -> {
      assertThat(q.text()).contains("reads it first").doesNotContain("Lund said");
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("the local paper");
    });
    assertThat(qs.stream().filter(q -> q.text().contains("reads it first"))).hasSize(1);
  }

  @Test
  void theSecondHalfOfACutQuoteMayBeAReportThatOpensWithAQuotationMark() {
    String text = "The harbour met.\n\n''My neighbours, whoever they are, including Lund and Holm,'' Mr. Berg, the "
        + "harbour master, said, ''the first thing they hear at the pier is 'the ferry is late.'.''\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "My neighbours")).get().satisfies(q -> {
      assertThat(q.text()).contains("the first thing they hear").doesNotContain("harbour master");
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("Mr. Berg");
    });
    assertThat(qs.stream().filter(q -> q.text().contains("the first thing they hear"))).hasSize(1);
  }

  @Test
  void aParticipleAfterAnArticleIsAnAdjectiveButTheAllegedStillReports() {
    String text = "Tensions have grown over the disputed estuary on the coast, where both navies patrol. The alleged "
        + "plot to seize the harbour was never proven in court.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneMatch(q -> "disputed".equals(q.cue()));
    assertThat(qs).anyMatch(q -> "alleged".equalsIgnoreCase(q.cue()));
  }

  @Test
  void aReportInsideARelativeAsideEndsWhereTheAsideDoes() {
    String text = "The envoys, who had feared that the ferry deal might collapse in Tromso, reacted with quiet relief. "
        + "The mayor, who said that the pier, built in 1950, was too short, has asked for a new one.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferry deal might collapse")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("relief"));
    // A comma that may close an aside inside the words is no end.
    assertThat(quoteWith(qs, "the pier")).get().satisfies(q -> assertThat(q.text()).contains("too short"));
  }

  @Test
  void aSubordinateClauseRightAfterThatStaysInsideTheWords() {
    String text = "Harbour experts told the paper that the delay is a sign that even though Eirik Lund says he wants "
        + "a new pier, his office has no plan for it.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the delay is a sign")).get()
        .satisfies(q -> assertThat(q.text()).contains("has no plan"));
  }

  @Test
  void aParticipleJoinedToAPassiveOneReportsNothing() {
    String text = "The coast guard condemned the passage of the two trawlers, saying the boats had been tracked and "
        + "warned throughout their voyage.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneMatch(q -> "warned".equals(q.cue()));
    assertThat(quoteWith(qs, "had been tracked")).get().satisfies(q -> assertThat(q.text()).contains("voyage"));
  }

  @Test
  void aParagraphEndingWithACueAndAColonIntroducesTheNextParagraphAsItsWords() {
    String text = "The harbour met.\n\nIn a post on his blog, Eirik Lund wrote:\n\nI think the new ferry is a "
        + "mistake, as the figures are showing a fall in the number of riders. The council should wait a year.\n\n"
        + "Lund also wrote that he had met the mayor.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the new ferry is a mistake")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("I think the new ferry").contains("should wait a year");
      assertThat(q.speaker()).isEqualTo("Eirik Lund");
      assertThat(q.cue()).isEqualTo("wrote");
    });
    assertThat(qs).noneSatisfy(q -> assertThat(q.cue()).isEqualTo("showing"));
  }

  @Test
  void aCueWithItsOwnWordsBeforeTheColonIntroducesNoParagraph() {
    String text = "The harbour met.\n\nEirik Lund noted that he did not:\n\nAfter the "
        + "long debate on the pier and the lease, the mayor left the hall without a word.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).startsWith("After the long debate"));
  }

  @Test
  void aQuoteThatOpensTheNextParagraphIsNoPartOfTheReportBefore() {
    String text = "The harbour met.\n\nAt the meeting, Eirik Lund said the old pier was safe.\n\n\u201cWe will open the "
        + "new ferry line in May,\u201d said the 46-year-old. \u201cNow we wait for the board.\u201d\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the old pier was safe")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("ferry");
      assertThat(q.direct()).isFalse();
    });
    assertThat(quoteWith(qs, "We will open")).get().satisfies(q -> assertThat(q.direct()).isTrue());
  }

  @Test
  void anUnattributedQuoteOpeningTheNextParagraphTakesTheSpeakerOfTheReportBefore() {
    String text = "The harbour met.\n\nAt the meeting, Eirik Lund said the old pier was safe.\n\n\u201cWe will open the "
        + "new ferry line in May and we will not wait for the board.\u201d\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "We will open")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("pier");
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("Eirik Lund");
    });
  }

  @Test
  void aQuoteThatOpensInsideAReportAndRunsPastItsSentenceIsPartOfTheReport() {
    String text = "The harbour met.\n\nThe columnist Ragna Holm wrote that the debate was a \u201ccalmer one\u201d and "
        + "that the mayor \u201cdid well, because it was a real debate. It was hopeful\u201d and that the ferry plan "
        + "would pass.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the debate was")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("that the debate was").contains("It was hopeful");
      assertThat(q.cue()).isEqualTo("wrote");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
  }

  @Test
  void anUnattributedQuoteOpeningTheNextParagraphTakesTheReportSpeakerNotAnEarlierQuoteSpeaker() {
    String text = "The harbour met.\n\nRagna Holm spoke first: \u201cThe pier is rotten and the ferry is late.\u201d\n\n"
        + "At the meeting, Eirik Lund said the old pier was safe.\n\n\u201cWe will open the new ferry line in May and we "
        + "will not wait for the board.\u201d\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "We will open")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
  }

  @Test
  void aNounCueThatIsAVerbEndsAPostposedAttributionBeforeTheSentenceEnd() {
    String text = "The harbour met.\n\nThe ferry crew refused to sail in the storm, the Coastal Herald reports. The "
        + "council met on Monday.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferry crew refused")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("Herald");
      assertThat(q.speaker()).contains("Coastal Herald");
    });
    // Not after a lower-case word: "the council read the reports." holds no report.
    qs = annotator.annotate("The harbour met. Everyone on the council read the reports.", null).quotes();
    assertThat(qs).isEmpty();
  }

  @Test
  void asReportedByAnAgentOpeningTheSentenceReportsTheRestOfIt() {
    String text = "The harbour met.\n\nAs reported by the Coastal Herald, the old pier will close in May for "
        + "repairs.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "old pier will close")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("Herald");
      assertThat(q.speaker()).contains("Coastal Herald");
    });
  }

  @Test
  void aPluralNounPhraseAfterAndWithAVerbOfSayingStartsAReportOfItsOwn() {
    String text = "The harbour met.\n\nRagna Holm said the ferry was late and the captains said the old pier was "
        + "closed.\n\nSome members have said they will skip the vote and others have said they are not interested.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "ferry was late")).get().satisfies(q -> assertThat(q.text()).doesNotContain("pier"));
    assertThat(quoteWith(qs, "old pier was closed")).isPresent();
    assertThat(quoteWith(qs, "skip the vote")).get().satisfies(q -> assertThat(q.text()).doesNotContain("interested"));
    assertThat(quoteWith(qs, "not interested")).isPresent();
  }

  @Test
  void anOpeningMarkAfterACommaAndBeforeASpaceClosesTheQuote() {
    String text = "The hall was full.\n\n\u201cIt is most unusual,\u201c said Tom Roe, a lawyer with the harbour board.\n\n"
        + "The council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "most unusual")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("lawyer");
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("Tom Roe");
    });
  }

  @Test
  void promisesAfterASingularSubjectIsACueButNotAfterADeterminer() {
    List<Quote> qs = annotator.annotate("The harbour met. Ragna Holm promises the state will pay for the new pier.",
        null).quotes();
    assertThat(quoteWith(qs, "state will pay")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
    qs = annotator.annotate("The harbour met. Those promises add up to more than a million crowns.", null).quotes();
    assertThat(qs).isEmpty();
  }

  @Test
  void aPostposedSayingWithANounPhraseInTheMiddleOfItsWordsKeepsTheWholeSentence() {
    String text = "The harbour met.\n\nThe real test of the new pier, said one senior engineer, will come in the "
        + "spring.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "real test")).get().satisfies(q -> {
      assertThat(q.text()).contains("will come in the spring");
      assertThat(q.speaker()).isEqualTo("one senior engineer");
    });
  }

  @Test
  void aParticipleOfSayingWithNoSubjectReadTakesTheSpeakerOfTheReportBeforeIt() {
    String text = "The harbour met.\n\nOne worker at the yard declined to speak on the record, saying it would be a "
        + "bad move for his career.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "bad move")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("record");
      assertThat(q.speaker()).isEqualTo("One worker at the yard");
    });
  }

  @Test
  void aThatClauseAfterTheAttributionOfAQuoteEndingInACommaIsTheRestOfTheQuote() {
    String text = "The harbour met.\n\n\u201cIt is our bad luck,\u201d Holm said, that the storm came in the week of "
        + "the vote.\n\nThe council met.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "bad luck")).get().satisfies(q -> {
      assertThat(q.text()).contains("the storm came");
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("Holm");
    });
  }

  @Test
  void aNounCueThatIsAVerbAfterANameAndBeforeItsWordsIsTheVerb() {
    String text = "The pair fell out in May. The Coastal Herald reports the two friends argued after a dinner at the "
        + "pier.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "two friends argued")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("Herald");
      assertThat(q.speaker()).contains("Coastal Herald");
    });
  }

  @Test
  void showAsANounShowsNothing() {
    String text = "The Nightly Show Takes A Look At The Harbour Vote. Speaking on radio show Harbour Hour last week, "
        + "Eirik Lund praised the crews. It was a show of respect to the ferry crews. Polls show Ragna Holm ahead "
        + "in Tromso.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneMatch(q -> "show".equalsIgnoreCase(q.cue()) && !q.text().contains("ahead"));
    assertThat(quoteWith(qs, "Ragna Holm ahead")).get().extracting(Quote::cue).isEqualTo("show");
  }

  @Test
  void aReportInASentenceOfItsOwnBetweenTwoQuotesKeepsThemApart() {
    String text = "The harbour met. \"The pier is too short for the new ferries,\" Holm said. Lund supports a longer "
        + "pier on the north side. \"We have asked the council for the money twice.\"";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "too short")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("asked the council");
      assertThat(q.speaker()).isEqualTo("Holm");
    });
    assertThat(quoteWith(qs, "asked the council")).isPresent();
  }

  @Test
  void aReportWithAQuoteInARelativeAsideEndsAtTheAsidesComma() {
    String text = "The harbour met. Holm, who estimates that the repairs will cost \"close to a million crowns,\" "
        + "described the pier as a danger to the boats.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "repairs will cost")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("described");
      assertThat(q.text()).doesNotContain("danger");
    });
  }

  @Test
  void declinedBeforeAQuantityReportsNothing() {
    List<Quote> qs = annotator.annotate("The harbour met. Fees at the port declined to $3 million in 2015, and freight "
        + "declined 12 percent.", null).quotes();
    assertThat(qs).isEmpty();
    qs = annotator.annotate("The harbour met. Ragna Holm declined to comment on the fees.", null).quotes();
    assertThat(quoteWith(qs, "to comment")).isPresent();
  }

  @Test
  void showAfterADeterminerAnOwnerOrAKindOfShowIsTheNoun() {
    List<Quote> qs = annotator.annotate("The harbour met. Lund's show was cancelled after a single season on the coast.",
        null).quotes();
    assertThat(qs).isEmpty();
    qs = annotator.annotate("The harbour met. Ragna Holm hosts a radio show, writes a column for the Coastal Herald "
        + "and runs a bakery.", null).quotes();
    assertThat(qs).noneMatch(q -> "show".equals(q.cue()));
    qs = annotator.annotate("The harbour met. New polls show Holm ahead of Lund in the harbour race.", null).quotes();
    assertThat(quoteWith(qs, "Holm ahead")).isPresent();
  }

  @Test
  void aHeadlineKickerIsNoSpeaker() {
    List<Quote> qs = annotator.annotate("The Latest: Holm wins the harbour vote by a wide margin\n\nRagna Holm won "
        + "the vote on Tuesday.", null).quotes();
    assertThat(qs).noneMatch(q -> ":".equals(q.cue()));
    qs = annotator.annotate("Holm: The new pier will open in May next year\n\nRagna Holm spoke on Tuesday.", null)
        .quotes();
    assertThat(quoteWith(qs, "new pier will open")).get().satisfies(q -> assertThat(q.speaker()).contains("Holm"));
  }

  @Test
  void aStateWithDotsInsideAfterALawmakersNameEndsNoSentence() {
    List<Quote> qs = annotator.annotate("The harbour met. Sen. Ragna Holm, R-S.C., said the ferries would run all "
        + "winter.", null).quotes();
    assertThat(quoteWith(qs, "ferries would run")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
    qs = annotator.annotate("The harbour met. Rep. Eirik Lund (D-N.H.) told reporters the crane was ready.", null)
        .quotes();
    assertThat(quoteWith(qs, "crane was ready")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
  }

  @Test
  void aLawmakersPartyAndStateBeforeAnAsideBelongToTheName() {
    List<Quote> qs = annotator.annotate("The harbour met. Sen. Ragna Holm, R-Fla., a candidate for governor, said the "
        + "ferries would run all winter.", null).quotes();
    assertThat(quoteWith(qs, "ferries would run")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
  }

  @Test
  void aShareOrCountOfPeopleBeforeTheCueIsTheSpeaker() {
    List<Quote> qs = annotator.annotate("The harbour poll had mixed news. 26% say the pier is too short.", null)
        .quotes();
    assertThat(quoteWith(qs, "pier is too short")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("26%"));
    qs = annotator.annotate("The harbour poll had mixed news. 1,409 fishermen said they wanted a new crane.", null)
        .quotes();
    assertThat(quoteWith(qs, "wanted a new crane")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("1,409 fishermen"));
    // A cue at the end with a semicolon between its speaker and the last comma has no words before it.
    qs = annotator.annotate("A new poll shows a wide divide on the pier, and the feeling is strong: 34% strongly agree "
        + "it should be longer; 17% strongly disagree.", null).quotes();
    assertThat(qs).noneMatch(q -> "17%".equals(q.speaker()));
  }

  @Test
  void aNounPhraseOpeningWithANumberOrGoingOnWithAPrepositionAfterAPostposedSaidIsTheSpeaker() {
    List<Quote> qs = annotator.annotate("The harbour met. Well, I guess that settles it, said 300 workers who lost "
        + "their jobs.", null).quotes();
    assertThat(quoteWith(qs, "settles it")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("workers");
      assertThat(q.speaker()).isEqualTo("300 workers");
    });
    qs = annotator.annotate("The harbour met. Even Norway has more pull through its films, says political scientist "
        + "Ragna Holm in Bergen.", null).quotes();
    assertThat(quoteWith(qs, "more pull")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("Bergen");
      assertThat(q.speaker()).contains("Ragna Holm");
    });
  }

  @Test
  void aNameInsideTheDescriptorBeforeTheSpeakersNameIsNoStop() {
    List<Quote> qs = annotator.annotate("The harbour met.\n\n\"It was a long night,\" said former Holm adviser Eirik "
        + "Lund.\n\nThe council met.", null).quotes();
    assertThat(quoteWith(qs, "long night")).get().satisfies(q -> assertThat(q.speaker()).isEqualTo("Eirik Lund"));
  }

  @Test
  void aParticipleWithAPrepositionAfterTheNounPhraseAfterAQuoteDescribesTheSpeaker() {
    List<Quote> qs = annotator.annotate("The harbour met.\n\n\"It is a way to help the port,\" says a source involved "
        + "in the plan.\n\nThe council met.", null).quotes();
    assertThat(quoteWith(qs, "help the port")).get().satisfies(q -> {
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("a source");
    });
  }

  @Test
  void aDashAsideThatAddsASecondSubjectStandsBetweenTheSubjectAndItsCue() {
    List<Quote> qs = annotator.annotate("The harbour poll was taken last week. Three-in-five harbour workers in the four "
        + "towns \u2014 and two-thirds of fishermen \u2014 said that the pier would open in May.", null).quotes();
    assertThat(quoteWith(qs, "pier would open")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Three-in-five harbour workers in the four towns"));
  }

  @Test
  void toAppearOnTelevisionIsNoCueOfSeeming() {
    List<Quote> qs = annotator.annotate("The harbour met. Ragna Holm, appearing on television after the vote, said the "
        + "plan would fail.", null).quotes();
    assertThat(quoteWith(qs, "plan would fail")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("television");
      assertThat(q.speaker()).isEqualTo("Ragna Holm");
    });
    qs = annotator.annotate("The harbour met. In an opinion piece appearing in the Bergen Times, Ragna Holm wrote "
        + "that the pier was too short.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("opinion piece"));
    assertThat(quoteWith(qs, "pier was too short")).get()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ragna Holm"));
  }

  @Test
  void aNounPhraseWithAPrepositionAfterAQuotesCueIsTheSpeaker() {
    List<Quote> qs = annotator.annotate("The harbour met.\n\n\"The crane was never safe,\" concluded a 2013 report in "
        + "the harbour journal.\n\nThe council met.", null).quotes();
    assertThat(quoteWith(qs, "never safe")).get().satisfies(q -> {
      assertThat(q.direct()).isTrue();
      assertThat(q.speaker()).isEqualTo("a 2013 report");
    });
  }

  @Test
  void aPronounBeforeKeepsOrNotAndItsCueIsTheSpeakerSpan() {
    String text = "The harbour met. Mayor Dana Ortiz is drawing cheers as she keeps talking about the new bridge.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "new bridge")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("she"));
  }

  @Test
  void aDoubleHyphenAsideAfterACommonNounSubjectIsADashAside() {
    List<Quote> qs = annotator.annotate("The harbour met. The union leader -- who has fought the plan for years -- said "
        + "the pier would close.", null).quotes();
    assertThat(quoteWith(qs, "pier would close")).get().satisfies(q -> {
      assertThat(q.text()).doesNotContain("fought");
      assertThat(q.speaker()).isEqualTo("The union leader");
    });
  }

  @Test
  void aPronounBeforeDoOrDidNotAndItsCueStartsAReportOfItsOwn() {
    String text = "The harbour met. Ragna Holm said the pier was safe, though she did not discuss the cost.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "pier was safe")).get().satisfies(q -> assertThat(q.text()).doesNotContain("cost"));
    assertThat(quoteWith(qs, "the cost")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("she"));
  }

  @Test
  void toFindAWayOrWaysIsNoFinding() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Over the years, Ragna Holm found ways to keep the "
        + "port open through the winter. The mayor later found a way to fund the new crane.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("keep the port open"));
    assertThat(qs).noneMatch(q -> q.text().contains("fund the new crane"));
  }

  @Test
  void pledgedBeforeDelegatesIsAnAdjective() {
    List<Quote> qs = annotator.annotate("The count met on Monday. Holm is likely to have a majority of those pledged "
        + "delegates, on the basis of the current count.  The council met.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("current count"));
    qs = annotator.annotate("The count met on Monday. The figures include pledged delegates and party leaders.  The "
        + "council met.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("party leaders"));
  }

  @Test
  void calledAfterANounWithANamesAThing() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. A group of fishermen is staging a short play called "
        + "\"The Last Pier\" in the town hall. Ragna Holm joined a group called Friends of the Harbour last year.", null)
        .quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("Last Pier"));
    assertThat(qs).noneMatch(q -> q.text().contains("Friends of the Harbour"));
  }

  @Test
  void seeAfterWouldOrWillIsNoView() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Under the new contract, the dock workers would see "
        + "a ten percent rise in their pay by next spring. A typical voter will see the harbour ad at least five times "
        + "before the vote.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("ten percent rise"));
    assertThat(qs).noneMatch(q -> q.text().contains("harbour ad"));
  }

  @Test
  void thatWithAVerbAfterANounCueIsARelativeClause() {
    List<Quote> qs = annotator.annotate("The mayor is ahead in the polls, despite a message that has generated little "
        + "excitement in the town.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("little excitement"));
  }

  @Test
  void releasedInThePassiveWithoutAnAgentIsNoReport() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. He was released one day before the guards left the "
        + "old fort. Two of his crew were released to their homes in the north while the case goes on.", null)
        .quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("guards left"));
    assertThat(qs).noneMatch(q -> q.text().contains("their homes"));
  }

  @Test
  void justBetweenBeAndAPassiveCueKeepsThePassive() {
    List<Quote> qs = annotator.annotate("The Memo That Sank The Harbour Plan Was Just Released - Read It Before The Vote."
        + "\n\nThe council met on Monday.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("Read It"));
  }

  @Test
  void cueInsideAnOpenQuestionIsNoReport() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Olaf Berg is still not sure whether he'll vote for "
        + "the mayor or her rival. Whether Mr. Berg's showing will be enough to win the seat is hard to say.", null)
        .quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("the mayor or her rival"));
    assertThat(qs).anyMatch(q -> q.text().contains("enough to win the seat"));
  }

  @Test
  void aReportRunningOverAnAccordingToPhraseIsDropped() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. About 40 fishermen have said that they plan to join "
        + "the protest at the pier on Friday, according to an organizer. On Tuesday, Mayor Edda Brask said she was "
        + "\"glad to see\" that the harbour plan had passed, according to the Varnholt Courier.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("according to"));
    assertThat(qs).anyMatch(q -> q.text().startsWith("About 40 fishermen have said"));
    assertThat(qs).anyMatch(q -> q.text().startsWith("On Tuesday, Mayor Edda Brask said"));
  }

  @Test
  void aReportRunningOverAPostposedAttributionIsDropped() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. In one such letter, Lund discussed how he had "
        + "mistakenly sold the old crane for scrap, the Varnholt Courier reported. The vote includes Norrby, which he's "
        + "expected to win, Berg said.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("Courier reported"));
    assertThat(qs).noneMatch(q -> q.text().contains("Berg said"));
    assertThat(qs).anyMatch(q -> q.text().startsWith("In one such letter, Lund discussed"));
  }

  @Test
  void infinitiveAfterASayingCueOpensTheWordsBeforeALaterThat() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Ragna Holm has rallied the fishermen by promising "
        + "to impose a heavy fee on trawlers owned by companies that move their boats abroad.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("to impose a heavy fee")
        && q.text().endsWith("move their boats abroad"));
    // "to" before a listener is still a setting: the words begin at "that".
    qs = annotator.annotate("The harbour met on Monday. Ragna Holm complained to friends that the new pier was far "
        + "too short.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("that the new pier"));
  }

  @Test
  void closingStyleMarkAtAParagraphStartOpensAQuote() {
    List<Quote> qs = annotator.annotate("Many readers wrote back at once.\n\n\u202a\u201dThis is why the pier has to "
        + "be saved. The boats need it. Children swim there in the summer,\u201d said Ragna Holm.\n\nOthers agreed.",
        null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("This is why the pier") && q.text().contains("in the summer"));
  }

  @Test
  void aRelativeClauseWhoseSubjectOnlyTheSpeakerRulesReadStaysInTheWords() {
    // A relative clause with a naming verb ("whom she called ...") is a report of its own since branch q26a
    // (q26aARelativeClauseWithANamingVerbIsAReportOfItsOwn).
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Eirik Lund defended the cuts to the ferry budget in an "
        + "interview in which he said the town could not pay for two boats.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("the cuts to the ferry budget") && q.text().contains("two boats"));
  }

  @Test
  void pollSettingWithoutADeterminerReportsTheSentence() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Ragna Holm stays well ahead of Olaf Berg in latest "
        + "poll. Olaf Berg came in second in spring polls, although he moved up to first in a later survey from the "
        + "Harbour College.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("Ragna Holm stays well ahead of Olaf Berg")
        && "latest poll".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("Olaf Berg came in second")
        && "a later survey".equals(q.speaker()));
  }

  @Test
  void oneQuotedWordAfterSaidAndACommaIsAnAnswer() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Asked whether he would run again, Olaf Berg shook his "
        + "head and said, \"No.\"\n\nAnchor Dana Ruiz then asked, \u201cReally?\u201d\n\nThe council met.", null)
        .quotes();
    assertThat(qs).anyMatch(q -> q.text().contains("No.") && "Olaf Berg".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().contains("Really?") && "Dana Ruiz".equals(q.speaker()));
  }

  @Test
  void twoPlainWordsAfterAVerbOfThinkingAreAClause() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. The new pier went a long way. I think it's good. "
        + "Among fishermen, 57 percent see Holm negatively. Olaf Berg saw the incident from the quay.", null)
        .quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("it's good"));
    assertThat(qs).anyMatch(q -> q.text().equals("Holm negatively"));
    assertThat(qs).noneMatch(q -> q.text().equals("the incident"));
  }

  @Test
  void nameAfterAVerbOfTellingIsNoPostposedSpeaker() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Ana Bilek, a delegate from Ostrava, told the Ledger "
        + "she was leaning toward Holm.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("she was leaning toward Holm") && "Ana Bilek".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.text().contains("a delegate from Ostrava"));
  }

  @Test
  void aFullNameAndItsSurnameCountAsOneTranscriptLabel() {
    List<Quote> qs = annotator.annotate("The harbour panel met on Monday.\n\nBerg: The pier plan is a lot of spending for "
        + "one town.\n\nDana Ruiz: Telling people about harbour bonds is hard, everyone pictures something else."
        + "\n\nBerg: Well, bonds are bad.\n\nRuiz: Well, nobody thinks their pension is a bond, and that is the "
        + "trouble with the word.\n\nThe panel ended.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("Telling people about harbour bonds"));
    assertThat(qs).anyMatch(q -> q.text().startsWith("Well, nobody thinks"));
  }

  @Test
  void pollSettingAfterAFrontedTimeOrWithACapitalisedNoun() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday.\n\nIn March, Olaf Berg had 38 percent support in a "
        + "Ledger poll. Ragna Holm led Berg more than 2-1 in a Ledger/North Shore Radio Harbour College Spring poll in "
        + "May. Berg Leads Holm In Latest Harbour Survey.\n\nVoters in the west of the town head to the polls on "
        + "Sunday.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("Olaf Berg had 38 percent support"));
    assertThat(qs).anyMatch(q -> q.text().equals("Ragna Holm led Berg more than 2-1"));
    assertThat(qs).anyMatch(q -> q.text().equals("Berg Leads Holm"));
    assertThat(qs).noneMatch(q -> q.text().startsWith("Voters in the west"));
  }

  @Test
  void pollSettingWithAShortPhraseAfterItsComma() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Ragna Holm was at 25 percent support in the latest "
        + "Ledger poll, up eight points from March.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("Ragna Holm was at 25 percent support")
        && "the latest Ledger poll".equals(q.speaker()));
  }

  @Test
  void wordsBeforeAPostposedCueMayOpenWithAFrontedPhrase() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. In all, the Dunmore harbour committee raised $12 "
        + "million, state election records show.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("In all, the Dunmore harbour committee raised $12 million"));
  }

  @Test
  void aLongSourceOfAccordingToMayEndTheSentence() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Now the harbour police are looking into whether Olaf "
        + "Berg took money while he ran the port, according to early results of the harbour audit done by Dunmore "
        + "Research for the Ledger and Radio North.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("Now the harbour police are looking into")
        && q.speaker() != null && q.speaker().startsWith("early results of the harbour audit"));
  }

  @Test
  void aRelativeClauseAfterAPostposedSpeakerMayHoldAnAbbreviation() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. He also had a voice in decisions about major "
        + "investments in the port, said Olaf Berg, who also ran as a candidate in the new bloc Mr. Holm helped form.",
        null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("He also had a voice") && "Olaf Berg".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.text().contains("new bloc"));
  }

  @Test
  void theToOfAReferringCueIsNoPartOfTheWords() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Harbour spokesman Tod Brekke did not respond to "
        + "requests to comment on the new tolls. \"It is a danger,\" Mayor Edda Brask said, referring to other remarks "
        + "made by the harbour chief. The council vowed to build a new pier.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("requests to comment on the new tolls"));
    assertThat(qs).anyMatch(q -> q.text().equals("other remarks made by the harbour chief"));
    assertThat(qs).anyMatch(q -> q.text().startsWith("to build a new pier"));
  }

  @Test
  void aboutOpeningTheTopicOfACueIsNoPartOfTheWords() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Mayor Edda Brask goes big, not always worrying "
        + "about whether the pier plan is realistic. Asked about the flooding on Dale Street, she laughed.", null)
        .quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("whether the pier plan is realistic"));
    assertThat(qs).noneMatch(q -> q.text().equals("the flooding on Dale Street"));
  }

  @Test
  void aStatementSayingGivesItsWordsAfterSaying() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. The mayor's office issued a statement Tuesday saying "
        + "that the pier would stay closed until spring.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that the pier would stay closed until spring"));
    assertThat(qs).noneMatch(q -> q.text().contains("a statement"));
  }

  @Test
  void anAppositionOnTheSourceOfAccordingToEndsTheWords() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Not all crews have to sign the new rules, according to "
        + "Tod Brekke, a union steward at the pier.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("Not all crews have to sign the new rules"));
    assertThat(qs).noneMatch(q -> q.text().contains("union steward"));
  }

  @Test
  void aTimeAfterAShortNounPhraseIsNoPartOfTheWords() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. The fishermen's union endorsed Edda Brask last week. "
        + "Brask said the pier would reopen on Thursday.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("Edda Brask"));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier would reopen on Thursday"));
  }

  @Test
  void aNameAfterAVerbOrPrepositionIsNoSubjectOfAParticiple() {
    String text = "The harbour met on Monday. The mayor left no doubt of her support for helping Mrs. Lindqvist "
        + "succeed her, saying that nobody knew the port better. By Sunday she had called off a tour with Holm "
        + "planned for Friday, citing the storm.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "nobody knew the port")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("The mayor"));
    assertThat(quoteWith(qs, "the storm")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("she"));
  }

  @Test
  void wordsAndMessagesAreTheSourceOfAWordOfSeeming() {
    String text = "The harbour met on Monday. Her messages seemed to show a deal with the ferry operator was near. "
        + "The ceasefire seemed to hold through the whole of the long weekend.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "a deal with the ferry")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Her messages"));
    // A subject that neither holds a view nor says anything still leaves the writer as the source.
    assertThat(quoteWith(qs, "long weekend")).get().satisfies(q -> assertThat(q.speakerStart()).isEqualTo(-1));
  }

  @Test
  void aVerbThatVoicesAViewGivesItToItsSubjectNotThePossessive() {
    String text = "The harbour met on Monday. Ragna Holm shared her belief that the pier would be rebuilt by May. "
        + "Later in the day, Eirik Lund stepped up his attacks on the ferry operator.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pier would be rebuilt")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Ragna Holm"));
    assertThat(quoteWith(qs, "the ferry operator")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Eirik Lund"));
  }

  @Test
  void aVoicingVerbAfterAuxiliariesStillGivesTheViewToItsSubject() {
    String text = "The harbour met on Monday. Eirik Lund is keeping up his criticism of the ferry operator before "
        + "the vote. He's been ratcheting up his critique of the new tariff.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the ferry operator")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Eirik Lund"));
    assertThat(quoteWith(qs, "the new tariff")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("He"));
  }

  @Test
  void aBareAnswerEndsBeforeALaterPollReport() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Asked whether the new quay was worth its cost, 61 "
        + "percent of dock workers said yes, but 40 percent of all residents say it was not.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("yes"));
    assertThat(qs).anyMatch(q -> q.text().equals("it was not"));
  }

  @Test
  void aPollFigureAfterAndIsTheSubjectOfTheSecondReport() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. One in three said the harbour board does not care "
        + "very much about the fishing families and one in four said the board was openly hostile to the fishing "
        + "families.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the harbour board does not care very much about the fishing families")
        && "One in three".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("the board was openly hostile") && "one in four".equals(q.speaker()));
  }

  @Test
  void aSubjectAfterAQuestionSetOffByDashesSpeaks() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. The night was full of slips - \"why give them so "
        + "much to use?\" - Farmers in Dunmore who watched the Saturday debate said they were calm about the flap.",
        null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("they were calm about the flap")
        && q.speaker() != null && q.speaker().startsWith("Farmers in Dunmore"));
  }

  @Test
  void q24cASettingBeforeTheOpeningQuotationMarkIsNoPartOfTheWords() {
    String text = "The union called the deal a victory.\n\nThe port board said in a statement: \"We look forward to "
        + "having all of our pilots back at work soon.\"\n\nEva Lund, a councillor who has feuded with the board, "
        + "wrote on Facebook: \"This was the worst week for the port in years.\"";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "We look forward")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("\"We look forward").doesNotContain("statement");
      assertThat(q.direct()).isTrue();
    });
    assertThat(quoteWith(qs, "the worst week")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("Facebook"));
  }

  @Test
  void q24cASettingBeforeTheWordsStaysWithoutAQuotationMark() {
    String text = "The harbour met on Monday. The port board said in a statement that the pilots would be back at "
        + "work soon.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the pilots would be back")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("that the pilots"));
  }

  @Test
  void q24cARelativePronounSpeakerSpanRunsFromTheNameItStandsFor() {
    String text = "The ferry plan was opposed by Mayor Astrid Berg, who argued that the quay needed repairs first.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the quay needed repairs")).get().satisfies(q -> {
      assertThat(text.substring(q.speakerStart(), q.speakerEnd())).endsWith("Astrid Berg, who");
      assertThat(q.speaker()).contains("Berg");
    });
  }

  @Test
  void q24cARelativePronounSpeakerSpanRunsFromTheNounItStandsForNotFromAPreposition() {
    String text = "The harbour met on Monday. The fee drew the anger of port officials who argued that it would drive "
        + "the boats away. The fee drew the anger of the officials who argued that it would drive the ships away.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the boats away")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("officials who"));
    assertThat(quoteWith(qs, "the ships away")).get()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("the officials who"));
  }

  @Test
  void q24cAParticipleAfterANounBeforeAFiniteCueLeavesTheWordsToThatCue() {
    String text = "The harbour met on Monday. A harbour poll released Sunday showed Berg with a wide lead over Holm "
        + "among the dock workers.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "Berg with a wide lead")).get().satisfies(q -> {
      assertThat(q.text()).startsWith("Berg with");
      assertThat(q.cue()).isEqualTo("showed");
    });
  }

  @Test
  void q24cAVerbOfGoingOnLeavesItsWordsToTheCueAfterIt() {
    String text = "The harbour met on Monday. Karl Holm went on to attack the harbour board for its fees. Astrid Berg "
        + "went on to name three ferries that had been late this winter. Later, Eva Lund went on the radio and "
        + "criticized the board for its silence.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the harbour board for its fees")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the harbour board for its fees");
      assertThat(q.speaker()).contains("Holm");
    });
    assertThat(quoteWith(qs, "three ferries")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("three ferries"));
    assertThat(quoteWith(qs, "the board for its silence")).get().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the board for its silence");
      assertThat(q.speaker()).contains("Lund");
    });
  }

  @Test
  void q24aTwoNamesJoinedByAndAreOneSubjectInsideTheWords() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Eirik Lund said that only traders such as Holm and "
        + "Ragna Berg wanted a second pier at the old quay.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that only traders such as Holm and Ragna Berg wanted a second pier at "
        + "the old quay") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.text().equals("a second pier at the old quay"));
    // "but" before a name still starts a report of its own.
    List<Quote> but = annotator.annotate("The harbour met on Monday. Eirik Lund praised the plan for the ferry and the "
        + "pier but Ragna Berg said the council could not pay for it.", null).quotes();
    assertThat(but).anyMatch(q -> q.text().equals("the council could not pay for it") && "Ragna Berg".equals(q.speaker()));
  }

  @Test
  void q24aAnAsideAfterAWordThatOpensAClauseDoesNotEndTheWords() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Eirik Lund lamented the old days when, he said, "
        + "ferry crews would have been paid twice as much.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the old days when, he said, ferry crews would have been paid twice as "
        + "much") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.text().equals("the old days when"));
  }

  @Test
  void q24aAQuotedPhraseAfterThePrepositionOfACueNounIsPartOfItsObject() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Eirik Lund saved his warmest praise for the cause of "
        + "\u201ca harbour for everyone.\u201d", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("the cause of \u201ca harbour for everyone"));
    assertThat(qs).noneMatch(q -> q.text().equals("the cause of"));
  }

  @Test
  void q24aAVerbOfSayingAfterARelativeClauseOnTheSubjectEndsThatClausesWords() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Even traders who have praised the ferry warned on "
        + "Tuesday that the pier may have to close.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry"));
    assertThat(qs).anyMatch(q -> q.text().equals("that the pier may have to close") && "warned".equals(q.cue()));
    // "that" opens such a clause too, and a name in its object is no speaker of the main verb.
    List<Quote> that = annotator.annotate("The harbour met on Monday. Unions that have endorsed Lund say they believe "
        + "the pier should stay open.", null).quotes();
    assertThat(that).anyMatch(q -> q.text().equals("Lund"));
    assertThat(that).anyMatch(q -> q.text().equals("they believe the pier should stay open") && "say".equals(q.cue())
        && "Unions".equals(q.speaker()));
    // "who declined to say": "to" before the verb of saying keeps it inside the words.
    List<Quote> to = annotator.annotate("The harbour met on Monday. Eirik Lund, who declined to say who he will back, "
        + "left early.", null).quotes();
    assertThat(to).noneMatch(q -> q.text().equals("to"));
  }

  @Test
  void cueFamilyKnownAsIsAWordOfSeemingAndAnAliasIsNoReport() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. The boats won the string of regattas known as "
        + "Super Tuesday. The ferry firm, also known as Nordline, moved its office to the quay.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().contains("known as Super Tuesday") && q.speakerStart() == -1);
    assertThat(qs).noneMatch(q -> q.text().contains("Nordline"));
  }

  @Test
  void cueFamilyWillingToReportsItsInfinitive() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Eirik Lund is willing to sell the old ferry to the "
        + "town.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("to sell the old ferry to the town") && "Eirik Lund".equals(q.speaker()));
  }

  @Test
  void cueFamilyAVoteReportsItsDecisionButAnActOnADocumentIsNoWords() {
    String text = "The harbour met on Monday. The town council passed a bill to rebuild the pier. Ragna Holm signed "
        + "a letter against the new tariff. The old deal was signed by ten mayors. The council voted to close the "
        + "north quay. The harbour board vetoed the plan.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("to close the north quay"));
    // Passing, signing or vetoing a document is an act (an event for the coder), not words.
    assertThat(qs).noneMatch(q -> q.text().contains("rebuild the pier") || q.text().contains("against the new tariff")
        || q.text().contains("ten mayors") || q.text().contains("the plan"));
  }

  @Test
  void cueFamilyPassiveJudgementsAreWordsOfSeeming() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. The north pier is considered the oldest in the "
        + "whole region.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().contains("is considered the oldest in the whole region"));
  }

  @Test
  void cueFamilyAnAdverbMayStandInsideACueOfSpeaking() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. Ragna Holm spoke warmly about the ferry crews.",
        null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry crews") && "Ragna Holm".equals(q.speaker()));
  }

  @Test
  void cueFamilySeenAsAfterAnyAdverbIsAWordOfSeeming() {
    List<Quote> qs = annotator.annotate("The harbour met on Monday. The old pier is now seen as the heart of the whole "
        + "town.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("The old pier is now seen as the heart of the whole town"));
  }

  @Test
  void q25aAGerundAfterAnOpeningPrepositionEndsAtTheCommaBeforeTheMainClause() {
    List<Quote> qs = annotator.annotate("The port is busy. After talking about the budget, Mr. Holm suggested that they "
        + "visit the dock on Friday.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the budget") && q.speaker() != null && q.speaker().contains("Holm"));
    assertThat(qs).anyMatch(q -> q.text().equals("that they visit the dock on Friday") && "suggested".equals(q.cue()));
    List<Quote> by = annotator.annotate("The port is busy. By offering Ragna Berg the chair of the committee, Eirik Lund "
        + "would show voters he is serious about the port.", null).quotes();
    assertThat(by).anyMatch(q -> q.text().equals("Ragna Berg the chair of the committee"));
    assertThat(by).anyMatch(q -> q.text().equals("voters he is serious about the port")
        && "Eirik Lund".equals(q.speaker()));
  }

  @Test
  void q25aANounClauseAfterAnOpeningPrepositionEndsAtTheCommaBeforeTheMainClause() {
    List<Quote> qs = annotator.annotate("The port is busy. Despite complaints that he is a stubborn man, Eirik Lund said "
        + "last month that the pier would stay open.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that he is a stubborn man") && "complaints".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("that the pier would stay open") && "Eirik Lund".equals(q.speaker()));
  }

  @Test
  void q25aASecondClauseWithAPronounSubjectEndsTheWordsOfAVerbOfSeeming() {
    List<Quote> qs = annotator.annotate("The port is busy. Eirik Lund seems to be a patient man in the council, but he has "
        + "lost votes in the north.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("Eirik Lund seems to be a patient man in the council"));
    // A noun subject after the comma stays inside the words.
    List<Quote> noun = annotator.annotate("The port is busy. The ferry seems to be late again, and the crew is tired.",
        null).quotes();
    assertThat(noun).anyMatch(q -> q.text().equals("The ferry seems to be late again, and the crew is tired"));
  }

  @Test
  void q25aACueAfterAnOpeningHavingEndsAtTheCommaBeforeTheMainClause() {
    List<Quote> qs = annotator.annotate("The port is busy. Having announced that the pier would stay open, Eirik Lund "
        + "proceeded to cut the ferry fares.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that the pier would stay open"));
    assertThat(qs).noneMatch(q -> q.text().contains("proceeded"));
  }

  @Test
  void q25bAVerbPhraseBeforeAParticipleIsNoSpeakerItsSubjectIs() {
    List<Quote> qs = annotator.annotate("The vote was close. The Lund campaign sent a fundraising email Wednesday saying "
        + "that the ferry vote was a disaster.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that the ferry vote was a disaster") && q.speaker() != null
        && q.speaker().contains("campaign") && !q.speaker().contains("sent"));
    List<Quote> officers = annotator.annotate("The vote was close. Sixty of the harbour officers signed an open letter "
        + "Monday making it clear that they will not back the pier.", null).quotes();
    assertThat(officers).anyMatch(q -> q.text().equals("that they will not back the pier")
        && "Sixty of the harbour officers".equals(q.speaker()));
    // A message right before the participle gives the words itself.
    List<Quote> email = annotator.annotate("The vote was close. The Lund campaign sent out a fundraising email "
        + "stressing that the ferry vote was a disaster.", null).quotes();
    assertThat(email).anyMatch(q -> q.text().equals("that the ferry vote was a disaster")
        && "a fundraising email".equals(q.speaker()));
  }

  @Test
  void q25bTheirBeforeANounCueGivesWayToThePluralSubjectOfItsClause() {
    List<Quote> qs = annotator.annotate("The ferry was late. The local officials were unanimous in their condemnation of "
        + "the pier.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the pier") && "The local officials".equals(q.speaker()));
  }

  @Test
  void aDayAfterTheCueThenAClauseIsNoPostposedAttribution() {
    List<Quote> qs = annotator.annotate("Talks stalled in the harbour. Eirik Lund said on Monday he would reopen the "
        + "pier. Ragna Holm said Friday the ferry fares would rise. The pier is closed, Lund said on Tuesday.",
        null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("he would reopen the pier") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry fares would rise") && "Ragna Holm".equals(q.speaker()));
    // A day alone after the cue is still the tail of a postposed attribution.
    assertThat(qs).anyMatch(q -> q.text().equals("The pier is closed"));
  }

  @Test
  void wordsGoOnInAQuoteAfterTheirPostposedAttribution() {
    String text = "Ragna Holm watched the ferry.\n\n\"The crowd was cheering\" before the storm, she said. \"It was calm. "
        + "Then the pier gave way.\"\n\n\"We closed the harbour\" and the ferry line, Eirik Lund said.\n\n\"The fares will "
        + "rise next year.\"";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anyMatch(q -> q.start() == text.indexOf("\"The crowd") && q.end() == text.indexOf("way.") + 4
        && q.speakerStart() == text.indexOf("she said"));
    // In the next paragraph too, with the speaker of the attribution, not a speaker named earlier.
    assertThat(qs).anyMatch(q -> q.start() == text.indexOf("\"We closed") && q.end() == text.indexOf("year.") + 5
        && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.text().startsWith("It was calm") || q.text().startsWith("The fares"));
  }

  @Test
  void wordsAfterACueAndAColonStartAfterTheColonAndTheOpeningMark() {
    String text = "The ferry talks in Bergen resumed on Monday after a long pause.\n\nRagna Holm said: \"So it is hard to say "
        + "what comes next.\" The rest followed.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("So it is hard to say what comes next.")
        && q.start() == text.indexOf("So it") && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.text().startsWith(":"));
  }

  @Test
  void q26bACueNounThatIsTheSubjectOfIsThatReportsTheClause() {
    List<Quote> qs = annotator.annotate("The ferry was late again. Their fear is that the harbour will close by winter. "
        + "Ragna Holm's most serious claim is that the pier board ignored the storm. One view is that the fares will "
        + "rise.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that the harbour will close by winter") && "Their".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("that the pier board ignored the storm")
        && q.speaker() != null && q.speaker().startsWith("Ragna Holm"));
    // No owner, no speaker.
    assertThat(qs).anyMatch(q -> q.text().equals("that the fares will rise") && q.speaker() == null);
  }

  @Test
  void q26cAClauseOfTimeAfterAVerbOfSayingIsNoReport() {
    List<Quote> qs = annotator.annotate("\"We are ready,\" Ragna Holm said as the ferry docked at the pier. Eirik Lund "
        + "wrote while a student in Bergen. Holm said while the pier is old, it is safe. Lund said as many as ten "
        + "ferries were late.", null).quotes();
    assertThat(qs).noneMatch(q -> q.text().startsWith("as the ferry") || q.text().startsWith("while a student"));
    // A clause of "while" that goes on after its comma, and "as many as", are reported words.
    assertThat(qs).anyMatch(q -> q.text().equals("while the pier is old, it is safe"));
    assertThat(qs).anyMatch(q -> q.text().equals("as many as ten ferries were late"));
    // "according to" after the verb (and a comma) gives the source of the words, not words.
    List<Quote> source = annotator.annotate("The pier is closed. \"What does that mean?\" Ragna Holm asked, according "
        + "to a transcript of the meeting. Eirik Lund said according to the harbour master the ferry was late.",
        null).quotes();
    assertThat(source).noneMatch(q -> q.text().equals("according to a transcript of the meeting"));
    assertThat(source).anyMatch(q -> q.text().equals("What does that mean?"));
    // Without the comma "according to" opens reported words.
    assertThat(source).anyMatch(q -> q.text().startsWith("according to the harbour master")
        || q.text().equals("the ferry was late"));
  }

  @Test
  void q26cATimeOrEventThatSawSomethingReportsNoView() {
    List<Quote> qs = annotator.annotate("The harbour had a wet spring. It was a stormy year that saw the old pier "
        + "collapse. The district saw 30 applicants for the post. Lund saw the ferry as a lifeline for the island.",
        null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("old pier") || q.text().contains("applicants"));
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry as a lifeline for the island"));
  }

  @Test
  void q26cADocumentPutOutWithoutItsWordsIsNoReport() {
    List<Quote> qs = annotator.annotate("The pier was closed. Eirik Lund issued a statement. Later the council "
        + "released a formal statement, saying the pier was safe. Holm released a plan to rebuild the pier.",
        null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("statement"));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier was safe"));
    assertThat(qs).anyMatch(q -> q.text().equals("a plan to rebuild the pier"));
  }

  @Test
  void q26aARelativeClauseWithANamingVerbIsAReportOfItsOwn() {
    List<Quote> qs = annotator.annotate("The vote was close. Eirik Lund criticized the plan for the harbour, which he "
        + "described as \"a waste of money.\" Ragna Holm praised Mr. Berg, whom she called \"the best harbour master in "
        + "years.\"", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the plan for the harbour") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("which he described as") && "Eirik Lund".equals(q.speaker()));
    // The pronoun of the relative clause is the main clause's speaker, never the relative pronoun's antecedent.
    assertThat(qs).anyMatch(q -> q.text().equals("Mr. Berg") && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("whom she called") && "Ragna Holm".equals(q.speaker()));
  }

  @Test
  void q26aButWithANegatedAuxiliaryOpensASecondReportOfTheSameSubject() {
    List<Quote> qs = annotator.annotate("The inquiry ended. Ragna Holm said that she would back the new pier but did "
        + "not suggest it would open this year.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that she would back the new pier")
        && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("it would open this year") && "did not suggest".equals(q.cue())
        && "Ragna Holm".equals(q.speaker()));
  }

  @Test
  void q26aANounPhraseSummingUpTheWordsWithAClauseOnItIsAReportOfItsOwn() {
    List<Quote> qs = annotator.annotate("The tender closed. Ragna Holm complained that the ferry tender had been rigged "
        + "against her, a charge that harbour officials strongly denied. Eirik Lund said the old pier should be torn "
        + "down, a step his rivals believe could split the town.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that the ferry tender had been rigged against her")
        && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("a charge") && "denied".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("the old pier should be torn down") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("a step his rivals believe could split the town")
        && "believe".equals(q.cue()));
  }

  @Test
  void q26aAConjunctionBeforeAnOpeningClauseLeavesItAnOpeningClause() {
    List<Quote> qs = annotator.annotate("The pier reopened. Yet while Eirik Lund called the ferry a disgrace, many "
        + "would point out that Lund once ran it.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry a disgrace") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("that Lund once ran it"));
  }

  @Test
  void q26aTheWordsOfACueInARelativeAsideEndWhereTheAsideDoes() {
    List<Quote> qs = annotator.annotate("The council voted. Sen. Ragna Holm, who voted for Lund, has come out in support "
        + "of Berg.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("Lund") && "voted for".equals(q.cue()));
    assertThat(qs).noneMatch(q -> q.text().contains("has come out"));
  }

  @Test
  void q27aAPostposedSaidWithItsSpeakerAfterItEndsTheWordsOfAnInnerReport() {
    List<Quote> qs = annotator.annotate("The harbour was busy. Many sailors want to extend the pier, said Eirik Lund, "
        + "a pilot at the harbour. The ferry was late again, a delay that Ragna Holm hoped to avoid, the captain will "
        + "be angry, said Lund.", null).quotes();
    // The inner report ("want", "hoped to") does not swallow ", said X": the words end at the comma.
    assertThat(qs).noneMatch(q -> q.text().contains("said Eirik Lund") || q.text().contains("said Lund"));
    // The postposed verb of saying reports the clause before it, with the name after it as its speaker.
    assertThat(qs).anyMatch(q -> q.text().equals("Many sailors want to extend the pier")
        && q.speaker() != null && q.speaker().contains("Eirik Lund"));
    assertThat(qs).anyMatch(q -> q.text().endsWith("the captain will be angry") && "said".equals(q.cue()));
    // The same for an inner verb of saying or showing.
    List<Quote> shows = annotator.annotate("The harbour was busy. The new survey shows the pier is the most popular "
        + "in the region, said Eirik Lund, a pilot.", null).quotes();
    assertThat(shows).noneMatch(q -> q.text().contains("said Eirik Lund"));
    assertThat(shows).anyMatch(q -> "said".equals(q.cue())
        && q.text().equals("The new survey shows the pier is the most popular in the region"));
    // And for a speaker that is a noun phrase no speaker rule reads ("the harbour's director", "a harbour official
    // who ...").
    List<Quote> np = annotator.annotate("The harbour was busy. Many sailors want to extend the pier, said the "
        + "harbour's director, Eirik Lund, on Monday. Many pilots want to close the old pier, said a harbour official "
        + "who was briefed on the plan.", null).quotes();
    assertThat(np).noneMatch(q -> q.text().contains("said the harbour") || q.text().contains("said a harbour"));
    assertThat(np).anyMatch(q -> "said".equals(q.cue()) && q.text().equals("Many sailors want to extend the pier"));
    assertThat(np).anyMatch(q -> "said".equals(q.cue()) && q.text().equals("Many pilots want to close the old pier"));
  }

  @Test
  void q27aAQuotedPhraseClosingBeforeALaterVerbOfSayingEndsTheWords() {
    List<Quote> qs = annotator.annotate("The harbour was busy. Ragna Holm called the new ferry \"a lifeline for the "
        + "island,\" Eirik Lund said on Monday. The council wants the pier to be \"open all year,\" Lund said.",
        null).quotes();
    // The words of "called" and "wants" end at the comma inside the closing mark, before the later speaker.
    assertThat(qs).noneMatch(q -> q.text().contains("Lund said"));
    assertThat(qs).anyMatch(q -> "called".equals(q.cue()) && q.text().contains("a lifeline for the island"));
    // The later verb of saying reports the clause before it.
    assertThat(qs).anyMatch(q -> "said".equals(q.cue()) && q.text().startsWith("The council wants the pier"));
  }

  @Test
  void q27bAWireDatelineIsNeitherSpeakerNorWords() {
    List<Quote> qs = annotator.annotate("Ferry strike ends.\n\nOSLO, March 3 (Reuters) - The harbour authority said the "
        + "pier would close for repairs.\n\nBERGEN (AP) \u2014 The ferry line has agreed to new timetables, according "
        + "to a statement from the union.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the pier would close for repairs")
        && q.speaker() != null && q.speaker().startsWith("The harbour authority"));
    assertThat(qs).noneMatch(q -> "Reuters".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("The ferry line has agreed"));
    assertThat(qs).noneMatch(q -> q.text().contains("(AP)"));
  }

  @Test
  void q27bANamingWordOfSeemingGivesWayToALaterReportInItsClause() {
    List<Quote> qs = annotator.annotate("The town met. The ferry line, known as the Harbour Link, will close next year, "
        + "Ragna Holm said on Tuesday. The pier is considered unsafe, and Eirik Lund said the council would close it. "
        + "During a talk on Monday, Ragna Holm, the harbour master known as the Captain, stated that the pier had been "
        + "sold.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("The ferry line, known as the Harbour Link, will close next year")
        && "Ragna Holm".equals(q.speaker()) && "said".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("The pier is considered unsafe") && "is considered".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("the council would close it") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("that the pier had been sold") && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> "known as".equals(q.cue()) && q.text().contains("said"));
  }

  @Test
  void q27bAVerbInARelativeClauseOrTheJudgedClauseLeavesTheNamingWordItsWords() {
    List<Quote> qs = annotator.annotate("The vote passed. Lund must be seen as a credible leader for sailors tired of "
        + "a harbour that they think has failed them. The harbour board, which is seen as close to the mayor, responded "
        + "by closing the pier.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("Lund must be seen as a credible leader")
        && "be seen as".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().contains("which is seen as close to the mayor"));
  }

  @Test
  void q27bTheSubjectOfAVerbOfGivingOwnsTheNounCueAfterIt() {
    List<Quote> qs = annotator.annotate("The ferry stayed in port. Harbour officials have given no sign that the pier will "
        + "reopen. The board gave no indication that it would sell the ferry.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("that the pier will reopen") && "Harbour officials".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("that it would sell the ferry") && "The board".equals(q.speaker()));
  }

  @Test
  void q27bANameThatOwnsTheSpeakerPhraseIsNotTheSpeakersName() {
    List<Quote> qs = annotator.annotate("The ferry was late. The pier will reopen in May, and Eirik Lund's aide said the "
        + "ferry would run daily.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry would run daily") && "Eirik Lund's aide".equals(q.speaker()));
  }

  @Test
  void q28bAVerbOfPaintingOrViewingReportsItsObjectAndAs() {
    List<Quote> qs = annotator.annotate("The ferry was late. Ragna Holm has cast herself as the champion of the harbour "
        + "workers. Eirik Lund views the ferry company as a partner in the plan. Holm distrusts the board, but views "
        + "the pier as a risk.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("herself as the champion of the harbour workers")
        && "Ragna Holm".equals(q.speaker()) && "cast".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry company as a partner in the plan")
        && "Eirik Lund".equals(q.speaker()) && "views".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier as a risk") && "views".equals(q.cue()));
  }

  @Test
  void q28bCastAndViewsWithoutAsReportNothing() {
    List<Quote> qs = annotator.annotate("The ferry was late. Eirik Lund cast a ballot for Holm on Monday. His views as a "
        + "young councillor were different.", null).quotes();
    assertThat(qs).noneMatch(q -> "cast".equals(q.cue()) || "views".equals(q.cue()));
  }

  @Test
  void q28bLooksToReportsOnlyBeforeAnInfinitive() {
    List<Quote> qs = annotator.annotate("The ferry was late. Ragna Holm looks to win the harbour vote next week. The "
        + "plan looks to me like a trap. Eirik Lund looked to the pier for answers. The vote looks to be slipping.",
        null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("to win the harbour vote next week")
        && "Ragna Holm".equals(q.speaker()) && "looks to".equals(q.cue()));
    assertThat(qs).noneMatch(q -> q.text().contains("me like a trap") || q.text().contains("the pier for answers")
        || q.text().contains("slipping"));
  }

  @Test
  void q28bVerbsOfPresentingSomethingAsReportTheirObjectAndAs() {
    List<Quote> qs = annotator.annotate("The ferry was late. Ragna Holm presented the ferry line as a partner of the "
        + "town. Eirik Lund pitched the pier as a new start for the harbour. The board has positioned itself as a "
        + "mediator. Holm presented a plan on Monday.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry line as a partner of the town")
        && "Ragna Holm".equals(q.speaker()) && "presented".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier as a new start for the harbour")
        && "Eirik Lund".equals(q.speaker()) && "pitched".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("itself as a mediator") && "positioned".equals(q.cue()));
    assertThat(qs).noneMatch(q -> q.text().contains("a plan on Monday"));
  }

  @Test
  void q28bAVerbOfPaintingAfterAndOpensAReportOfItsOwn() {
    List<Quote> qs = annotator.annotate("The ferry was late. Eirik Lund criticized the harbour board and cast himself "
        + "as the voice of the pier workers.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the harbour board") && "criticized".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("himself as the voice of the pier workers")
        && "Eirik Lund".equals(q.speaker()) && "cast".equals(q.cue()));
  }

  @Test
  void q28bAListenerStandsBetweenAVerbOfSpeakingAndAbout() {
    List<Quote> qs = annotator.annotate("The ferry was late. Ragna Holm spoke to the harbour board about the new pier. "
        + "Eirik Lund talked with Holm about the ferry fares on Monday. Lund spoke to reporters, about an hour later.",
        null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the new pier") && "Ragna Holm".equals(q.speaker())
        && "spoke to the harbour board about".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("the ferry fares") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> q.text().contains("an hour later"));
  }

  @Test
  void q28cARoleOnceHeldOpensTheTitleOrDescriptorOfTheSpeakerAfterTheCue() {
    List<Quote> qs = annotator.annotate("The vote was quiet.\n\n\"The ferry is late,\" said retired surgeon Eirik Lund, "
        + "asked about his claim.\n\n\"The pier is closed,\" said former tech executive Ragna Holm during the second "
        + "debate.\n\n\"The harbour is full,\" said former Rep. Nils Berg (D-Bergen), one of the negotiators.\n\n\"The "
        + "quay is empty,\" said former Berg aide Kari Dahl.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("The ferry is late") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("The pier is closed") && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("The harbour is full") && "Nils Berg".equals(q.speaker()));
    // A name with a noun after it is part of the descriptor, not the speaker.
    assertThat(qs).anyMatch(q -> q.text().startsWith("The quay is empty") && "Kari Dahl".equals(q.speaker()));
  }

  @Test
  void q28cATitleAfterAPossessiveOrANounForAWorkIsNoQuote() {
    List<Quote> qs = annotator.annotate("The ferry company met on Tuesday.\n\nTuesday on Harbour Radio\u2019s "
        + "\u201cMornings with Ragna Holm,\u201d while discussing the closed pier, Eirik Lund likened the ferry to a "
        + "wreck.\n\nIn his memoir, \"The Long Pier,\" published in 2015, Mr. Lund described how the harbour grew.",
        null).quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("Mornings with Ragna Holm"));
    assertThat(qs).noneMatch(q -> q.text().contains("The Long Pier"));
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry to a wreck") && "likened".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("how the harbour grew") && "described".equals(q.cue()));
  }

  @Test
  void q28cTheWordsOnASignAreAQuoteHoweverShort() {
    List<Quote> qs = annotator.annotate("The crowd gathered at the pier on Sunday.\n\nA fisherman carried a banner that "
        + "read \"Ferry Now!\" Ragna Holm wore a hat reading, \u201cSave the Pier\u201d and smiled.\n\nThe old fisherman "
        + "waved a placard \u2014 which read \u201cPier 4 All\u201d \u2014 and left.", null).quotes();
    assertThat(qs).anyMatch(q -> q.direct() && q.text().equals("Ferry Now!"));
    assertThat(qs).anyMatch(q -> q.direct() && q.text().equals("Save the Pier"));
    assertThat(qs).anyMatch(q -> q.direct() && q.text().equals("Pier 4 All"));
  }

  @Test
  void q28cADashAndANameUnderAQuoteAreItsSpeaker() {
    List<Quote> qs = annotator.annotate("The harbour debate was loud.\n\n\"The pier has never been safer than it is "
        + "today.\"\n\n- Ragna Holm.\n\nHolm overstates the case.\n\n\"We built the ferry line with our own hands, and "
        + "we will keep it running.\"\n\n-Eirik Lund, harbour master, speaking after the vote.\n\nThat is mostly true."
        + "\n\nLund later called the old quay \"a place we all share and will keep.\"\n\n- Harbour Wire.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().startsWith("The pier has never been safer") && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().startsWith("We built the ferry line") && "Eirik Lund".equals(q.speaker()));
    // A dash and a name that end the text are the article's credit, not a speaker.
    assertThat(qs).noneMatch(q -> "Harbour Wire".equals(q.speaker()));
  }

  @Test
  void q28cWordsChantedAreAQuoteHoweverShort() {
    List<Quote> qs = annotator.annotate("The ferry left late on Sunday.\n\nThe fishermen gathered on the quay and joined "
        + "in a thunderous chant of \"Ferry! Ferry!\" Their voices drowned out the horns. Walking onto the pier to chants "
        + "of \u201cLund! Lund!,\u201d the harbour master said the season was over.", null).quotes();
    assertThat(qs).anyMatch(q -> q.direct() && q.text().equals("Ferry! Ferry!"));
    // The chanted words alone, not the sentence they stand in.
    assertThat(qs).anyMatch(q -> q.direct() && q.text().equals("Lund! Lund!,"));
  }

  @Test
  void q28aAGerundCueAfterByOrBeforeIsASecondReportOfTheSubject() {
    List<Quote> qs = annotator.annotate("The pier was closed. Ragna Holm dismissed the charges about the pier by pointing "
        + "out that she had backed it herself. Eirik Lund praised the ferry crew before explaining why he had closed the "
        + "pier.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the charges about the pier") && "dismissed".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("that she had backed it herself") && "Ragna Holm".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry crew") && "praised".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("why he had closed the pier") && "Eirik Lund".equals(q.speaker()));
  }

  @Test
  void q28aAGerundAfterAnInfinitiveOrAClauseOfSayingStaysInTheWords() {
    List<Quote> qs = annotator.annotate("The pier was closed. Ragna Holm vowed to close the pier by cutting the ferry "
        + "budget. Eirik Lund said the board would win by backing the ferry plan. Holm dismissed fears that she erred by "
        + "backing the pier.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("to close the pier by cutting the ferry budget"));
    assertThat(qs).anyMatch(q -> q.text().equals("the board would win by backing the ferry plan"));
    assertThat(qs).anyMatch(q -> q.text().equals("fears that she erred by backing the pier"));
  }

  @Test
  void q28aAClauseOfTimeOrCauseWithItsOwnReportEndsAnObject() {
    List<Quote> qs = annotator.annotate("The pier was closed. Eirik Lund denounced the harbour board after Holm said she "
        + "is open to a deal. Lund opposed the pier plan because he thought it would cost too much.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the harbour board") && "denounced".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("she is open to a deal") && "Holm".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier plan") && "opposed".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("it would cost too much") && "thought".equals(q.cue()));
  }

  @Test
  void q28aAFiniteCueAfterASemicolonStartsAReportOfItsOwn() {
    List<Quote> qs = annotator.annotate("The pier is old. Eirik Lund calls for a new pier; Mrs. Holm seeks a new ferry and "
        + "a longer quay.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("a new pier") && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("a new ferry and a longer quay") && "seeks".equals(q.cue()));
    assertThat(qs).noneMatch(q -> q.text().contains(";"));
  }

  @Test
  void q28aAFiniteCueAfterADashAndAPronounStartsAReportOfItsOwn() {
    List<Quote> qs = annotator.annotate("The pier is old. Eirik Lund embraces the ferry plan - he rejects the pier plan and "
        + "the new quay.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry plan") && "embraces".equals(q.cue()));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier plan and the new quay") && "rejects".equals(q.cue())
        && "Eirik Lund".equals(q.speaker()));
  }

  @Test
  void q29bTouchedOnReportsItsTopic() {
    List<Quote> qs = annotator.annotate("The harbour council met on Monday.\n\nIn a long interview on the radio, Ragna Holm "
        + "touched on the ferry fares and the state of the old quay.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry fares and the state of the old quay")
        && "touched on".equals(q.cue()) && "Ragna Holm".equals(q.speaker()));
  }

  @Test
  void q29bDrewAttentionToReportsWhatWasPointedAt() {
    List<Quote> qs = annotator.annotate("The storm passed on Sunday. Eirik Lund drew attention to the broken pier. The "
        + "ferry ad calls attention to the long queues.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the broken pier") && "drew attention to".equals(q.cue())
        && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the long queues") && "calls attention to".equals(q.cue()));
  }

  @Test
  void q29bHintingAtReportsWhatWasHinted() {
    List<Quote> qs = annotator.annotate("Ragna Holm spoke at the quay on Thursday, hinting at a new ferry line for the "
        + "island.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("a new ferry line for the island") && "hinting at".equals(q.cue())
        && "Ragna Holm".equals(q.speaker()));
  }

  @Test
  void q29bIsLookingForReportsWhatIsWanted() {
    List<Quote> qs = annotator.annotate("The harbour board is looking for a new ferry captain. Fishermen are looking for "
        + "a safer pier. The divers were looking for a lost anchor.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("a new ferry captain") && "is looking for".equals(q.cue())
        && "The harbour board".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("a safer pier") && "are looking for".equals(q.cue()));
    // "were looking for" is a search, not a stance: it is no cue.
    assertThat(qs).noneMatch(q -> q.text().contains("lost anchor"));
  }

  @Test
  void q29bUpbeatAboutAndSpokeAtLengthAboutReportTheirTopic() {
    List<Quote> qs = annotator.annotate("Eirik Lund is upbeat about the ferry line's chances this summer. Ragna Holm has "
        + "spoken at length about the old pier.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry line's chances this summer")
        && "upbeat about".equals(q.cue()) && "Eirik Lund".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the old pier") && "spoken at length about".equals(q.cue())
        && "Ragna Holm".equals(q.speaker()));
  }

  @Test
  void q29aASpeakerNameOpensWithANounPhrase() {
    List<Quote> qs = annotator.annotate("The harbour board met on Monday. Ragna Holm had promised to visit the pier, "
        + "and to date has only issued a note saying the ferry was safe. \"The pier is closed,\" said one source who "
        + "asked not to be named. This view has been voiced by several observers who argue that the ferry is late.", null)
        .quotes();
    // No name opens with a preposition or a cue: "to date" names no one, "said one source" is "one source".
    assertThat(qs).noneMatch(q -> q.speaker() != null && (q.speaker().startsWith("to ")
        || q.speaker().startsWith("said ") || q.speaker().startsWith("been ")));
    assertThat(qs).anyMatch(q -> q.text().startsWith("a note saying") && q.speaker() == null && q.speakerStart() < 0);
    assertThat(qs).anyMatch(q -> q.text().equals("not to be named") && "one source".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("that the ferry is late") && "several observers".equals(q.speaker()));
  }

  @Test
  void q29aARelativePronounIsNamedByThePhraseBeforeIt() {
    List<Quote> qs = annotator.annotate("The pier opened in May, drawing the ire of the harbour pilots, who said it "
        + "was too short. Ragna Holm is the harbour master who said the pier would stay. That is up from the 12 "
        + "percent who said the ferry was safe. Eirik Lund met a harbour pilot who said the pier was unsafe.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("it was too short") && "the harbour pilots".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier would stay") && "the harbour master".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry was safe") && "12 percent".equals(q.speaker()));
    assertThat(qs).anyMatch(q -> q.text().equals("the pier was unsafe") && "a harbour pilot".equals(q.speaker()));
    assertThat(qs).noneMatch(q -> "who".equals(q.speaker()));
  }

  @Test
  void q29aANumberBeforeANameBelongsToIt() {
    List<Quote> qs = annotator.annotate("In the harbour poll, 42 percent of voters said the ferry was late. A 2009 "
        + "study of the pier found it was short.", null).quotes();
    assertThat(qs).anyMatch(q -> q.text().equals("the ferry was late") && "42 percent of voters".equals(q.speaker()));
    // A year is no count: the name does not take it.
    assertThat(qs).noneMatch(q -> q.speaker() != null && q.speaker().startsWith("2009"));
  }
}
