package org.parley.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.EventActor;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.store.Store;

/**
 * A child process for {@link IndexCrashSafetyTest}: stores documents {@code from} to {@code to} (exclusive),
 * printing each number once it is committed. With {@code index}, each goes into the store and the search index
 * as {@code POST /api/v1/documents} does ({@link Search#put}); without, into the store only, as {@code parley
 * ingest} does, which leaves the index stale.
 */
public final class IndexedWriterMain {
  private IndexedWriterMain() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    boolean index = args[3].equals("index");
    try (Store store = Store.open(dir); Search search = index ? Search.open(store) : null) {
      for (int i = from; i < to; i++) {
        if (search != null) {
          search.put(store, doc(i));
        } else {
          store.put(doc(i));
        }
        System.out.println("committed " + i);
        System.out.flush();
      }
    }
  }

  /** Document {@code n}: {@code n % 7} quotes and {@code n % 5} events, so the kinds' counts vary. */
  static Document doc(int n) {
    List<Quote> quotes = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < n % 7; i++) {
      quotes.add(new Quote("Envoy " + i, "envoy", "RUSGOV", "words number " + i + " of document " + n, false, "said",
          i, i + 5, -1, -1));
    }
    for (int i = 0; i < n % 5; i++) {
      events.add(new Event(new EventActor("Moscow", "RUSGOV"), new EventActor("Kyiv", "UKRGOV"), "0871", "08",
          "CEASEFIRE", 9.0, 2, "Moscow declared truce number " + i + ".", i, i + 30, "2025-10-0" + (1 + i % 9),
          "declare+truce"));
    }
    return Document.builder().id(String.format("k%06d", n)).input("in/" + n + ".html")
        .url("https://example.org/" + n).title("Truce talks " + n).published("2025-10-" + String.format("%02d",
            1 + n % 28)).language("en").text("Text of document " + n + " about truce talks.\n\nSecond paragraph.")
        .entities(List.of(new Entity("Moscow", "GPE", "Moscow", null, "RUS", "RUSGOV", List.of(new Span(0, 6)))))
        .quotes(quotes).events(events).build();
  }
}
