package org.parley.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Entity;
import org.parley.model.Span;

/**
 * Turns the named-entity tags of a document into entities: mentions of one person joined (a later "Ryabkov" or
 * "Trump" to the full name), each with the role the text gives it ("Kremlin spokesman Dmitry Peskov", "Wendy
 * Sherman, the U.S. Deputy Secretary of State", "who served as a spokesperson for ..."), the country it acts for
 * and a CAMEO-style actor code, from the role's words and the actor registry.
 */
final class EntityFinder {
  private static final Pattern APPOSITION_WHO = Pattern.compile(
      "^\\s*,\\s*who\\s+(?:(?:previously|formerly|currently|now|also)\\s+)?(?:served|serves|is|was|has been|had been|"
          + "works|worked)\\s+as\\s+((?:a|an|the)\\s+[^,.;]{3,120})");
  private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*((?:the\\s+|a\\s+|an\\s+)?[^,;()]{3,160}?)"
      + "(?=\\s*(?:,|(?<!\\b\\p{Lu})\\.(?:\\s|$)|;|\\s[\u2013\u2014-]\\s|$))");
  private static final Pattern BRACKET_BEFORE = Pattern.compile("\\[([^\\]]{3,120})\\]\\s*$");

  private final Lexicon roles;
  private final ActorLookup actors;

  EntityFinder(Lexicon roles, ActorLookup actors) {
    this.roles = roles;
    this.actors = actors;
  }

  /** The document's entities, and every mention with the index of its entity. */
  record Result(List<Entity> entities, List<NameMention> mentions, List<Integer> entityOf) {
  }

  Result find(String text, List<Nlp.Sentence> sentences, String date) {
    List<NameMention> mentions = withKnownPeople(mentions(text, sentences), actors.people(text, date), text);
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    List<Integer> entityOf = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    // Full person names first seen anywhere, so that a surname before its full name still joins it.
    Map<String, String> surnameToFull = new HashMap<>();
    for (NameMention m : mentions) {
      if (m.type().equals("PERSON")) {
        String[] parts = m.text().split("\\s+");
        if (parts.length > 1) {
          surnameToFull.putIfAbsent(parts[parts.length - 1], m.text());
        }
      }
    }
    for (NameMention m : mentions) {
      String key;
      if (m.type().equals("PERSON")) {
        String[] parts = m.text().split("\\s+");
        String full = parts.length == 1 ? surnameToFull.getOrDefault(parts[0], m.text()) : m.text();
        ActorLookup.Person known = actors.person(full, date);
        key = "PERSON:" + (known != null ? known.canonical() : lastName(full)).toLowerCase(Locale.ROOT);
      } else {
        key = m.type() + ":" + m.text().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
      }
      List<Integer> ids = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (ids.isEmpty()) {
        ids.add(groups.size());
        groups.add(new Group(m.type()));
      }
      Group g = groups.get(ids.getFirst());
      g.mentions.add(m);
      entityOf.add(ids.getFirst());
    }
    List<Entity> entities = new ArrayList<>();
    for (Group g : groups) {
      entities.add(entity(text, g, date));
    }
    return new Result(entities, mentions, entityOf);
  }

  private static String lastName(String full) {
    String[] parts = full.split("\\s+");
    return parts[parts.length - 1];
  }

  private static final class Group {
    final String type;
    final List<NameMention> mentions = new ArrayList<>();

    Group(String type) {
      this.type = type;
    }
  }

  private Entity entity(String text, Group g, String date) {
    NameMention longest = g.mentions.getFirst();
    for (NameMention m : g.mentions) {
      if (m.text().length() > longest.text().length()) {
        longest = m;
      }
    }
    List<Span> spans = new ArrayList<>();
    for (NameMention m : g.mentions) {
      spans.add(new Span(m.start(), m.end()));
    }
    String name = longest.text();
    if (g.type.equals("PERSON")) {
      String role = null;
      NameMention withRole = null;
      for (NameMention m : g.mentions) {
        role = role(text, m);
        if (role != null) {
          withRole = m;
          break;
        }
      }
      ActorLookup.Person known = actors.person(name, date);
      String country = null;
      String actor = null;
      if (role != null) {
        country = actors.countryIn(role);
        if (country == null) {
          country = titleCountry(role);
        }
        if (country == null) {
          // The apposition may go on past the role: "X, deputy dean of ..., research associate at the Russian ...".
          country = actors.countryIn(appositionChain(text, withRole));
        }
      }
      if (known != null) {
        country = country == null ? known.country() : country;
        actor = known.actor();
        if (role == null) {
          role = known.role();
        }
      }
      if (actor == null && country != null) {
        String sector = sector(role);
        actor = sector == null || sector.equals("-") ? country : country + sector;
      }
      String canonical = known != null ? known.canonical() : name;
      return new Entity(name, "PERSON", canonical, role, country, actor, spans);
    }
    String actor = actors.actorOf(name);
    String country = actors.countryIn(name);
    if (country == null && actor != null && actor.length() >= 3 && Character.isUpperCase(actor.charAt(0))) {
      country = actor.substring(0, 3).matches("[A-Z]{3}") && actor.length() <= 6 ? actor.substring(0, 3) : null;
    }
    String type = g.type;
    if (type.equals("LOCATION") && actor != null && actor.length() == 3) {
      type = "COUNTRY";
    }
    return new Entity(name, type, name, null, country, actor, spans);
  }

  /** The text after a name up to the end of its apposition: the next full stop, dash or 300 characters. */
  private static String appositionChain(String text, NameMention m) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 300));
    if (!after.startsWith(",")) {
      return "";
    }
    int stop = after.length();
    for (String end : new String[] {". ", " \u2013 ", " \u2014 ", "\n"}) {
      int i = after.indexOf(end);
      if (i >= 0 && i < stop) {
        stop = i;
      }
    }
    return after.substring(0, stop);
  }

  /** Titles that imply a country in English-language news. */
  private static String titleCountry(String role) {
    String r = role.toLowerCase(Locale.ROOT);
    if (r.matches("^(rep\\.|sen\\.|congressman|congresswoman|senator)\\b.*")) {
      return "USA";
    }
    return null;
  }

  /** The CAMEO sector a role suggests: its first role word's sector. */
  String sector(String role) {
    if (role == null) {
      return null;
    }
    String[] words = role.toLowerCase(Locale.ROOT).replaceAll("[\\[\\],]", " ").split("\\s+");
    String best = null;
    for (int i = 0; i < words.length; i++) {
      for (int n = Math.min(roles.longest(), words.length - i); n >= 1; n--) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        String s = roles.get(phrase);
        if (s != null) {
          if (best == null || !s.equals("GOV")) {
            best = s;
          }
          if (!s.equals("GOV")) {
            return s;
          }
          break;
        }
      }
    }
    return best;
  }

  /** The role the text gives the person at mention {@code m}: a title before the name, or an apposition after. */
  String role(String text, NameMention m) {
    // A title in square brackets just before: "[US presidential special envoy for the Middle East] Steve Witkoff".
    String before = text.substring(Math.max(0, m.start() - 160), m.start());
    Matcher b = BRACKET_BEFORE.matcher(before);
    if (b.find() && hasRoleWord(b.group(1))) {
      return b.group(1).strip();
    }
    String title = titleBefore(before);
    if (title != null) {
      return title;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 400));
    Matcher w = APPOSITION_WHO.matcher(after);
    if (w.find()) {
      return trimRole(w.group(1));
    }
    Matcher a = APPOSITION.matcher(after);
    if (a.find()) {
      String cand = a.group(1).strip();
      String[] words = cand.split("\\s+");
      int head = Math.min(words.length, 6);
      if (hasRoleWord(String.join(" ", java.util.Arrays.copyOf(words, head))) && !startsWithVerb(cand)) {
        return trimRole(cand);
      }
    }
    return null;
  }

  private static boolean startsWithVerb(String s) {
    return s.matches("(?i)^(said|says|who|which|told|added|and|but|was|is|has|had)\\b.*");
  }

  private static String trimRole(String s) {
    String r = s.strip().replaceFirst("(?i)^(the|a|an)\\s+", "");
    return r.replaceAll("[\\s,.;:]+$", "");
  }

  /**
   * Capitalised title words or role words right before a name, back to the start of the clause: "Russian Deputy
   * Foreign Minister", "Kremlin spokesman", "US President", "Rep.".
   */
  private String titleBefore(String before) {
    String[] words = before.split("\\s+");
    List<String> taken = new ArrayList<>();
    for (int i = words.length - 1; i >= 0 && taken.size() < 8; i--) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      String bare = w.replaceAll("^[\"'(\\[\u201c\u2018]+", "");
      if (bare.endsWith(",") || bare.endsWith(".") && !roles.contains(bare) && !bare.matches("[A-Z]\\.[A-Z]\\.?|U\\.S\\.")
          || bare.endsWith(":") || bare.endsWith(";")) {
        break;
      }
      boolean cap = !bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) || bare.matches("[A-Z]\\.[A-Z]\\."));
      boolean role = roles.contains(bare) || roles.contains(bare.replaceAll("[\u2019']s$", ""));
      boolean link = bare.equals("of") || bare.equals("for") || bare.equals("the");
      if (!(cap || role || link && !taken.isEmpty())) {
        break;
      }
      taken.addFirst(bare);
      if (w.length() != bare.length()) {
        break;
      }
    }
    while (!taken.isEmpty() && (taken.getFirst().equals("of") || taken.getFirst().equals("for")
        || taken.getFirst().equals("and") || taken.getFirst().equals("the"))) {
      taken.removeFirst();
    }
    // Sentence-initial capitals ("In", "On") are not titles.
    while (!taken.isEmpty() && !hasRoleWord(String.join(" ", taken))) {
      taken.removeFirst();
    }
    if (taken.isEmpty()) {
      return null;
    }
    String t = String.join(" ", taken);
    return hasRoleWord(t) ? t : null;
  }

  boolean hasRoleWord(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).replaceAll("[\\[\\]]", " ").split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("[\u2019']s$", "").replaceAll("[,;:]$", "");
      if (roles.contains(w)) {
        return true;
      }
      if (i + 1 < words.length && roles.contains(w + " " + words[i + 1].replaceAll("[,;:]$", ""))) {
        return true;
      }
    }
    return false;
  }

  /** Runs of tokens with the same entity tag, as mentions (a trailing possessive is left out). */
  static List<NameMention> mentions(String text, List<Nlp.Sentence> sentences) {
    List<NameMention> out = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      List<Nlp.Token> toks = sentences.get(si).tokens();
      int i = 0;
      while (i < toks.size()) {
        String tag = toks.get(i).ner();
        if (tag.equals("O") || isPossessive(toks.get(i).word())) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < toks.size() && !isPossessive(toks.get(j).word())
            && (toks.get(j).ner().equals(tag) && Character.isLetterOrDigit(toks.get(j).word().charAt(0))
            || bracketInside(toks, j, tag))) {
          j++;
        }
        if (!Character.isLetterOrDigit(toks.get(i).word().charAt(0))) {
          i = j;
          continue;
        }
        int start = toks.get(i).start();
        int end = toks.get(j - 1).end();
        // An editor's bracket inside a name ("[former US president Joe] Biden") is not part of it.
        String surface = text.substring(start, end).replaceAll("[\\[\\]]", "").replaceAll("\\s+", " ").strip();
        if (surface.length() > 1) {
          out.add(new NameMention(start, end, tag, surface, si));
        }
        i = j;
      }
    }
    return out;
  }

  /** The tagger's mentions and the registry's people that the tagger missed ("President Trump"), in text order. */
  static List<NameMention> withKnownPeople(List<NameMention> tagged, List<int[]> people, String text) {
    if (people.isEmpty()) {
      return tagged;
    }
    List<NameMention> out = new ArrayList<>(tagged);
    for (int[] p : people) {
      boolean person = false;
      for (NameMention m : tagged) {
        person |= m.start() < p[1] && p[0] < m.end() && m.type().equals("PERSON");
      }
      if (!person) {
        // The tagger missed the person, or took them for a place ("Trump" as a location): the registry knows.
        out.removeIf(m -> m.start() < p[1] && p[0] < m.end());
        out.add(new NameMention(p[0], p[1], "PERSON", text.substring(p[0], p[1]), -1));
      }
    }
    out.sort(java.util.Comparator.comparingInt(NameMention::start));
    return out;
  }

  /** A closing or opening bracket between two tokens of the same name. */
  private static boolean bracketInside(List<Nlp.Token> toks, int j, String tag) {
    String w = toks.get(j).word();
    return (w.equals("]") || w.equals("[") || w.equals("-RSB-") || w.equals("-LSB-")) && j + 1 < toks.size()
        && toks.get(j + 1).ner().equals(tag);
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
  }
}
