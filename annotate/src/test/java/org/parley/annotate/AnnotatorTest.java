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
      assertThat(q.text()).startsWith("Moscow does not see");
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
}
