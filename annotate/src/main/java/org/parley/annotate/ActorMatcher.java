package org.parley.annotate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors a sentence names, using the {@link ActorRegistry}: the longest registry name at each token,
 * respecting case (proper names must be capitalised, short all-capital names such as "US" must be written so),
 * then joins neighbours into one actor: a country or metonym with a sector, title or person after it ("Russian
 * troops" RUSMIL, "Russian Foreign Minister Sergei Lavrov" RUSGOV, "the Kremlin's spokesman" RUSGOV), a title with
 * a name ("President Trump"), and a country's possessive ("Russia's army"). A bare title ("the president")
 * resolves to the holder of that office in the context country at the given date. Thread-safe.
 */
public final class ActorMatcher implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "ibn", "de", "da", "van", "von", "der",
      "la", "le", "el", "abu", "du");

  private final ActorRegistry registry;

  public ActorMatcher(ActorRegistry registry) {
    this.registry = registry;
  }

  public ActorRegistry registry() {
    return registry;
  }

  /**
   * The actors in tokens {@code [from, to)}.
   *
   * @param date    the article's date (for office holders), or null for today
   * @param context the country the article is about (for "the president"), or null
   */
  public List<Mention> find(Tokens t, int from, int to, LocalDate date, String context) {
    List<Mention> raw = new ArrayList<>();
    int i = from;
    while (i < to) {
      Mention m = longest(t, i, to, date);
      if (m == null) {
        i++;
      } else {
        raw.add(m);
        i = m.last();
      }
    }
    return join(t, raw, to, date, context);
  }

  public List<Mention> find(Tokens t, LocalDate date, String context) {
    return find(t, 0, t.size(), date, context);
  }

  private Mention longest(Tokens t, int i, int to, LocalDate date) {
    ActorRegistry.Node node = registry.root;
    Mention best = null;
    for (int j = i; j < to; j++) {
      node = node.next.get(t.lower(j));
      if (node == null) {
        break;
      }
      if (!node.entries.isEmpty()) {
        ActorRegistry.Entry e = pick(node.entries, t, i, date);
        if (e != null && e.actor().kind() == Actor.Kind.TITLE && j == i && registry.notTitle(t.lower(i),
            i > 0 ? t.lower(i - 1) : null, i + 1 < t.size() ? t.lower(i + 1) : null)) {
          e = null; // "a general election", "Inspector General": no military rank
        }
        if (e != null) {
          Actor a = e.actor();
          best = new Mention(i, j + 1, t.start(i), t.end(j), t.text().substring(t.start(i), t.end(j)), a.code(),
              a.kind() == Actor.Kind.SECTOR || a.kind() == Actor.Kind.TITLE ? null : a.canonical(), a.kind());
        }
      }
    }
    return best;
  }

  private static ActorRegistry.Entry pick(List<ActorRegistry.Entry> entries, Tokens t, int i, LocalDate date) {
    ActorRegistry.Entry any = null;
    for (ActorRegistry.Entry e : entries) {
      if (!caseOk(e, t, i)) {
        continue;
      }
      if (e.actor().holdsAt(date)) {
        return e;
      }
      if (any == null) {
        any = e;
      }
    }
    return any;
  }

  private static boolean caseOk(ActorRegistry.Entry e, Tokens t, int i) {
    if (e.caseRule() == 0) {
      return true;
    }
    for (int k = 0; k < e.words().length; k++) {
      String w = e.words()[k];
      String tw = t.word(i + k);
      if (e.caseRule() == 2) {
        if (!tw.equals(w)) {
          return false;
        }
      } else if (Character.isUpperCase(w.charAt(0)) && !Character.isUpperCase(tw.charAt(0))) {
        return false;
      }
    }
    // a lower-case word spelled in capitals throughout (a shouted headline) is not a proper name match
    return true;
  }

  private List<Mention> join(Tokens t, List<Mention> raw, int to, LocalDate date, String context) {
    List<Mention> out = new ArrayList<>();
    int k = 0;
    while (k < raw.size()) {
      Mention m = raw.get(k);
      String code = m.code();
      String canonical = m.canonical();
      Actor.Kind kind = m.kind();
      int last = m.last();
      int first = m.first();
      boolean hasPerson = kind == Actor.Kind.PERSON || kind == Actor.Kind.SURNAME;
      String title = kind == Actor.Kind.TITLE ? t.lower(m.first()) : null;
      int n = k + 1;
      while (n < raw.size()) {
        Mention next = raw.get(n);
        int gap = next.first() - last;
        boolean possessive = gap == 1 && t.lower(last).equals("'s");
        // "Palestinian suicide bombers", "Nicaragua's Sandinista government", "Vietnamese-led forces": a country
        // and a sector word with one or two modifiers between them
        boolean adjective = kind == Actor.Kind.DEMONYM && !t.lower(last - 1).endsWith("s")
            || t.lower(last).equals("'s") && country(kind);
        boolean modified = gap > 0 && gap <= 3 && next.kind() == Actor.Kind.SECTOR && adjective
            && modifiers(t, last, next.first());
        if (!(gap == 0 || possessive || modified) || hasPerson) {
          break;
        }
        Actor.Kind nk = next.kind();
        if (nk == Actor.Kind.SECTOR || nk == Actor.Kind.TITLE) {
          if (kind == Actor.Kind.SECTOR && nk == Actor.Kind.SECTOR) {
            // "Iranian foreign ministry spokesman", "Ukrainian military officials": behind a side, a second sector
            // right after the first names the first one's people, and the first stays the actor (IRNGOV, UKRMIL).
            if (gap != 0 || code == null || code.length() < 6) {
              break;
            }
          } else {
            code = combine(code, next.code(), country(kind));
          }
          if (nk == Actor.Kind.TITLE) {
            title = next.text().toLowerCase(java.util.Locale.ROOT);
          }
        } else if (nk == Actor.Kind.PERSON || nk == Actor.Kind.SURNAME) {
          if (possessive) {
            break;
          }
          code = next.code();
          canonical = next.canonical();
          hasPerson = true;
        } else if ((nk == Actor.Kind.ORG || nk == Actor.Kind.METONYM) && kind == Actor.Kind.DEMONYM && !possessive) {
          code = next.code();
          canonical = next.canonical();
        } else {
          break;
        }
        if (kind != Actor.Kind.PERSON) {
          kind = nk == Actor.Kind.SURNAME ? Actor.Kind.PERSON : (nk == Actor.Kind.TITLE && kind != Actor.Kind.SECTOR
              ? kind : nk);
        }
        last = next.last();
        n++;
      }
      // a title or titled actor followed by an unknown capitalised name: take the name in
      if (!hasPerson && (m.kind() == Actor.Kind.TITLE || title != null)) {
        int e = last;
        while (e < to && t.isWord(e) && (t.capitalized(e) || NAME_PARTICLES.contains(t.lower(e)) && e + 1 < to
            && t.capitalized(e + 1))) {
          e++;
        }
        if (e > last) {
          last = e;
          hasPerson = true;
          kind = Actor.Kind.PERSON;
        }
      }
      // a bare title ("the president") stands for the holder of the office in the country the article is about
      if (m.kind() == Actor.Kind.TITLE && code != null && code.length() == 3 && !hasPerson && context != null
          && Actor.countryOf(code) == null) {
        Actor h = registry.holder(context, m.text().toLowerCase(java.util.Locale.ROOT), date);
        if (h != null) {
          code = h.code();
          canonical = h.canonical();
        } else {
          code = context + code;
        }
      }
      // a country's title followed by nothing: "the Russian president" resolves the holder too
      if (title != null && !hasPerson && Actor.countryOf(code) != null) {
        Actor h = registry.holder(Actor.countryOf(code), title, date);
        if (h != null) {
          canonical = h.canonical();
        }
      }
      int s = t.start(first);
      int e = t.end(last - 1);
      out.add(new Mention(first, last, s, e, t.text().substring(s, e), code, canonical, kind));
      k = n;
    }
    return out;
  }

  private static final Set<String> NOT_MODIFIERS = Set.of("and", "or", "the", "a", "an", "of", "to", "in", "on",
      "at", "for", "with", "by", "from", "said", "says", "say", "is", "are", "was", "were", "has", "have", "had",
      "will", "would", "that", "which", "who", "as", "but", "not", "than", "while", "after", "before", "when", "its",
      "their", "his", "her", "told", "also", "against", "into", "over", "under", "near", "between");

  private static boolean country(Actor.Kind k) {
    return k == Actor.Kind.COUNTRY || k == Actor.Kind.DEMONYM || k == Actor.Kind.METONYM;
  }

  /** True when tokens [from, to) are modifiers: "'s", hyphens, and at most two words that are no function words. */
  private static boolean modifiers(Tokens t, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      String w = t.lower(i);
      if (w.equals("'s") && i == from || w.equals("-")) {
        continue;
      }
      if (!t.isWord(i) || NOT_MODIFIERS.contains(w) || w.matches("\\d.*")
          || (w.endsWith("ed") || w.endsWith("s")) && !(i > from && t.lower(i - 1).equals("-"))) {
        return false; // a verb ("Russian officials said", "China mobilized troops") is no modifier
      }
      words++;
    }
    return words >= 1 && words <= 2;
  }

  /**
   * A country, region or organisation code joined with a sector code: RUS + MIL = RUSMIL; RUSGOV + GOV = RUSGOV;
   * EUR + GOV = EURGOV ({@code place}: the head names a country or a region, not a bare sector).
   */
  static String combine(String head, String sector, boolean place) {
    if (head == null) {
      return sector;
    }
    if (sector == null || head.endsWith(sector)) {
      return head;
    }
    if (Actor.countryOf(head) == null && head.length() == 3 && !place) {
      return head; // two bare sectors: keep the first
    }
    if (head.length() >= 6 && Actor.countryOf(head) != null) {
      return head.substring(0, 3) + sector;
    }
    return head + sector;
  }
}
