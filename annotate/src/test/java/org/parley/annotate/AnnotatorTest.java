package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Entity;
import org.parley.model.Quote;

/** The annotate stage on texts written for these tests: entities, roles, coreference and quotes. */
class AnnotatorTest {
  static Annotator annotator;

  @BeforeAll
  static void load() {
    annotator = Annotator.standard();
  }

  private static Optional<Entity> person(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.type().equals("PERSON") && e.canonical().contains(name)).findFirst();
  }

  private static Optional<Quote> quoteBy(List<Quote> quotes, String speaker, String contains) {
    return quotes.stream().filter(q -> q.speaker() != null && q.speaker().contains(speaker)
        && q.text().contains(contains)).findFirst();
  }

  @Test
  void titlesBeforeTheNameAndAppositionsAfterItGiveRoles() {
    String text = "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Monday.\n\n"
        + "Wendy Sherman, the U.S. Deputy Secretary of State, met the delegation in Geneva.\n\n"
        + "Olga Petrova, deputy dean of the School of International Relations, described the talks as useful.\n\n"
        + "Maria Lopez, who previously served as a spokesperson for the National Security Council, stayed silent.";
    List<Entity> es = annotator.annotate(text, "2025-10-01").entities();
    assertThat(person(es, "Dmitry Peskov")).get().extracting(Entity::role).isEqualTo("Kremlin spokesman");
    assertThat(person(es, "Wendy Sherman")).get().extracting(Entity::role)
        .isEqualTo("U.S. Deputy Secretary of State");
    assertThat(person(es, "Olga Petrova")).get().extracting(Entity::role)
        .isEqualTo("deputy dean of the School of International Relations");
    assertThat(person(es, "Maria Lopez")).get().extracting(Entity::role)
        .isEqualTo("spokesperson for the National Security Council");
  }

  @Test
  void lowerCaseWordsThatOpenARoleBelongToIt() {
    String text = "White House press secretary Karoline Leavitt said a meeting could still take place.\n\n"
        + "On Monday deputy foreign minister Sergei Ryabkov said ties were not broken.\n\n"
        + "Speaking to reporters, defense secretary Pete Hegseth said the strikes would go on.\n\n"
        + "The top diplomat Kaja Kallas said the bloc would act.";
    List<Entity> es = annotator.annotate(text, "2025-10-22").entities();
    assertThat(person(es, "Karoline Leavitt")).get().extracting(Entity::role)
        .isEqualTo("White House press secretary");
    // A clause's opening words ("On Monday", "The") are no part of the title.
    assertThat(person(es, "Sergei Ryabkov")).get().extracting(Entity::role).isEqualTo("deputy foreign minister");
    assertThat(person(es, "Pete Hegseth")).get().extracting(Entity::role).isEqualTo("defense secretary");
    assertThat(person(es, "Kaja Kallas")).get().extracting(Entity::role).isEqualTo("top diplomat");
  }

  @Test
  void anArmedForceAttacksWithWeaponsNotWords() {
    List<Quote> qs = annotator.annotate("The drones entered the country from the north while Russian forces attacked "
        + "western Ukraine. Israeli jets attacked targets near the border. The senator attacked the deal in a speech.",
        "2025-09-10").quotes();
    assertThat(qs).noneMatch(q -> q.text().contains("western Ukraine") || q.text().contains("targets"));
    // A person's attack on a deal is words.
    assertThat(qs).anyMatch(q -> q.text().startsWith("the deal") && "attacked".equals(q.cue()));
  }

  @Test
  void aPersonDescribedByABodyIsThatPersonNotTheBody() {
    String text = "The talks went on through the night, a senior White House official said.\n\n"
        + "Russia's defence ministry said the drones were shot down.\n\n"
        + "Some close Clinton allies said the campaign had stalled.\n\n"
        + "The diplomat Peter Hale arrived on Monday. The diplomat said the mission was over.";
    List<Quote> qs = annotator.annotate(text, "2025-10-20").quotes();
    assertThat(qs).filteredOn(q -> q.text().startsWith("The talks went on")).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("a senior White House official");
      assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("a senior White House official");
      // An official acts for the body that names them.
      assertThat(q.speakerActor()).isEqualTo("USAGOV");
    });
    assertThat(qs).filteredOn(q -> q.text().contains("drones")).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Russia's defence ministry"));
    // Supporters of a politician speak for no government.
    assertThat(qs).filteredOn(q -> q.text().contains("stalled")).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Some close Clinton allies");
      assertThat(q.speakerActor()).isNotEqualTo("USAGOV");
    });
    // A title alone still stands for the person it names.
    assertThat(qs).filteredOn(q -> q.text().contains("mission")).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Peter Hale"));
    // Words that are only an attribution ("a senior White House official said") are no report of "went on".
    assertThat(qs).noneMatch(q -> q.text().endsWith("official said"));
  }

  @Test
  void theyIsAGroupNamedBeforeAndNeverOnePerson() {
    List<Quote> qs = annotator.annotate("Senator Ingrid Dahl lost the state. Dahl supporters are crying fraud over the "
        + "count. They said the party had rigged the vote.", "2016-05-01").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("rigged")).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Dahl supporters"));
    // With no group before, "they" stays unnamed rather than taking the last person's name.
    List<Quote> alone = annotator.annotate("Senator Ingrid Dahl lost the state on Tuesday. They said the party had "
        + "rigged the vote.", "2016-05-01").quotes();
    assertThat(alone).filteredOn(q -> q.text().contains("rigged")).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("They");
      assertThat(q.speakerActor()).isNull();
    });
  }

  @Test
  void surnamesJoinTheFullNameAndMentionsPointIntoTheText() {
    String text = "Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday. Lavrov met his Turkish counterpart "
        + "Hakan Fidan. Later Lavrov flew home.";
    List<Entity> es = annotator.annotate(text, null).entities();
    Entity lavrov = person(es, "Sergei Lavrov").orElseThrow();
    assertThat(lavrov.mentions()).hasSize(3);
    assertThat(lavrov.mentions()).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).endsWith("Lavrov"));
    assertThat(es.stream().filter(e -> e.type().equals("PERSON") && e.text().equals("Lavrov"))).isEmpty();
  }

  @Test
  void aPlaceThatIsNoSeatOfGovernmentHasItsCountryButNoActor() {
    String text = "Russian drones struck Kharkiv overnight, and Ukrainian forces hit a depot near Kursk. The mayor of "
        + "Kharkiv said power was cut. Officials in Kyiv said talks would go on.";
    List<Entity> es = annotator.annotate(text, null).entities();
    assertThat(es).filteredOn(e -> e.text().equals("Kharkiv")).singleElement().satisfies(e -> {
      assertThat(e.country()).isEqualTo("UKR");
      assertThat(e.actor()).isNull();
    });
    assertThat(es).filteredOn(e -> e.text().equals("Kursk")).singleElement()
        .satisfies(e -> assertThat(e.country()).isEqualTo("RUS"));
    assertThat(es).filteredOn(e -> e.text().equals("Kyiv")).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("UKRGOV"));
  }

  @Test
  void directQuotesWithTheAttributionAfterBeforeOrBetween() {
    String text = "\u201cWe are ready to talk,\u201d Peskov said on Monday, adding that no date was set.\n\n"
        + "Lavrov told reporters: \"The ball is in Washington's court.\"\n\n"
        + "\u201cThe sanctions will fail,\u201d said Dmitry Medvedev, \u201cas they always have.\u201d";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote peskov = quoteBy(qs, "Peskov", "ready to talk").orElseThrow();
    assertThat(peskov.direct()).isTrue();
    assertThat(peskov.cue()).isEqualTo("said");
    assertThat(text.substring(peskov.start(), peskov.end())).isEqualTo(peskov.text());
    assertThat(text.substring(peskov.speakerStart(), peskov.speakerEnd())).isEqualTo("Peskov");
    assertThat(quoteBy(qs, "Lavrov", "ball is in Washington")).get().extracting(Quote::direct).isEqualTo(true);
    assertThat(quoteBy(qs, "Medvedev", "sanctions will fail")).isPresent();
    assertThat(quoteBy(qs, "Medvedev", "as they always have")).isPresent();
  }

  @Test
  void reportedSpeechWithAndWithoutThat() {
    String text = "Sergei Ryabkov said that Moscow does not see breaking ties as necessary. "
        + "Talks will resume next month, Lavrov said. "
        + "According to Ankara, the next round will be held in Istanbul. "
        + "Wendy Sherman arrived in Geneva on Friday. "
        + "She expressed hope that the two countries could move toward more predictable relations.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Ryabkov", "breaking ties")).get().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.text()).startsWith("that Moscow does not see");
    });
    assertThat(quoteBy(qs, "Lavrov", "Talks will resume next month")).isPresent();
    assertThat(qs).anySatisfy(q -> assertThat(q.text()).startsWith("the next round will be held"));
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.text()).contains("more predictable relations");
      assertThat(q.speaker()).isEqualTo("Wendy Sherman");
    });
  }

  @Test
  void roundUpLayoutGivesTheExpertsWords() {
    String text = "\u2018Pressure will not work.\u2019\n\n"
        + "Ivan Sokolov, senior research fellow at the Institute of World Economy. \u2013 The sanctions are "
        + "meant for a domestic audience and change nothing on the ground.\n\n"
        + "Moreover, the talks will continue whatever happens, because both sides need them.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Ivan Sokolov", "domestic audience")).get().extracting(Quote::direct).isEqualTo(true);
    assertThat(quoteBy(qs, "Ivan Sokolov", "the talks will continue")).isPresent();
    assertThat(quoteBy(qs, "Ivan Sokolov", "Pressure will not work")).isPresent();
  }

  @Test
  void unbalancedQuotationMarksDoNotRunAway() {
    String text = "Trump said \u201cthe deal is close. Nothing more was said about it.\n\n"
        + "In a separate statement, Putin said the meeting would take place in Budapest. " + "x ".repeat(2000);
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).allSatisfy(q -> assertThat(q.text()).doesNotContain("Budapest. x x"));
    assertThat(qs).allSatisfy(q -> assertThat(q.end() - q.start()).isLessThan(3000));
  }

  @Test
  void shortScareQuotesAreNotQuotesButEpithetsAre() {
    String text = "Skeptics speculate that he is playing \u201c5D chess\u201d with the West. "
        + "Putin later spoke of his \u201cgreat respect\u201d for Trump.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).isEqualTo("5D chess"));
    assertThat(quoteBy(qs, "Putin", "great respect")).isPresent();
  }

  @Test
  void aMegabyteOfTextIsAnnotated() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append("Lavrov said the talks would continue in Istanbul next week. \u201cWe are ready,\u201d he added.\n\n");
    }
    Annotator.Annotation a = annotator.annotate(b.toString(), null);
    assertThat(a.quotes()).hasSizeGreaterThan(10_000);
    assertThat(a.entities()).isNotEmpty();
  }

  private static Optional<Quote> quoteWith(List<Quote> quotes, String contains) {
    return quotes.stream().filter(q -> q.text().contains(contains)).findFirst();
  }

  private static String speakerSpan(String text, Quote q) {
    return q.speakerStart() < 0 ? null : text.substring(q.speakerStart(), q.speakerEnd());
  }

  @Test
  void beliefIntentAndObjectCuesGiveReportedContent() {
    String text = "The mayor of Port Elmo believes the new bridge will open before winter. "
        + "Greta Lindqvist wants the council to delay the vote until spring. "
        + "The farmers' union called for an inquiry into the water contracts. "
        + "Hans Moller criticized the budget for cutting rural bus routes.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the new bridge will open")).get().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.cue()).isEqualTo("believes");
      assertThat(speakerSpan(text, q)).contains("mayor");
    });
    assertThat(quoteBy(qs, "Greta Lindqvist", "the council to delay the vote")).isPresent();
    assertThat(quoteWith(qs, "an inquiry into the water contracts")).get()
        .satisfies(q -> assertThat(q.cue()).isEqualTo("called for"));
    assertThat(quoteBy(qs, "Hans Moller", "the budget")).isPresent();
  }

  @Test
  void speakerAfterItsCueAndBehindAnAside() {
    String text = "The harbour will reopen on Monday, said Port Authority director Ingrid Solberg. "
        + "Tomas Eriksen, a former fisheries minister who now advises the coast guard, said that the ban "
        + "had come too late. "
        + "Lena Brandt, 47, who runs a bakery near the docks, told reporters she had lost half of her customers.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The harbour will reopen")).get()
        .satisfies(q -> assertThat(speakerSpan(text, q)).isEqualTo("Ingrid Solberg"));
    assertThat(quoteWith(qs, "the ban had come too late")).get()
        .satisfies(q -> assertThat(speakerSpan(text, q)).isEqualTo("Tomas Eriksen"));
    assertThat(quoteWith(qs, "she had lost half of her customers")).get()
        .satisfies(q -> assertThat(speakerSpan(text, q)).isEqualTo("Lena Brandt"));
  }

  @Test
  void accordingToBeforeAfterOrInsideItsWords() {
    String text = "According to the regional health office, clinic waiting times fell by a third last year. "
        + "Rents in the old town rose sharply in the spring, according to a survey by the tenants' association. "
        + "Since March, according to the Red Crescent, volunteers have delivered food to 300 villages.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "clinic waiting times fell")).get()
        .satisfies(q -> assertThat(speakerSpan(text, q)).contains("regional health office"));
    assertThat(quoteWith(qs, "Rents in the old town rose")).get()
        .satisfies(q -> assertThat(speakerSpan(text, q)).contains("survey"));
    assertThat(quoteWith(qs, "volunteers have delivered food")).get()
        .satisfies(q -> assertThat(q.text()).startsWith("Since March"));
  }

  @Test
  void twoReportsInOneSentenceAreTwoQuotes() {
    String text = "Marta Kowalczyk said the strike would end on Friday and warned that prices would rise. "
        + "Viktor Hale, the union's treasurer, said the fund was empty, noting that members had not paid dues.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote first = quoteWith(qs, "the strike would end").orElseThrow();
    assertThat(first.text()).doesNotContain("warned");
    assertThat(quoteBy(qs, "Marta Kowalczyk", "prices would rise")).get()
        .satisfies(q -> assertThat(q.cue()).isEqualTo("warned"));
    assertThat(quoteWith(qs, "the fund was empty")).get()
        .satisfies(q -> assertThat(q.text()).doesNotContain("members had not paid"));
    assertThat(quoteWith(qs, "members had not paid dues")).isPresent();
  }

  @Test
  void reportedSpeechKeepsItsQuotedPhrase() {
    String text = "Paula Ortiz said the new tariffs were \u201ca gift to smugglers\u201d and would not last.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.text()).startsWith("the new tariffs").contains("a gift to smugglers").endsWith("would not last");
      assertThat(q.speaker()).isEqualTo("Paula Ortiz");
    });
  }

  @Test
  void aQuotedPhraseInsideALongerReportIsNotAQuoteOfItsOwn() {
    String text = "Ingrid Solberg said the harbour levy was \u201ca tax on fishermen\u201d and would be repealed before "
        + "the summer season began. The minister later spoke of her \u201cdeep sorrow and regret\u201d.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).isEqualTo("a tax on fishermen"));
    assertThat(quoteBy(qs, "Ingrid Solberg", "a tax on fishermen")).get().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.text()).startsWith("the harbour levy").endsWith("summer season began");
    });
    // A report that is mostly quoted words is direct speech: her “deep sorrow and regret”.
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.text()).contains("deep sorrow and regret");
      assertThat(q.direct()).isTrue();
    });
  }

  @Test
  void aQuoteSplitByItsAttributionIsOneQuoteOfTheSpeakerBetween() {
    String text = "\u201cThe harbour has never been this quiet,\u201d one dock foreman told the paper. \u201cLorries "
        + "queue for days and nobody in Lisbon answers the phone.\u201d\n\nMarcus Hale toured the port on Friday. "
        + "\u201cMany of his plans are cruel,\u201d columnist Lena Varga wrote in the Daily Courier piece. \u201cIn "
        + "normal times, voters would reject a candidate like Marcus Hale without a second look.\u201d";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).hasSize(2);
    Quote q = qs.getFirst();
    assertThat(q.direct()).isTrue();
    assertThat(text.substring(q.start(), q.end())).startsWith("The harbour").endsWith("answers the phone.");
    assertThat(text.substring(q.speakerStart(), q.speakerEnd())).contains("foreman");
    Quote varga = qs.get(1);
    assertThat(text.substring(varga.start(), varga.end())).startsWith("Many of his").endsWith("second look.");
    assertThat(varga.speaker()).contains("Lena Varga");
  }

  @Test
  void aListOfReportingVerbsGivesOneQuoteEach() {
    String text = "Governor Ana Reyes defended the budget, mocked the opposition benches and praised the teachers.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Ana Reyes", "the budget")).get()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the budget"));
    assertThat(quoteBy(qs, "Ana Reyes", "the opposition benches")).get()
        .satisfies(q -> assertThat(q.cue()).isEqualTo("mocked"));
  }

  @Test
  void anImpersonalPassiveReportHasNoSpeaker() {
    String text = "Governor Ana Reyes opened the session.\n\nIt was reported that the ministry had frozen the "
        + "accounts of three charities.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the ministry had frozen")).get().satisfies(q -> {
      assertThat(q.speakerStart()).isEqualTo(-1);
      assertThat(q.speaker()).isNull();
      assertThat(q.text()).startsWith("that the ministry");
    });
  }

  @Test
  void shoutedWordsAndWordsMadeClearAreReports() {
    String text = "Councillor Tomas Berg shouted that the bridge was not safe for lorries. "
        + "The harbour master made it clear that no ship would leave before the storm had passed.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Tomas Berg", "the bridge was not safe")).get()
        .satisfies(q -> assertThat(q.cue()).isEqualTo("shouted"));
    assertThat(quoteWith(qs, "no ship would leave")).get().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("made it clear");
      assertThat(text.substring(q.speakerStart(), q.speakerEnd())).contains("harbour master");
    });
  }

  @Test
  void aQuotedSentenceWithNoAttributionIsThePersonNamedBeforeIt() {
    String text = "Lena Varga walked along the empty quay on Sunday. \u201cWe are going to keep this port open "
        + "all winter long.\u201d";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Lena Varga", "keep this port open")).get()
        .satisfies(q -> assertThat(q.direct()).isTrue());
  }

  @Test
  void aReportInsideAnotherReportIsPartOfIt() {
    String text = "The Harbour Gazette reported on Sunday that Dana Ross was planning to ask the council to publish "
        + "the port accounts.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).hasSize(1);
    assertThat(qs.getFirst().cue()).isEqualTo("reported");
    assertThat(qs.getFirst().text()).startsWith("that Dana Ross was planning").endsWith("the port accounts");
  }

  @Test
  void appearanceCuesReportTheWritersClause() {
    String text = "The ceasefire in the northern valley seemed to hold on Sunday after two days of shelling.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "The ceasefire in the northern valley")).get().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("seemed");
      assertThat(q.speakerStart()).isEqualTo(-1);
    });
  }

  @Test
  void splitDirectQuoteWithAPostposedSpeakerAndAColonIntroduction() {
    String text = "Mayor Kofi Mensah was blunt. The budget \u201cleaves our schools in the cold,\u201d Mensah said.\n\n"
        + "Councillor Ama Owusu continued: \u201cWe will vote against it, and so will our neighbours.\u201d\n\n"
        + "Dateline:\n\nACCRA, Ghana \u2014 The port strike entered its third week, and dock workers kept their "
        + "pickets at the gates all through the rainy night.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "leaves our schools in the cold")).get()
        .satisfies(q -> assertThat(q.speaker()).contains("Mensah"));
    assertThat(quoteBy(qs, "Ama Owusu", "We will vote against it")).get()
        .satisfies(q -> assertThat(q.direct()).isTrue());
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).contains("dock workers kept their pickets"));
  }

  @Test
  void aPassiveParticipleIsNoReport() {
    String text = "The figures were released on Tuesday by the statistics bureau in the capital.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneSatisfy(q -> assertThat(q.cue()).isEqualTo("released"));
  }

  @Test
  void aReportingNounWithThatAndItsOwner() {
    String text = "Councillor Ruth Abebe stood by her claim that the new depot would close within a year.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "the new depot would close")).get().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("claim");
      assertThat(speakerSpan(text, q)).isEqualTo("her");
      assertThat(q.text()).startsWith("that the new depot");
    });
  }

  @Test
  void aQuotedTitleWithoutAttributionIsNoQuote() {
    String text = "The novel \u201cSummer Rain Over Tallinn Harbour\u201d sold well in its first month.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).noneSatisfy(q -> assertThat(q.text()).contains("Summer Rain"));
  }

  @Test
  void theQuestionAfterAskedAndTranscriptLabels() {
    String text = "Survey: Most farmers expect a dry summer in the east.\n\n"
        + "When asked whether the levy should rise, 41 percent of members said it should not.\n\n"
        + "HOLM: Why did the ferry stop running in May?\n\n"
        + "ASTRID NYGAARD: Because the harbour was closed for repairs.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteWith(qs, "whether the levy should rise")).get()
        .satisfies(q -> assertThat(q.cue()).isEqualTo("asked"));
    assertThat(quoteWith(qs, "it should not")).isPresent();
    assertThat(quoteWith(qs, "Why did the ferry stop")).get()
        .satisfies(q -> assertThat(speakerSpan(text, q)).isEqualTo("HOLM"));
    assertThat(quoteWith(qs, "the harbour was closed")).get()
        .satisfies(q -> assertThat(speakerSpan(text, q)).isEqualTo("ASTRID NYGAARD"));
    assertThat(quoteWith(qs, "Most farmers expect a dry summer")).get()
        .satisfies(q -> assertThat(speakerSpan(text, q)).isEqualTo("Survey"));
  }

  @Test
  void aRelativePronounBeforeTheCueIsTheSpeakerAndStandsForTheNameBeforeIt() {
    String text = "The vote was delayed by Senator Ellen Marsh, who argued that the budget office needed more time.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote q = quoteBy(qs, "Marsh", "budget office needed").orElseThrow();
    // The span runs from the name through the pronoun (q24c).
    assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Ellen Marsh, who");
  }

  @Test
  void aDescriptorBeforeTheNameAfterTheCueAndAVerbBetweenTwoNames() {
    String text = "The mayor spoke at noon. \"The budget will not pass this year,\" said veteran pollster Hana Weber.\n\n"
        + "\"Nobody can stop the merger now,\" Weber told radio host Colin Marsh on Friday.\n\n"
        + "The paper took a side. \"The council must resign before the spring,\" the editorial read.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Hana Weber", "budget will not pass")).isPresent();
    Quote told = qs.stream().filter(q -> q.text().contains("stop the merger")).findFirst().orElseThrow();
    assertThat(text.substring(told.speakerStart(), told.speakerEnd())).isEqualTo("Weber");
    Quote read = qs.stream().filter(q -> q.text().contains("must resign")).findFirst().orElseThrow();
    assertThat(read.speaker()).isEqualTo("the editorial");
  }

  @Test
  void attributionsAfterAQuoteWithATitleAnAppositionOrAVerbOutsideTheLexicon() {
    String text = "The port was closed.\n\n''Nobody told the crews in time,'' Mr. Halvorsen said.\n\n"
        + "\"We will ask for a second vote next month,\" the harbour board's chairwoman, Ingrid Solberg, said on Tuesday.\n\n"
        + "\"They blocked it again,\" Dahl fumed on Friday.\n\n"
        + "\"I never thought it would come to this here,\" said the fisherman, who did not give his name.\n\n"
        + "Dahl spoke last.\n\nHe continued, \"The ferries must run every hour until the spring.\"";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    java.util.function.Function<String, String> span = w -> qs.stream().filter(q -> q.text().contains(w))
        .findFirst().map(q -> q.speakerStart() < 0 ? "" : text.substring(q.speakerStart(), q.speakerEnd()))
        .orElse("<no quote>");
    assertThat(span.apply("told the crews")).contains("Halvorsen");
    assertThat(span.apply("second vote")).isEqualTo("Ingrid Solberg");
    assertThat(span.apply("blocked it again")).isEqualTo("Dahl");
    assertThat(span.apply("come to this here")).isEqualTo("the fisherman");
    assertThat(span.apply("ferries must run")).isEqualTo("He");
  }

  @Test
  void theCuesOwnSubjectAColonParagraphAndAnAttributionAfterAClosedSentence() {
    String text = "When Lindqvist accused Marta Ekdahl of dodging the vote, she said \"the vote will come in June.\"\n\n"
        + "Ekdahl spoke to the council later. She said:\n\n\"The harbour plan is finished and the money is there.\"\n\n"
        + "The council met again. \"We waited too long for the bridge.\" Tove Berg, a teacher from the north shore, "
        + "told the local paper.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    java.util.function.Function<String, String> span = w -> qs.stream().filter(q -> q.text().contains(w))
        .findFirst().map(q -> q.speakerStart() < 0 ? "" : text.substring(q.speakerStart(), q.speakerEnd()))
        .orElse("<no quote>");
    assertThat(span.apply("vote will come in June")).isEqualTo("she");
    assertThat(span.apply("harbour plan is finished")).isEqualTo("She");
    assertThat(span.apply("waited too long")).isEqualTo("Tove Berg");
  }

  @Test
  void aParticipleBeforeAQuoteTakesTheSubjectOfTheMainClause() {
    String text = "Former Minister of Fisheries Ragna Holm urged voters to back Eirik Lund, saying, \"There is no one better "
        + "for the harbour than him.\"";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Ragna Holm", "no one better")).isPresent();
  }

  @Test
  void theNounPhraseOpeningTheClauseIsTheSubjectWhenNoNameIsThere() {
    String text = "The harbour will stay closed.\n\nA person familiar with the talks says the "
        + "ferries will run again in May.\n\nThe effects are difficult to predict, and the costs may rise.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote q = qs.stream().filter(x -> x.text().contains("ferries will run")).findFirst().orElseThrow();
    assertThat(text.substring(q.speakerStart(), q.speakerEnd()))
        .isEqualTo("A person familiar with the talks");
    assertThat(qs).noneMatch(x -> x.text().contains("costs may rise"));
  }

  @Test
  void aGerundAfterAPrepositionTakesTheSubjectOfTheMainClause() {
    String text = "After blasting the port authority for the delays, Ragna Holm called for a new tender.\n\n"
        + "Eirik Lund ended the meeting by warning that the ferries could stop in March.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Ragna Holm", "the port authority")).isPresent();
    assertThat(quoteBy(qs, "Eirik Lund", "ferries could stop")).isPresent();
  }

  @Test
  void aReportWithThatInsideAnAsideIsKept() {
    String text = "Ingrid Dahl, who estimated that a third of the crews would leave, said the union had no plan.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(qs).anyMatch(q -> q.text().contains("a third of the crews would leave"));
    assertThat(quoteBy(qs, "Dahl", "union had no plan")).isPresent();
  }

  @Test
  void participlesAfterAQuotedOpeningAndProgressivesAfterWho() {
    String text = "Ragna Holm met the crews.\n\n\"We have to wake up the whole coast,\" she said, referring to the "
        + "fishing towns of the north.\n\nThe union backs Eirik Lund, who is saying that the ferries must run daily.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote referring = qs.stream().filter(q -> q.text().contains("fishing towns")).findFirst().orElseThrow();
    assertThat(text.substring(referring.speakerStart(), referring.speakerEnd())).isEqualTo("she");
    Quote saying = qs.stream().filter(q -> q.text().contains("ferries must run")).findFirst().orElseThrow();
    assertThat(text.substring(saying.speakerStart(), saying.speakerEnd())).isEqualTo("Eirik Lund, who");
    assertThat(saying.speaker()).contains("Lund");
  }

  @Test
  void aShortAttributedQuoteHandsItsSpeakerToTheNextAndTitlesWithOf() {
    String text = "The debate ended at ten.\n\n\"Debate recap,\" tweeted campaign spokesman Olav Berg. \"Our candidate won "
        + "every exchange tonight and the polls will show it.\"\n\n\"The ferries will run again,\" said former minister "
        + "of fisheries Ragna Holm.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Olav Berg", "won every exchange")).isPresent();
    assertThat(quoteBy(qs, "Ragna Holm", "ferries will run")).isPresent();
  }

  @Test
  void aParticipleTakesTheFirstNameFollowedByAFiniteVerb() {
    String text = "On Sunday morning Ragna Holm answered the union's letter to Eirik Lund, writing that the ferries "
        + "would run all winter.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    assertThat(quoteBy(qs, "Ragna Holm", "ferries would run")).isPresent();
  }

  @Test
  void anIntroductoryPhraseBeforeTheSubjectOfAParticiple() {
    String text = "Shortly after the merger announcement, the group had mobilized the crews against Eirik Lund, "
        + "warning that the deal would cost a thousand jobs.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote q = qs.stream().filter(x -> x.text().contains("cost a thousand jobs")).findFirst().orElseThrow();
    assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("the group");
  }

  @Test
  void theFirstCueWithItsOwnSubjectAfterAnOpenQuote() {
    String text = "The hall was full.\n\n\"You will hear my plan when the season starts,\" before discussing the "
        + "budget, she said on Friday.";
    List<Quote> qs = annotator.annotate(text, null).quotes();
    Quote q = qs.stream().filter(x -> x.text().contains("hear my plan")).findFirst().orElseThrow();
    assertThat(q.speakerStart()).isGreaterThan(0);
    assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("she");
  }

  @Test
  void familyNameFirstShortFormsAndHyphenatedGivenNamesJoinTheFullName() {
    String text = "North Korean leader Kim Jong Un held talks with President Xi Jinping on Thursday. Kim said the "
        + "friendship would last.\n\n\"The summit was a success,\" said Park Ji-hoon, a researcher at a Seoul think "
        + "tank. Park expects more visits.\n\nUS Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng "
        + "in Madrid on Monday, officials said.";
    List<Entity> es = annotator.annotate(text, "2025-10-06").entities();
    assertThat(person(es, "Kim Jong Un").orElseThrow().mentions()).hasSize(2);
    assertThat(es.stream().filter(e -> e.type().equals("PERSON") && e.canonical().equals("Kim"))).isEmpty();
    Entity park = person(es, "Park Ji").orElseThrow();
    assertThat(park.canonical()).isEqualTo("Park Ji-hoon");
    assertThat(park.mentions()).hasSize(2);
    assertThat(person(es, "Lifeng")).get().extracting(Entity::canonical).isEqualTo("He Lifeng");
    // "Kim" alone joins nobody when two full names start with it.
    String two = "Kim Jong Un met Kim Yo Jong on Monday. Kim said nothing.";
    List<Entity> es2 = annotator.annotate(two, "2025-10-06").entities();
    assertThat(person(es2, "Kim Jong Un").orElseThrow().mentions()).hasSize(1);
  }

  @Test
  void surnamesThatAreAlsoWordsAndNamesAfterHonorificsArePeople() {
    String text = "Roger Stone spoke to the committee on Monday. Stone said he had done nothing wrong. "
        + "Mr. Hedge, a farmer from Ohio, disagreed.";
    List<Entity> es = annotator.annotate(text, null).entities();
    assertThat(person(es, "Roger Stone").orElseThrow().mentions()).hasSize(2);
    assertThat(person(es, "Hedge")).isPresent();
  }

  @Test
  void aPlaceTheTaggerTookForAPersonIsAPlace() {
    List<Entity> es = annotator.annotate("Kyiv said the strike hit a power plant. Kyiv asked for more air defence.",
        "2025-10-06").entities();
    assertThat(es.stream().filter(e -> e.type().equals("PERSON") && e.text().equals("Kyiv"))).isEmpty();
  }

  @Test
  void aRoleWithoutACountryTakesItFromWhereThePersonSpeaksOrTheSentenceBefore() {
    String text = "Iran's armed forces threatened retaliation on Wednesday. Brigadier General Ali Rezaei, a "
        + "spokesman for the general staff, said that Israel would pay a heavy price.\n\n"
        + "\"We will answer,\" spokesman Tariq Mahmood told reporters in Islamabad on Thursday.";
    List<Entity> es = annotator.annotate(text, "2025-10-06").entities();
    assertThat(person(es, "Ali Rezaei")).get().extracting(Entity::country).isEqualTo("IRN");
    assertThat(person(es, "Tariq Mahmood")).get().extracting(Entity::country).isEqualTo("PAK");
  }

  @Test
  void aSpeakerDescribedRatherThanNamedActsForTheSideItsHeadNames() {
    String text = "The Norwegian foreign ministry said the talks would resume in Oslo. Israeli officials said the "
        + "strike was limited. Officials familiar with the plan said it had been delayed. Defence analysts in Vilnius said the "
        + "offer was weak. The state news agency Xinhua reported that the visit had gone well.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(quoteBy(qs, "Norwegian foreign ministry", "resume")).get().extracting(Quote::speakerActor)
        .isEqualTo("NORGOV");
    assertThat(quoteBy(qs, "Israeli officials", "limited")).get().extracting(Quote::speakerActor)
        .isEqualTo("ISRGOV");
    assertThat(qs.stream().filter(q -> q.text().contains("delayed") || q.text().contains("weak")))
        .isNotEmpty().allSatisfy(q -> assertThat(q.speakerActor()).isNull());
    assertThat(quoteBy(qs, "Xinhua", "visit")).get().extracting(Quote::speakerActor).isEqualTo("CHNMED");
  }

  @Test
  void aCountrysSpeakerNamedWithItsPartActsForThatPart() {
    String text = "Pakistan's military said the border was calm. Pakistan said it wanted talks.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("border")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("PAKMIL");
    assertThat(qs).filteredOn(q -> q.text().contains("talks")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("PAK");
  }

  @Test
  void aSpeakerPhraseStartsAfterAConjunctionOrASpanOfTime() {
    String text = "By the end of a call lasting two hours the two leaders had agreed to hold a summit in Oslo. The talks "
        + "stalled, but the delegation said that a second round was planned.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("summit in Oslo")).singleElement()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("the two leaders"));
    assertThat(qs).filteredOn(q -> q.text().contains("second round")).singleElement()
        .satisfies(q -> assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("the delegation"));
  }

  @Test
  void aParticipleAfterTheNounOfAnOpeningPhraseReportsNothing() {
    String text = "In a statement issued on Saturday, the army's press wing warned that any new conflict would "
        + "spread. The navy replied within hours.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("new conflict")).singleElement().satisfies(q -> {
      assertThat(q.cue()).isEqualTo("warned");
      assertThat(q.text()).doesNotContain("press wing");
      assertThat(text.substring(q.speakerStart(), q.speakerEnd())).contains("press wing");
    });
    assertThat(qs).noneMatch(q -> q.text().contains("within hours"));
  }

  @Test
  void peopleInAPlaceSpeakAsThemselvesNotAsThePlace() {
    String text = "Analysts in Lahore said the rhetoric had sharpened. Officials in Seoul said a meeting was "
        + "possible.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(quoteBy(qs, "Analysts in Lahore", "rhetoric")).get().extracting(Quote::speakerActor).isNull();
    assertThat(quoteBy(qs, "Officials in Seoul", "meeting")).get().extracting(Quote::speakerActor)
        .isEqualTo("KORGOV");
  }

  @Test
  void anOrganisationNamedWithItsCountryGetsItsActor() {
    List<Entity> es = annotator.annotate("The US State Department and the Treasury Department announced new "
        + "sanctions on Rosneft.", "2025-10-23").entities();
    assertThat(es).filteredOn(e -> e.text().equals("US State Department")).singleElement()
        .extracting(Entity::actor).isEqualTo("USAGOV");
    assertThat(es).filteredOn(e -> e.canonical().equals("Rosneft")).singleElement()
        .extracting(Entity::actor).isEqualTo("RUSBUS");
  }

  @Test
  void anOrganisationTakesItsSideFromTheArticleWhenItsNameNamesNone() {
    String text = "The missiles flew east, South Korea's Joint Chiefs of Staff said on Monday. Treasury Secretary "
        + "Scott Bessent said the measures would stay. The Treasury did not say when. The European Commission "
        + "proposed a new package on Friday, and the Commission will present it next week.";
    List<Entity> es = annotator.annotate(text, "2025-10-06").entities();
    assertThat(es).filteredOn(e -> e.canonical().equals("Joint Chiefs of Staff")).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("KORMIL");
          assertThat(e.country()).isEqualTo("KOR");
        });
    assertThat(es).filteredOn(e -> e.type().equals("ORGANIZATION") && e.canonical().equals("Treasury"))
        .singleElement().extracting(Entity::actor).isEqualTo("USAGOV");
    assertThat(es).filteredOn(e -> e.canonical().equals("Commission")).allSatisfy(e -> {
      assertThat(e.actor()).isEqualTo("IGOEEC");
      assertThat(e.country()).isNull();
    });
    // An international body has an actor but no country (its code's first letters are no ISO code).
    assertThat(es).filteredOn(e -> e.canonical().equals("European Commission")).allSatisfy(e ->
        assertThat(e.country()).isNull());
    // Without a country in the article, a sector is no side.
    List<Entity> alone = annotator.annotate("The Joint Chiefs of Staff said the test had failed.", "2025-10-06")
        .entities();
    assertThat(alone).allSatisfy(e -> assertThat(e.actor()).isNull());
  }

  @Test
  void aSpeakerNamedOnlyByItsSectorTakesTheSideOfTheSameBodyNamedBefore() {
    String text = "China's commerce ministry said on Sunday that the tariffs broke the truce. The ministry said "
        + "Beijing would respond in kind. Later the ministry's spokesman said talks could still go ahead.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("respond in kind")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("CHNGOV");
    List<Quote> inCapital = annotator.annotate("Estonia summoned the envoy. In Tallinn, the government said the jets "
        + "had stayed for twelve minutes.", "2025-10-06").quotes();
    assertThat(inCapital).filteredOn(q -> q.text().contains("twelve minutes")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("ESTGOV");
    // No earlier body of that sector: none.
    List<Quote> none = annotator.annotate("Israeli troops crossed the border. The ministry said the crossing was "
        + "an error.", "2025-10-06").quotes();
    assertThat(none).filteredOn(q -> q.text().contains("error")).singleElement()
        .extracting(Quote::speakerActor).isNull();
  }

  @Test
  void aNameFollowedByTheNounOfAThingOrOpeningWithACapitalIsNoPerson() {
    String text = "Ragna Holm asked for Harpoon missiles on Friday. Flights at Warsaw Modlin were halted for hours, "
        + "and the disputed Sir Creek estuary stayed quiet. Holm said the request stood.";
    List<Entity> es = annotator.annotate(text, "2025-10-06").entities();
    assertThat(es).filteredOn(e -> e.type().equals("PERSON")).extracting(Entity::canonical)
        .containsExactly("Ragna Holm");
  }

  @Test
  void officialsOfARegionSpeakForItButHaveNoCountry() {
    String text = "European diplomats said on Monday that the summit had been shelved. Arab ministers said the plan "
        + "needed more time. Russian officials said nothing.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("shelved")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("EURGOV");
    assertThat(qs).filteredOn(q -> q.text().contains("more time")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("ARBGOV");
    // A region is no ISO country: its entities carry the region's code and no country.
    List<Entity> es = annotator.annotate(text, "2025-10-06").entities();
    assertThat(es).filteredOn(e -> "EUR".equals(e.actor()) || "ARB".equals(e.actor())).isNotEmpty()
        .allSatisfy(e -> assertThat(e.country()).isNull());
    assertThat(es).filteredOn(e -> e.actor() != null && e.actor().startsWith("RUS")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.country()).isEqualTo("RUS"));
  }

  @Test
  void aRelativePronounSpeaksForThePhraseBeforeIt() {
    String text = "Forty drones were launched overnight, according to the Ukrainian air force, which said most were "
        + "shot down.";
    Quote q = annotator.annotate(text, "2025-10-06").quotes().stream()
        .filter(x -> x.text().contains("shot down")).findFirst().orElseThrow();
    assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("which");
    assertThat(q.speaker()).isEqualTo("the Ukrainian air force");
    assertThat(q.speakerActor()).isEqualTo("UKRMIL");
    // A phrase before the pronoun that names no side leaves the speaker as it was.
    String none = "The plan was drafted by a small group, which said it would publish it soon.";
    assertThat(annotator.annotate(none, "2025-10-06").quotes()).allSatisfy(x -> assertThat(x.speakerActor()).isNull());
  }

  @Test
  void aBodysPaperAndItsPeopleSpeakForIt() {
    String text = "A Chinese foreign ministry statement said the visit was a provocation. An Iranian foreign ministry "
        + "spokesman said the talks would resume. Ukrainian military officials said the bridge had been hit. "
        + "According to a State Department readout, the envoy urged restraint. A report said the talks were over.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("provocation")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("CHNGOV");
    assertThat(qs).filteredOn(q -> q.text().contains("would resume")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("IRNGOV");
    assertThat(qs).filteredOn(q -> q.text().contains("bridge")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("UKRMIL");
    assertThat(qs).filteredOn(q -> q.text().contains("restraint")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("USAGOV");
    // A paper of no named body speaks for no side.
    assertThat(qs).filteredOn(q -> q.text().contains("were over")).singleElement()
        .extracting(Quote::speakerActor).isNull();
  }

  @Test
  void itSpeaksForTheCountryOrBodyThatOpensItsSentenceOrTheOneBefore() {
    Quote within = annotator.annotate("The United States imposed sanctions on Wednesday on 50 firms that it accused "
        + "of shipping Iranian oil.", "2025-10-06").quotes().getFirst();
    assertThat(within.speaker()).endsWith("United States");
    assertThat(within.speakerActor()).isEqualTo("USA");
    Quote next = annotator.annotate("China's commerce ministry raised tariffs on Friday. It said the move answered "
        + "the new controls.", "2025-10-06").quotes().stream().filter(q -> q.text().contains("answered"))
        .findFirst().orElseThrow();
    assertThat(next.speaker()).isEqualTo("China's commerce ministry");
    assertThat(next.speakerActor()).isEqualTo("CHNGOV");
    // A person is never "it".
    Quote person = annotator.annotate("Anna Berg met the envoys in Riga. It said the talks had gone well.",
        "2025-10-06").quotes().stream().filter(q -> q.text().contains("gone well")).findFirst().orElseThrow();
    assertThat(person.speaker()).isNotEqualTo("Anna Berg");
    assertThat(person.speakerActor()).isNull();
  }

  @Test
  void theStatesPressSpeaksForItsCountryAndAPlaceAfterItDoesNotSpeakAlone() {
    String text = "State television in Iran said the envoy had been recalled. Iranian state television said the "
        + "talks were over. State media in the North described the launch as a new hypersonic system.";
    List<Quote> qs = annotator.annotate(text, "2025-10-06").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("recalled")).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("State television in Iran"))
        .extracting(Quote::speakerActor).isEqualTo("IRNMED");
    assertThat(qs).filteredOn(q -> q.text().contains("talks were over")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("IRNMED");
    // "the North" is no place the registry knows: the whole phrase speaks, not "North" alone.
    assertThat(qs).filteredOn(q -> q.text().contains("hypersonic")).singleElement()
        .extracting(Quote::speaker).isEqualTo("State media in the North");
  }

  @Test
  void aCountSpeaksForTheGroupThatSpokeJustBefore() {
    String text = "European officials, who had feared that a deal might be struck over Ukraine's head, reacted with "
        + "relief. Several noted that the reversal left few options.";
    List<Quote> qs = annotator.annotate(text, "2025-10-22").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("reversal")).singleElement()
        .satisfies(q -> {
          assertThat(q.speakerActor()).isEqualTo("EURGOV");
          // The count is named by the group it speaks for; its offsets stay on the count.
          assertThat(q.speaker()).isEqualTo("European officials");
          assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Several");
        });
    // A person whose name ends in "s" is no group a count can speak for.
    assertThat(annotator.annotate("Senator Bernie Sanders said the race was not over. Several noted that the count "
        + "would go on.", "2016-05-01").quotes()).filteredOn(q -> q.text().contains("count")).singleElement()
        .satisfies(q -> {
          assertThat(q.speaker()).isEqualTo("Several");
          assertThat(q.speakerActor()).isNull();
        });
    // Without a group before, a count has no side.
    assertThat(annotator.annotate("Several noted that the reversal left few options.", "2025-10-22").quotes())
        .allSatisfy(q -> assertThat(q.speakerActor()).isNull());
  }

  @Test
  void aCountrysNameThatOwnsAPartOfItSpeaksAsThatPart() {
    String text = "China's military on Friday condemned the passage of two foreign warships through the strait, saying "
        + "the ships had been tracked throughout their voyage.";
    List<Quote> qs = annotator.annotate(text, "2025-10-17").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("tracked")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("CHNMIL");
  }

  @Test
  void theNorthAndTheSouthStandForTheKoreasOnceTheArticleNamesThem() {
    String text = "North Korea fired two missiles on Wednesday. South Korea said it was tracking them. State media "
        + "in the North described the test as a new system. Officials in the South said the launch was a provocation.";
    List<Quote> qs = annotator.annotate(text, "2025-10-22").quotes();
    assertThat(qs).filteredOn(q -> q.text().contains("new system")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("PRKMED");
    assertThat(qs).filteredOn(q -> q.text().contains("provocation")).singleElement()
        .extracting(Quote::speakerActor).isEqualTo("KORGOV");
    // An article that names neither gives "the North" no side.
    assertThat(annotator.annotate("State media in the North described the storm as severe.", "2025-10-22").quotes())
        .allSatisfy(q -> assertThat(q.speakerActor()).isNull());
  }
}
