package org.parley.model;

import java.util.List;

/** Articles about one real-world story, in the order they appeared, with the span of time they cover. */
public record Story(String id, String title, String start, String end, List<String> documents) {
  public Story {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }
}
