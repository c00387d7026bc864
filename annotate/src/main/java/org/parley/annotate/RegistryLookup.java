package org.parley.annotate;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Days;

/** What the actor registry knows, in the form the entity finder asks for it ({@link ActorLookup}). */
public final class RegistryLookup implements ActorLookup {
  private static final long serialVersionUID = 1L;

  /** Words that end a phrase's head noun phrase: prepositions, relative words and punctuation. */
  private static final java.util.Set<String> HEAD_ENDS = java.util.Set.of("in", "on", "at", "of", "with", "from",
      "for", "to", "by", "about", "familiar", "close", "involved", "who", "which", "that", "whose", ",", "(", "-",
      "\u2013", "\u2014", "said", "says", "told");

  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "which", "its",
      "their", "his", "her");

  /** Sectors of a state that a place stands for: officials, courts, legislators (troops may be foreign ones). */
  private static final java.util.Set<String> STATE_SECTORS = java.util.Set.of("GOV", "JUD", "LEG");

  /** Nouns for what a body issues ("statement", "readout"): after the body's name, they speak for it. */
  private static final java.util.Set<String> BODY_DOCUMENTS = WordLists.resource(
      "/org/parley/annotate/entity-words.tsv").set("body-document");

  private final ActorMatcher matcher;
  private final ActorRegistry registry;

  public RegistryLookup(ActorRegistry registry) {
    this.matcher = new ActorMatcher(registry);
    this.registry = registry;
  }

  @Override
  public String placeCountry(String name) {
    return registry.placeCountry(name);
  }

  @Override
  public String countryIn(String phrase) {
    if (phrase == null || phrase.isBlank()) {
      return null;
    }
    for (Mention m : matcher.find(Tokens.of(phrase), null, null)) {
      if (m.country() != null) {
        return m.country();
      }
    }
    return null;
  }

  @Override
  public String actorOf(String name) {
    Mention m = whole(name, null);
    return m == null ? null : m.code();
  }

  @Override
  public String actorIn(String phrase, String date) {
    if (phrase == null || phrase.isBlank()) {
      return null;
    }
    Tokens t = Tokens.of(phrase);
    int head = t.size();
    for (int i = 1; i < t.size(); i++) {
      if (HEAD_ENDS.contains(t.lower(i))) {
        head = i;
        break;
      }
    }
    // A known person, titles and all ("Secretary of State Marco Rubio", "Treasury Secretary Scott Bessent").
    for (int end : new int[] {t.size(), head}) {
      List<Mention> all = matcher.find(t, 0, end, Days.of(date), null);
      Mention last = all.isEmpty() ? null : all.getLast();
      if (last != null && last.last() == end && last.canonical() != null
          && (last.kind() == Actor.Kind.PERSON || last.kind() == Actor.Kind.SURNAME)) {
        return last.code();
      }
    }
    List<Mention> found = matcher.find(t, 0, head, Days.of(date), null);
    if (found.isEmpty()) {
      return null;
    }
    Mention m = found.getLast();
    // The actor must be the head itself and name a side, not a bare sector; or name the body whose paper the head
    // is ("a State Department readout", "a Chinese foreign ministry statement").
    boolean paper = m.last() == head - 1 && m.code() != null && BODY_DOCUMENTS.contains(t.lower(head - 1))
        && m.canonical() != null;
    if (m.last() != head && !paper || m.code() == null) {
      return null;
    }
    boolean statePress = false;
    if (m.canonical() == null) {
      // A sector of the state placed in a country or its capital: "officials in Seoul" speak for Seoul.
      // The state's press too: "state media in Iran", "state television in Pyongyang".
      statePress = m.code().equals("MED") && m.first() > 0 && t.lower(m.first() - 1).equals("state");
      if (!STATE_SECTORS.contains(m.code()) && !statePress || head + 1 >= t.size() || !t.lower(head).equals("in")) {
        return null;
      }
      List<Mention> place = matcher.find(t, head + 1, Math.min(t.size(), head + 4), Days.of(date), null);
      String country = place.isEmpty() || place.getFirst().first() > head + 2 ? null : place.getFirst().country();
      if (country == null) {
        return null;
      }
      m = m.withCode(country + m.code());
    }
    // What stands before it must describe it ("the state energy company Naftogaz"), not be a clause of its own
    // ("the drones entered Poland"): lower-case words that are neither past forms nor plurals, or other actors.
    int k = 0;
    for (Mention before : found) {
      for (; k < before.first(); k++) {
        String w = t.word(k);
        boolean determiner = k == 0 && DETERMINERS.contains(t.lower(k)) || statePress && k == m.first() - 1;
        if (!determiner && (!t.isWord(k) || Character.isUpperCase(w.charAt(0)) || w.endsWith("ed")
            || w.endsWith("s") && !w.endsWith("ss"))) {
          return null;
        }
      }
      k = Math.max(k, before.last());
    }
    return m.code();
  }

  @Override
  public String sectorOf(String noun) {
    Mention m = whole(noun, null);
    return m == null || m.canonical() != null || m.code() == null || m.country() != null
        || m.kind() != Actor.Kind.SECTOR && m.kind() != Actor.Kind.TITLE ? null : m.code();
  }

  @Override
  public Person person(String name, String date) {
    Mention m = whole(name, Days.of(date));
    if (m == null || (m.kind() != Actor.Kind.PERSON && m.kind() != Actor.Kind.SURNAME) || m.canonical() == null) {
      return null;
    }
    String role = null;
    for (Actor a : matcher.registry().actors()) {
      if (a.canonical() != null && a.canonical().equals(m.canonical()) && !a.titles().isEmpty()
          && a.holdsAt(Days.of(date))) {
        role = a.titles().getFirst();
        break;
      }
    }
    return new Person(m.canonical(), role, m.country(), m.code());
  }

  @Override
  public List<int[]> people(String text, String date) {
    List<int[]> out = new java.util.ArrayList<>();
    for (Mention m : matcher.find(Tokens.of(text), Days.of(date), null)) {
      if ((m.kind() == Actor.Kind.PERSON || m.kind() == Actor.Kind.SURNAME) && m.canonical() != null) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /** The one registry name that covers {@code name} entirely, or null. */
  private Mention whole(String name, LocalDate date) {
    if (name == null || name.isBlank()) {
      return null;
    }
    Tokens t = Tokens.of(name);
    List<Mention> found = matcher.find(t, date, null);
    if (found.size() == 1 && found.getFirst().first() == 0 && found.getFirst().last() == t.size()) {
      return found.getFirst();
    }
    return null;
  }

}
