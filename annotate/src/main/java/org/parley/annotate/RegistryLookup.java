package org.parley.annotate;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Days;

/** What the actor registry knows, in the form the entity finder asks for it ({@link ActorLookup}). */
public final class RegistryLookup implements ActorLookup {
  private static final long serialVersionUID = 1L;

  private final ActorMatcher matcher;

  public RegistryLookup(ActorRegistry registry) {
    this.matcher = new ActorMatcher(registry);
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
