package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  private static Document sample() {
    return Document.builder().id("abc").input("a.txt").url("https://example.org/a").title("T")
        .authors(List.of("Jane Roe")).via(List.of(new Via("Substack", null)))
        .source(new Source("Example", "example.org")).published("2025-10-27").language("en").text("Body.")
        .entities(List.of(new Entity("Dmitry Peskov", "PERSON", "Dmitry Peskov", "Kremlin spokesman", "RUS",
            "RUSGOV", List.of(new Span(0, 13), new Span(40, 46)))))
        .quotes(List.of(new Quote("Dmitry Peskov", "Kremlin spokesman", "RUSGOV", "These are independent processes.",
            true, "declaring", 60, 93, 0, 13)))
        .events(List.of(new Event(new EventActor("Washington", "USA"), new EventActor("Moscow", "RUS"), "163", "16",
            "SANCTION", -8.0, 4, "Washington imposed sanctions on Moscow.", 100, 140, "2025-10-27", "impose+sanction")))
        .duplicateOf(null).build();
  }

  @Test
  void writesTheContractFieldNamesInSnakeCaseAndKeepsNulls() throws Exception {
    JsonNode n = Json.mapper().readTree(Json.line(sample()));
    assertThat(n.fieldNames()).toIterable().contains("id", "input", "url", "title", "subtitle", "authors", "via",
        "source", "published", "language", "text", "summary", "entities", "quotes", "events", "tone", "story",
        "duplicate_of");
    assertThat(n.get("duplicate_of").isNull()).isTrue();
    assertThat(n.get("quotes").get(0).has("speaker_role")).isTrue();
    assertThat(n.get("quotes").get(0).get("speaker_start").asInt()).isZero();
    assertThat(n.get("entities").get(0).get("mentions").get(1).toString()).isEqualTo("[40,46]");
    assertThat(n.get("events").get(0).get("source").get("code").asText()).isEqualTo("USA");
    assertThat(Json.line(sample())).doesNotContain("\n");
  }

  @Test
  void readsBackWhatItWrites() {
    Document d = sample();
    assertThat(Json.read(Json.line(d), Document.class)).isEqualTo(d);
  }

  @Test
  void listsAreNeverNullAndCannotBeChanged() {
    Document d = Document.builder().id("x").text("t").build();
    assertThat(d.entities()).isEmpty();
    assertThat(d.authors()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.authors().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
