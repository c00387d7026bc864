package org.parley.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.annotate.Actor;
import org.parley.annotate.Mention;
import org.parley.annotate.Tokens;

/**
 * The relevance gate: whether a sentence holds political event data at all, from its actors. Political event data
 * is about states, their organs, parties, armed and opposition groups and organisations; a sentence whose actors
 * are only private persons, companies, criminals or unknown names (a murder, a lawsuit between firms, a wedding) is
 * not coded. The word lists are in {@code patterns/relevance.tsv}. Immutable once built.
 */
final class Relevance {
  private final Map<String, Set<String>> words = new HashMap<>();

  Relevance() {
    try (InputStream s = Objects.requireNonNull(Relevance.class.getResourceAsStream("patterns/relevance.tsv"));
         BufferedReader in = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length >= 2) {
          Set<String> set = words.computeIfAbsent(f[0], k -> new HashSet<>());
          for (String w : f[1].trim().split(" +")) {
            set.add(w.replace('_', ' '));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean is(String kind, String word) {
    Set<String> s = words.get(kind);
    return s != null && s.contains(word);
  }

  /**
   * A political actor: one with a country or an international code (any sector: "Afghan civilians" are coded
   * with their country), a bare political sector ("officials", "troops", "rebels"), or a name the registry does
   * not know that holds an institution word ("the Department of Transportation").
   */
  boolean political(Tokens t, Mention m) {
    String c = m.code();
    if (c != null) {
      if (Actor.countryOf(c) != null) {
        return true;
      }
      return c.length() >= 3 && is("political-sector", c.substring(0, 3));
    }
    for (int i = m.first(); i < m.last(); i++) {
      if (is("institution", t.lower(i)) || acronym(t.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** An acronym: three to eight capital letters ("UNMIK", "MINUSMA", "ELN"). */
  static boolean acronym(String w) {
    int n = w.length();
    if (n < 3 || n > 8) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** How much of a sentence is political event data. */
  enum Verdict {
    /** no political actor: nothing is coded */
    NONE,
    /** no political actor and no private domain: only violence is coded ("many people were killed") */
    VIOLENCE,
    /** a local story (police, courts, officials, places, and a private domain): only acts by its political actors */
    LOCAL,
    /** political event data */
    FULL
  }

  /** True when the sentence is political event data: at least one of its actors is political. */
  boolean relevant(Tokens t, List<Mention> ms) {
    return judge(t, ms) != Verdict.NONE;
  }

  /** The verdict on a sentence, from its actors and its words. */
  Verdict judge(Tokens t, List<Mention> ms) {
    boolean any = false;
    for (Mention m : ms) {
      if (political(t, m)) {
        any = true;
        if (!local(t, m)) {
          return Verdict.FULL;
        }
      }
    }
    boolean domain = false;
    boolean conflict = false;
    for (int i = 0; i < t.size(); i++) {
      String w = t.lower(i);
      domain |= is("domain", w);
      conflict |= is("conflict", w);
    }
    domain &= !conflict;
    if (!any) {
      return domain ? Verdict.NONE : Verdict.VIOLENCE;
    }
    return domain ? Verdict.LOCAL : Verdict.FULL;
  }

  /**
   * A political actor of a country's private life: police and courts, bare "authorities", "officials" or
   * "lawmakers", a local institution the registry does not know ("Anaheim Police"), a country named as a place
   * ("in Italy").
   */
  boolean local(Tokens t, Mention m) {
    String c = m.code();
    if (c == null) {
      for (int i = m.first(); i < m.last(); i++) {
        if (is("local-institution", t.lower(i))) {
          return true;
        }
      }
      return !political(t, m);
    }
    String country = Actor.countryOf(c);
    String sector = country == null ? c.substring(0, Math.min(3, c.length()))
        : c.length() >= 6 ? c.substring(3, 6) : "";
    if (is("local-sector", sector) || country == null && is("bare-local", sector)) {
      return true;
    }
    int before = m.first() - 1;
    if (before > 0 && t.lower(before).equals("the")) {
      before--;
    }
    return country != null && c.length() == 3 && before >= 0 && is("place", t.lower(before))
        && (m.kind() == Actor.Kind.COUNTRY || m.kind() == Actor.Kind.METONYM);
  }
}
