package org.parley.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Source;
import org.parley.model.Story;
import org.parley.model.Via;

class ClustererTest {
  private static Document doc(String id, String day, String title, String text) {
    return Document.builder().id(id).published(day).title(title).text(text).build();
  }

  private static final String COLUMN = "The foreign ministers of both countries met in Geneva on Tuesday to discuss "
      + "the exchange of prisoners, the reopening of consulates and a timetable for talks on strategic arms, "
      + "officials on both sides said after the meeting, which lasted more than four hours and ended without a "
      + "joint statement, although each side called the atmosphere businesslike and promised further contacts "
      + "before the end of the month.";

  @Test
  void minHashEstimatesContainment() {
    MinHash.Signature a = MinHash.of(COLUMN);
    MinHash.Signature b = MinHash.of(COLUMN + " An editor's note was added by the aggregator at the end.");
    MinHash.Signature c = MinHash.of("Heavy snow closed roads across the north of the country on Monday, and "
        + "schools in three provinces stayed shut while crews worked through the night to clear the highways.");
    assertThat(MinHash.containment(a, b)).isGreaterThan(0.8);
    assertThat(MinHash.containment(a, c)).isLessThan(0.1);
    assertThat(MinHash.jaccard(a, MinHash.of(COLUMN))).isEqualTo(1.0);
  }

