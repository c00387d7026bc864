package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.EventActor;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.Via;

/** Documents made for store tests: every field filled, with as many parts as asked. */
final class Docs {
  private Docs() {
  }

  static Document rich(int n, int parts) {
    List<Entity> entities = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      entities.add(new Entity("Person " + i, "PERSON", "Person " + i, "envoy", "RUS", "RUSGOV",
          List.of(new Span(i, i + 5), new Span(i + 10, i + 12))));
      quotes.add(new Quote("Person " + i, "envoy", "RUSGOV", "words " + i, i % 2 == 0, "said", i, i + 5, -1, -1)
          .withTone(i % 3 == 0 ? null : -1.25 * i).withStance(i % 2 == 0 ? "pressure" : null));
      events.add(new Event(new EventActor("Moscow", "RUSGOV"), new EventActor("Kyiv", "UKRGOV"), "0871", "08",
          "CEASEFIRE", 9.0, 2, "Moscow declared a truce with Kyiv.", i, i + 30, "2025-10-0" + (1 + i % 9),
          "declare+truce"));
    }
    return Document.builder().id(String.format("doc%05d", n)).input("in/" + n + ".html")
        .url("https://example.org/" + n).title("Title " + n).subtitle("Sub " + n)
        .authors(List.of("A. Writer", "B. Writer")).via(List.of(new Via("Substack", "https://x.substack.com/p/1"),
            Via.of("ZeroHedge"))).source(new Source("Example", "example.org"))
        .published("2025-10-" + String.format("%02d", 1 + n % 28)).language("en")
        .text("Text of document " + n + ".\n\nSecond paragraph.").summary(List.of("Text of document " + n + "."))
        .entities(entities).quotes(quotes).events(events).tone(-1.5).stance(n % 2 == 0 ? "dialogue" : null)
        .story("s" + (n % 3)).build();
  }
}
