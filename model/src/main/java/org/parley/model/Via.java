package org.parley.model;

/** One step of a syndication chain: an outlet that carried the text, and where, when known. */
public record Via(String name, String url) {
  public static Via of(String name) {
    return new Via(name, null);
  }
}
