package org.parley.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.pipeline.Stage;

/**
 * The event coding stage: fills {@link Document#events()} with who did what to whom, in CAMEO and PLOVER, each
 * event with the sentence, its offsets, the actors' text and codes, the date and the pattern that fired. The
 * stage holds only its configuration (optional user pattern and actor files); the {@link Coder} with its
 * dictionaries is built once per process and configuration.
 */
public final class EventCoder implements Stage {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Coder> CODERS = new ConcurrentHashMap<>();

  private final String patterns;
  private final String actors;
  private final boolean politicalOnly;
  private final boolean allSentences;

  private EventCoder(Path patterns, Path actors, boolean politicalOnly, boolean allSentences) {
    this.patterns = patterns == null ? null : patterns.toString();
    this.actors = actors == null ? null : actors.toString();
    this.politicalOnly = politicalOnly;
    this.allSentences = allSentences;
  }

  /** The coder with Parley's own patterns and actor registry. */
  public static EventCoder standard() {
    return new EventCoder(null, null, false, false);
  }

  /**
   * A coder with a user's pattern file (its patterns win over the standard ones) and actor file added; either
   * may be null. Reads them now, so a bad file fails here, with its line number.
   */
  public static EventCoder with(Path patterns, Path actors) {
    return with(patterns, actors, false);
  }

  /**
   * As {@link #with(Path, Path)}; with {@code politicalOnly}, an event is kept only when one of its actors is a
   * state, a state organ, an organisation or an armed or opposition group (not civilians, companies, media,
   * unknown names): fewer events outside politics, fewer true ones too (see docs/evaluation.md).
   */
  public static EventCoder with(Path patterns, Path actors, boolean politicalOnly) {
    return with(patterns, actors, politicalOnly, false);
  }

  /**
   * As {@link #with(Path, Path, boolean)}; with {@code allSentences}, the relevance gate is off: every sentence
   * with an actor is coded, also those without a political actor (a murder, a lawsuit between companies), which
   * the standard coder leaves out as outside political event data (see docs/events.md, "Relevance").
   */
  public static EventCoder with(Path patterns, Path actors, boolean politicalOnly, boolean allSentences) {
    EventCoder c = new EventCoder(patterns, actors, politicalOnly, allSentences);
    c.coder();
    return c;
  }

  /** The engine, built on first use in this process. */
  public Coder coder() {
    String key = Objects.toString(patterns) + "\u0000" + Objects.toString(actors) + "\u0000" + politicalOnly
        + "\u0000" + allSentences;
    return CODERS.computeIfAbsent(key, k -> {
      try {
        return new Coder(patterns == null ? null : Path.of(patterns), actors == null ? null : Path.of(actors),
            politicalOnly, !allSentences);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public String name() {
    return "code";
  }

  @Override
  public Document apply(Document document) {
    List<Event> events = coder().codeText(document.text(), Coder.parseDate(document.published()));
    return document.toBuilder().events(events).build();
  }

  /** Codes one sentence (or short text) on its own: used by {@code parley code --sentences}. */
  public List<Event> codeSentences(String text, String date) {
    return coder().codeText(text, Coder.parseDate(date));
  }
}
