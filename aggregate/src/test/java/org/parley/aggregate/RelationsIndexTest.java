package org.parley.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventActor;
import org.parley.model.Json;
import org.parley.store.Store;

/**
 * The index over the sample corpus's hand-coded events (samples/corpus.manifest.json), stored in a real DuckDB
 * file: the days of USA-RUS match a hand count, and the turn from the Budapest summit to sanctions is a swing.
 */
class RelationsIndexTest {
  @TempDir
  static Path dir;

  static Map<String, Double> goldstein = new HashMap<>();

  @BeforeAll
  static void storeTheCorpusEvents() throws Exception {
    for (String line : WordList.linesOf(RelationsIndexTest.class, "goldstein-for-tests.tsv")) {
      String[] f = line.split("\t");
      goldstein.put(f[0], Double.parseDouble(f[1]));
    }
    JsonNode manifest = Json.mapper().readTree(Files.readString(Corpus.dir().resolveSibling("corpus.manifest.json")));
    try (Store store = Store.open(dir)) {
      for (JsonNode a : manifest.get("articles")) {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : a.get("events")) {
          String cameo = e.get("cameo").asText();
          if (!goldstein.containsKey(cameo) || e.path("target").isNull()) {
            continue;
          }
          int root = Integer.parseInt(cameo.substring(0, 2));
          int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
          events.add(new Event(new EventActor(null, e.get("source").asText()),
              new EventActor(null, e.get("target").asText()), cameo, cameo.substring(0, 2), null,
              goldstein.get(cameo), quad, e.path("sentence_contains").asText(), 0, 0, e.get("date").asText(), null));
        }
        String file = a.get("file").asText();
        store.put(Document.builder().id(file.substring(0, 2)).input(file).title(a.get("title").asText())
            .published(a.get("published").asText()).text("text of " + file).events(events)
            .tone(file.startsWith("20") ? -4.0 : 1.0).build());
        if (file.startsWith("14_")) {
          // a syndicated copy of article 14: its events must not count twice
          store.put(Document.builder().id("14-copy").input("copy").published(a.get("published").asText())
              .text("copy").events(events).duplicateOf("14").build());
        }
      }
    }
  }

  private static Map<String, RelationsIndex.Day> days(String dyad) {
    try (Store store = Store.open(dir)) {
      Map<String, RelationsIndex.Day> out = new LinkedHashMap<>();
      for (RelationsIndex.Day d : RelationsIndex.days(store.connection(), RelationsIndex.Dyad.parse(dyad), null,
          null)) {
        out.put(d.date(), d);
      }
      return out;
    }
  }

  @Test
  void usaRussiaMatchesTheHandCount() {
    Map<String, RelationsIndex.Day> days = days("USA-RUS");
    assertThat(days.keySet()).containsExactly("2025-09-23", "2025-09-24", "2025-10-16", "2025-10-18",
        "2025-10-19", "2025-10-21", "2025-10-22", "2025-10-23", "2025-10-29", "2025-10-30", "2025-10-31");
    assertThat(days.values().stream().mapToInt(RelationsIndex.Day::events).sum()).isEqualTo(20);
    RelationsIndex.Day call = days.get("2025-10-16"); // Putin phones Trump; both say they will meet in Budapest
    assertThat(call.events()).isEqualTo(3); // not 6: the copy of article 14 is left out
    assertThat(call.quad()).containsExactly(3, 0, 0, 0);
    assertThat(call.goldsteinSum()).isEqualTo(9.0);
    assertThat(call.goldsteinMean()).isEqualTo(3.0);
    assertThat(call.tone()).isEqualTo(1.0);
    RelationsIndex.Day unga = days.get("2025-09-24"); // criticism, consultation, an appeal
    assertThat(unga.quad()).containsExactly(2, 0, 1, 0);
    assertThat(unga.goldsteinSum()).isEqualTo(2.0);
    RelationsIndex.Day sanctions = days.get("2025-10-23"); // Putin's criticism and threat after the sanctions
    assertThat(sanctions.quad()).containsExactly(0, 0, 2, 0);
    assertThat(sanctions.goldsteinSum()).isEqualTo(-9.0);
    assertThat(sanctions.tone()).isEqualTo(-4.0);
    assertThat(days.get("2025-10-30").goldsteinSum()).isEqualTo(14.0);
  }

  @Test
  void directedDyadsCountOneDirection() {
    Map<String, RelationsIndex.Day> us = days("USA>RUS");
    Map<String, RelationsIndex.Day> ru = days("RUS>USA");
    int total = us.values().stream().mapToInt(RelationsIndex.Day::events).sum()
        + ru.values().stream().mapToInt(RelationsIndex.Day::events).sum();
    assertThat(total).isEqualTo(20);
    assertThat(us.get("2025-10-22").quad()).containsExactly(0, 0, 0, 1); // US sanctions on Rosneft and Lukoil
    assertThat(ru).doesNotContainKey("2025-10-22");
  }

  @Test
  void theSummitToSanctionsTurnIsASwing() {
    Map<String, RelationsIndex.Day> days = days("USA-RUS");
    assertThat(days.get("2025-10-19").swing()).isZero(); // cooperation only since the call
    assertThat(days.get("2025-10-21").flips()).isEqualTo(1); // talks, then the summit shelved
    assertThat(days.get("2025-10-21").swing()).isPositive();
    assertThat(days.get("2025-10-29").flips()).isGreaterThanOrEqualTo(1); // sanctions, then talks again
    assertThat(days.values().stream().filter(RelationsIndex.Day::changePoint)).isNotEmpty();
    // the trend falls after the sanctions and recovers with the Istanbul talks
    assertThat(days.get("2025-10-23").trend()).isLessThan(days.get("2025-10-19").trend());
    assertThat(days.get("2025-10-31").trend()).isGreaterThan(days.get("2025-10-23").trend());
  }

  @Test
  void theTableOfAllDyadsGivesWhatTheQueryGives() {
    try (Store store = Store.open(dir)) {
      RelationsIndex.Table table = RelationsIndex.Table.build(store.connection());
      List<RelationsIndex.Dyad> dyads = RelationsIndex.dyads(store.connection(), null, null, 1000);
      assertThat(dyads).isNotEmpty();
      for (RelationsIndex.Dyad d : dyads) {
        for (RelationsIndex.Dyad asked : List.of(d, new RelationsIndex.Dyad(d.b(), d.a(), false),
            new RelationsIndex.Dyad(d.a(), d.b(), true), new RelationsIndex.Dyad(d.b(), d.a(), true))) {
          assertThat(table.days(asked, null, null)).as(asked.toString())
              .isEqualTo(RelationsIndex.days(store.connection(), asked, null, null));
          assertThat(table.days(asked, "2025-10-20", "2025-10-31")).as(asked + " in October")
              .isEqualTo(RelationsIndex.days(store.connection(), asked, "2025-10-20", "2025-10-31"));
        }
      }
      assertThat(table.days(RelationsIndex.Dyad.parse("USA-ZZZ"), null, null)).isEmpty();
    }
  }

  @Test
  void rangesAndBadDyads() {
    try (Store store = Store.open(dir)) {
      assertThat(RelationsIndex.days(store.connection(), RelationsIndex.Dyad.parse("usa-rus"), "2025-10-20",
          "2025-10-23")).extracting(RelationsIndex.Day::date).containsExactly("2025-10-21", "2025-10-22",
          "2025-10-23");
      assertThat(RelationsIndex.days(store.connection(), RelationsIndex.Dyad.parse("USA-FRA"), null, null))
          .isEmpty();
      assertThat(RelationsIndex.dyads(store.connection(), null, null, 3)).extracting(Object::toString)
          .contains("RUS-USA");
    }
    assertThatThrownBy(() -> RelationsIndex.Dyad.parse("USARUS")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RelationsIndex.Dyad.parse("US-RU")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyCountriesAndOrganisationsFormDyads(@TempDir Path own) {
    // "officials said" with no known country is GOV: it belongs to no dyad (it is not "GOV-USA")
    List<Event> events = List.of(event("GOV", "USA", "010"), event("USAGOV", "RUS", "111"),
        event("IGOUNOREF", "RUSGOV", "020"), event("IGOUNO", "RUS", "020"), event("MIL", "CVL", "190"));
    try (Store store = Store.open(own)) {
      store.put(Document.builder().id("d1").input("d1").published("2025-10-20").text("text").events(events)
          .build());
      assertThat(RelationsIndex.dyads(store.connection(), null, null, 10)).extracting(Object::toString)
          .containsExactlyInAnyOrder("IGOUNO-RUS", "RUS-USA");
      assertThat(RelationsIndex.days(store.connection(), RelationsIndex.Dyad.parse("IGOUNO-RUS"), null, null))
          .extracting(RelationsIndex.Day::events).containsExactly(2);
      assertThat(RelationsIndex.days(store.connection(), RelationsIndex.Dyad.parse("USA-RUS"), null, null))
          .extracting(RelationsIndex.Day::events).containsExactly(1);
    }
  }

  private static Event event(String source, String target, String cameo) {
    return new Event(new EventActor(null, source), new EventActor(null, target), cameo, cameo.substring(0, 2), null,
        0.0, 1, "sentence", 0, 0, "2025-10-20", null);
  }
}