  @Test
  void copiesPointToTheFirstArticleAndShareItsStory() {
    List<Document> docs = List.of(
        doc("b", "2025-10-02", "Geneva talks", "Republished. " + COLUMN),
        doc("a", "2025-10-01", "Ministers meet in Geneva", COLUMN),
        doc("c", "2025-10-05", "Snow", "Heavy snow closed roads across the north of the country on Monday, and "
            + "schools in three provinces stayed shut while crews worked through the night."));
    Clusterer.Result r = Clusterer.cluster(docs, Clusterer.Params.standard());
    assertThat(r.assignments().get("a").duplicateOf()).isNull();
    assertThat(r.assignments().get("b").duplicateOf()).isEqualTo("a");
    assertThat(r.assignments().get("b").story()).isEqualTo(r.assignments().get("a").story());
    assertThat(r.assignments().get("c").story()).isNotEqualTo(r.assignments().get("a").story());
    Story first = r.stories().getFirst();
    assertThat(first.documents()).containsExactly("a", "b");
    assertThat(first.start()).isEqualTo("2025-10-01");
    assertThat(first.end()).isEqualTo("2025-10-02");
    assertThat(first.title()).isEqualTo("Ministers meet in Geneva");
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Document> docs = Corpus.documents();
    List<Document> reversed = new ArrayList<>(docs);
    java.util.Collections.reverse(reversed);
    Map<String, Clusterer.Assignment> a = Clusterer.cluster(docs, Clusterer.Params.standard()).assignments();
    Map<String, Clusterer.Assignment> b = Clusterer.cluster(reversed, Clusterer.Params.standard()).assignments();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void sampleCorpusSyndicatedPairIsFoundAndNothingElse() {
    List<Document> docs = Corpus.documents();
    Clusterer.Result r = Clusterer.cluster(docs, Clusterer.Params.standard());
    Document original = Corpus.byFile(docs, "15_");
    Document copy = Corpus.byFile(docs, "16_");
    assertThat(r.assignments().get(copy.id()).duplicateOf()).isEqualTo(original.id());
    assertThat(r.assignments().values().stream().filter(x -> x.duplicateOf() != null)).hasSize(1);
    assertThat(r.assignments().get(copy.id()).story()).isEqualTo(r.assignments().get(original.id()).story());
    // The Budapest summit thread: the call, Dmitriev's visit and the summit shelved are one story.
    String budapest = r.assignments().get(Corpus.byFile(docs, "14_").id()).story();
    assertThat(r.assignments().get(Corpus.byFile(docs, "17_").id()).story()).isEqualTo(budapest);
    assertThat(r.assignments().get(Corpus.byFile(docs, "18_").id()).story()).isEqualTo(budapest);
    // Israel and Iran trade strikes: one story.
    assertThat(r.assignments().get(Corpus.byFile(docs, "11_").id()).story())
        .isEqualTo(r.assignments().get(Corpus.byFile(docs, "12_").id()).story());
    // Unrelated stories stay apart.
    assertThat(r.assignments().get(Corpus.byFile(docs, "09_").id()).story()).isNotEqualTo(budapest);
    assertThat(r.assignments().get(Corpus.byFile(docs, "04_").id()).story()).isNotEqualTo(budapest);
  }

  @Test
  void storiesCloseWhenQuiet() {
    Clusterer.Params p = new Clusterer.Params(0.5, 0.1, 5, 30);
    List<Document> docs = List.of(doc("a", "2025-01-01", "Ministers meet in Geneva", COLUMN.substring(0, 200)),
        doc("b", "2025-03-01", "Ministers meet in Geneva again", "Foreign ministers return to Geneva for talks on "
            + "prisoners, consulates and strategic arms."));
    Clusterer.Result r = Clusterer.cluster(docs, p);
    assertThat(r.assignments().get("a").story()).isNotEqualTo(r.assignments().get("b").story());
    Clusterer.Result open = Clusterer.cluster(docs, new Clusterer.Params(0.5, 0.1, 90, 30));
    assertThat(open.assignments().get("a").story()).isEqualTo(open.assignments().get("b").story());
  }

  @Test
  void aQuietStoryIsRevivedOnlyByAClearlyAlikeOne() {
    List<Document> docs = List.of(
        doc("spring", "2025-03-01", "Kelvar dam talks stall over Ostrava water quota",
            "Negotiators from Kelvar and Ostrava broke off the dam talks on Tuesday after the Ostrava delegation "
                + "rejected the proposed water quota for the Mirna reservoir during the dry season."),
        doc("autumn", "2025-10-20", "Kelvar and Ostrava resume dam talks on Mirna water quota",
            "Seven months after the collapse, Kelvar's envoy returned to the table with Ostrava to settle how much "
                + "of the Mirna reservoir each side may draw in the dry season, the sticking point of the dam talks."),
        doc("other", "2025-10-21", "Harvest festival draws record crowds in Lindau",
            "Organisers counted more visitors than ever at the Lindau harvest festival, where farmers sold apples, "
                + "cider and pumpkins from stalls along the river."));
    Clusterer.Result apart = Clusterer.cluster(docs, new Clusterer.Params(0.5, 0.1, 30, 30, 0.1,
        Double.POSITIVE_INFINITY));
    assertThat(apart.assignments().get("spring").story()).isNotEqualTo(apart.assignments().get("autumn").story());
    Clusterer.Result revived = Clusterer.cluster(docs, new Clusterer.Params(0.5, 0.1, 30, 30, 0.1, 0.15));
    assertThat(revived.assignments().get("spring").story()).isEqualTo(revived.assignments().get("autumn").story());
    assertThat(revived.assignments().get("other").story()).isNotEqualTo(revived.assignments().get("spring").story());
    assertThat(revived.stories()).hasSize(2);
    Clusterer.Result strict = Clusterer.cluster(docs, new Clusterer.Params(0.5, 0.1, 30, 30, 0.1, 0.9));
    assertThat(strict.assignments().get("spring").story()).isNotEqualTo(strict.assignments().get("autumn").story());
  }

  /** Two three-article stories, a round-up that mentions one of them in passing, and a note on both. */
  private static List<Document> withLoneArticles(String roundupDay) {
    return List.of(
        doc("dam1", "2025-05-01", "Kelvar and Ostrava break off Mirna dam talks",
            "Negotiators from Kelvar and Ostrava broke off the Mirna dam talks on Tuesday after the Ostrava "
                + "delegation rejected the proposed water quota for the reservoir during the dry season."),
        doc("dam2", "2025-05-02", "Ostrava rejects Mirna water quota as dam talks collapse",
            "The Ostrava delegation said the water quota offered by Kelvar would leave its farmers without enough "
                + "of the Mirna reservoir in the dry season, and walked out of the dam talks."),
        doc("dam3", "2025-05-04", "Kelvar envoy hopes to revive Mirna dam negotiations",
            "Kelvar's envoy said he still hoped to settle the Mirna dam dispute with Ostrava and would propose a "
                + "new water quota for the reservoir before the dry season begins."),
        doc("fest1", "2025-05-02", "Lindau harvest festival draws record crowds",
            "Organisers counted more visitors than ever at the Lindau harvest festival, where farmers sold apples, "
                + "cider and pumpkins from stalls along the river promenade."),
        doc("fest2", "2025-05-03", "Cider and pumpkins sell out at Lindau festival",
            "Stalls on the Lindau river promenade ran out of cider and pumpkins by Saturday noon as the harvest "
                + "festival drew record crowds of visitors."),
        doc("fest3", "2025-05-05", "Lindau festival ends with fireworks over the river",
            "The Lindau harvest festival closed with fireworks over the river after a record week for the apple "
                + "growers and cider makers who sold their produce on the promenade."),
        doc("both", "2025-05-08", "Around the region",
            "Kelvar and Ostrava broke off the Mirna dam talks, and the Lindau harvest festival drew record crowds "
                + "of visitors to the river promenade."),
        doc("roundup", roundupDay, "The week in brief",
            "Kelvar and Ostrava broke off the Mirna dam talks over the water quota. Elsewhere, a tanker ran "
                + "aground near Portsmouth and heavy rain flooded roads in the Sava valley."));
  }

  /** join and merge high enough that the round-up and the note stay alone until the attaching step. */
  private static Clusterer.Params attaching(double attach, double margin) {
    return new Clusterer.Params(0.5, 0.3, 60, 30, 0.3, Double.POSITIVE_INFINITY, attach, margin);
  }

  private static List<List<String>> groups(Clusterer.Result r) {
    return r.stories().stream().map(Story::documents).toList();
  }

  @Test
  void aLoneArticleJoinsTheStoryItClearlyResemblesMost() {
    List<Document> docs = withLoneArticles("2025-05-09");
    // Without the step, the round-up (under join and merge) and the note stay alone.
    assertThat(groups(Clusterer.cluster(docs, new Clusterer.Params(0.5, 0.3, 60, 30, 0.3,
        Double.POSITIVE_INFINITY)))).containsExactly(List.of("dam1", "dam2", "dam3"),
            List.of("fest1", "fest2", "fest3"), List.of("both"), List.of("roundup"));
    // The round-up joins the dam story; the note, as like one story as the other, stays alone.
    Clusterer.Result r = Clusterer.cluster(docs, attaching(0.1, 2));
    assertThat(groups(r)).containsExactly(List.of("dam1", "dam2", "dam3", "roundup"),
        List.of("fest1", "fest2", "fest3"), List.of("both"));
    assertThat(r.assignments().get("roundup").story()).isEqualTo(r.assignments().get("dam1").story());
    List<Document> reversed = new ArrayList<>(docs);
    java.util.Collections.reverse(reversed);
    assertThat(Clusterer.cluster(reversed, attaching(0.1, 2)).assignments()).isEqualTo(r.assignments());
    // Without a margin the note goes to the story it is closer to; under a higher bar nothing attaches.
    assertThat(groups(Clusterer.cluster(docs, attaching(0.1, 1)))).containsExactly(
        List.of("dam1", "dam2", "dam3", "roundup"), List.of("fest1", "fest2", "fest3", "both"));
    assertThat(groups(Clusterer.cluster(docs, attaching(0.25, 2)))).hasSize(4);
  }

  @Test
  void aLoneArticleDoesNotJoinAStoryThatWentQuiet() {
    Clusterer.Result r = Clusterer.cluster(withLoneArticles("2025-09-01"), attaching(0.1, 2));
    assertThat(r.assignments().get("roundup").story()).isNotEqualTo(r.assignments().get("dam1").story());
    assertThat(r.stories().getLast().documents()).containsExactly("roundup");
  }

  @Test
  void viaChains() {
    Document original = Document.builder().id("o").text("x").source(new Source("Substack", "substack.com"))
        .url("https://a.substack.com/p/x").build();
    Document copy = Document.builder().id("c").text("x").source(new Source(null, "zerohedge.com")).build();
    assertThat(Clusterer.viaOfCopy(copy, original)).extracting(Via::name).containsExactly("Substack",
        "zerohedge.com");
    assertThat(Clusterer.viaOfOriginal(original, List.of(copy))).extracting(Via::name).containsExactly("Substack",
        "zerohedge.com");
    assertThat(Clusterer.viaOfOriginal(original, List.of())).isEmpty();
  }
}
