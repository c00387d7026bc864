package org.parley.model;

import java.util.List;

/**
 * One article, as extracted and, after the later stages, annotated. Immutable: stages return a changed copy
 * made with {@link #toBuilder()}. Field names in JSON are the snake_case forms of these components (see
 * {@link Json}) and form Parley's public contract.
 */
public record Document(
    String id,
    String input,
    String url,
    String title,
    String subtitle,
    List<String> authors,
    List<Via> via,
    Source source,
    String published,
    String language,
    String text,
    List<String> summary,
    List<Entity> entities,
    List<Quote> quotes,
    List<Event> events,
    Double tone,
    String stance,
    String story,
    String duplicateOf) {

  public Document {
    authors = authors == null ? List.of() : List.copyOf(authors);
    via = via == null ? List.of() : List.copyOf(via);
    summary = summary == null ? List.of() : List.copyOf(summary);
    entities = entities == null ? List.of() : List.copyOf(entities);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    events = events == null ? List.of() : List.copyOf(events);
    text = text == null ? "" : text;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id; b.input = input; b.url = url; b.title = title; b.subtitle = subtitle; b.authors = authors;
    b.via = via; b.source = source; b.published = published; b.language = language; b.text = text;
    b.summary = summary; b.entities = entities; b.quotes = quotes; b.events = events; b.tone = tone;
    b.stance = stance;
    b.story = story; b.duplicateOf = duplicateOf;
    return b;
  }

  /** Builds a {@link Document}; every field starts empty. */
  public static final class Builder {
    private String id, input, url, title, subtitle, published, language, text, stance, story, duplicateOf;
    private List<String> authors, summary;
    private List<Via> via;
    private Source source;
    private List<Entity> entities;
    private List<Quote> quotes;
    private List<Event> events;
    private Double tone;

    private Builder() {
    }

    public Builder id(String v) { id = v; return this; }
    public Builder input(String v) { input = v; return this; }
    public Builder url(String v) { url = v; return this; }
    public Builder title(String v) { title = v; return this; }
    public Builder subtitle(String v) { subtitle = v; return this; }
    public Builder authors(List<String> v) { authors = v; return this; }
    public Builder via(List<Via> v) { via = v; return this; }
    public Builder source(Source v) { source = v; return this; }
    public Builder published(String v) { published = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder text(String v) { text = v; return this; }
    public Builder summary(List<String> v) { summary = v; return this; }
    public Builder entities(List<Entity> v) { entities = v; return this; }
    public Builder quotes(List<Quote> v) { quotes = v; return this; }
    public Builder events(List<Event> v) { events = v; return this; }
    public Builder tone(Double v) { tone = v; return this; }
    public Builder stance(String v) { stance = v; return this; }
    public Builder story(String v) { story = v; return this; }
    public Builder duplicateOf(String v) { duplicateOf = v; return this; }

    public Document build() {
      return new Document(id, input, url, title, subtitle, authors, via, source, published, language, text,
          summary, entities, quotes, events, tone, stance, story, duplicateOf);
    }
  }
}
