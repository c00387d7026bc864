package org.parley.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.ActorCodes;
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
  private static final Pattern HYPHEN_REST = Pattern.compile(
      "[-\u2010\u2011](?!(?:era|style|like|run|\\p{Ll}+ed)\\b)\\p{Ll}{2,6}(?![-\\p{L}])");
  private static final Pattern TITLE_SURNAME_BEFORE = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}{1,5}) $");
  private static final Pattern CHAIN_WORD = Pattern.compile(",\\s+(\\p{Ll}+)\\b");
  private static final Pattern QUOTED = Pattern.compile("[\"\u201c][^\"\u201c\u201d]*[\"\u201d]");
  private static final Pattern PLACE_IN = Pattern.compile("\\bin (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)");
  private static final Pattern CAPITALISED_WORD = Pattern.compile(
      "(?<![\\p{L}\\p{N}'\u2019-])(?:\\p{Lu}\\p{Ll}*['\u2019])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}-])");
  private static final Pattern HONORIFIC_BEFORE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.? $");
  private static final Pattern BRACKET_BEFORE = Pattern.compile("\\[([^\\]]{3,120})\\]\\s*$");

  private final Lexicon roles;
  private final ActorLookup actors;
  private final Lexicon cues;

  EntityFinder(Lexicon roles, ActorLookup actors) {
    this(roles, actors, null);
  }

  /** With the speech cues ({@code cues.tsv}), an apposition ends where the person's own verb begins. */
  EntityFinder(Lexicon roles, ActorLookup actors, Lexicon cues) {
    this.roles = roles;
    this.actors = actors;
    this.cues = cues;
  }

  /** The document's entities, and every mention with the index of its entity. */
  record Result(List<Entity> entities, List<NameMention> mentions, List<Integer> entityOf) {
  }

  Result find(String text, List<Nlp.Sentence> sentences, String date) {
    List<NameMention> mentions = withRepeatedNames(withTitledSurnames(
        withKnownPeople(mentions(text, sentences), actors.people(text, date), text), text), text, sentences);
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    List<Integer> entityOf = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    // Full person names first seen anywhere, so that a surname before its full name still joins it.
    Map<String, String> surnameToFull = new HashMap<>();
    // The first word of each full name, for names whose family name comes first ("Kim Jong Un" ... "Kim", "Xi
    // Jinping" ... "Xi"); a first word that starts two different names joins neither (empty string).
    Map<String, String> firstToFull = new HashMap<>();
    for (NameMention m : mentions) {
      if (m.type().equals("PERSON")) {
        String[] parts = m.text().split("\\s+");
        if (parts.length > 1) {
          surnameToFull.putIfAbsent(parts[parts.length - 1], m.text());
          firstToFull.merge(parts[0], m.text(), (a, b) -> a.equals(b) ? a : "");
        }
      }
    }
    for (int k = 0; k < mentions.size(); k++) {
      NameMention m = mentions.get(k);
      String key;
      if (m.type().equals("PERSON") && thingNotPerson(text, m, date)) {
        // "Tomahawk missiles", "the Sir Creek estuary", "Warsaw Chopin": a thing or a place, not a person.
        m = new NameMention(m.start(), m.end(), "MISC", m.text(), m.sentence());
        mentions.set(k, m);
      }
      if (m.type().equals("PERSON") && placeNotPerson(m.text(), surnameToFull, firstToFull, date)) {
        // The tagger took a place the registry knows for a person ("Kyiv said", "Ukraine" at a sentence start).
        m = new NameMention(m.start(), m.end(), actors.countryIn(m.text()) != null ? "LOCATION" : "ORGANIZATION",
            m.text(), m.sentence());
        mentions.set(k, m);
      }
      if (m.type().equals("PERSON")) {
        String[] parts = m.text().split("\\s+");
        String full = m.text();
        if (parts.length == 1) {
          String byFirst = firstToFull.get(parts[0]);
          full = surnameToFull.getOrDefault(parts[0], byFirst != null && !byFirst.isEmpty() ? byFirst : m.text());
        }
        ActorLookup.Person known = actors.person(full, date);
        key = "PERSON:" + (known != null ? known.canonical() : lastName(full)).toLowerCase(Locale.ROOT);
      } else {
        key = m.type() + ":" + m.text().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
      }
      List<Integer> ids = byKey.computeIfAbsent(key, x -> new ArrayList<>());
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
    return new Result(organisationsInContext(text, groups, entities, date), mentions, entityOf);
  }

  /** A capitalised word or a possessive right before an organisation's name ("South Korea's", "the Russian"). */
  private static final Pattern OWNER_BEFORE = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}.\u2019'-]*\\s+){0,2}\\p{Lu}[\\p{L}.\u2019'-]*\\s+$");

  /**
   * Organisations whose name alone names no side take it from the article: the country named right before a mention
   * ("South Korea's Joint Chiefs of Staff" KORMIL), a person whose role holds the name ("Treasury" beside "Treasury
   * Secretary Scott Bessent" USAGOV), or a longer name of the same body ("the Commission" after "European
   * Commission").
   */
  private List<Entity> organisationsInContext(String text, List<Group> groups, List<Entity> entities, String date) {
    List<Entity> out = new ArrayList<>(entities);
    for (int i = 0; i < out.size(); i++) {
      Entity e = out.get(i);
      if (!e.type().equals("ORGANIZATION") || e.actor() != null) {
        continue;
      }
      String actor = null;
      for (NameMention m : groups.get(i).mentions) {
        Matcher owner = OWNER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        if (owner.find()) {
          actor = actors.actorIn(owner.group() + m.text(), date);
          if (actor != null && actor.length() > 3) {
            break;
          }
          actor = null;
        }
      }
      Pattern whole = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.canonical()) + "(?![\\p{L}])");
      for (int k = 0; actor == null && k < out.size(); k++) {
        Entity o = out.get(k);
        if (k == i || o.actor() == null) {
          continue;
        }
        boolean inRole = o.type().equals("PERSON") && o.role() != null && whole.matcher(o.role()).find();
        boolean longer = o.type().equals("ORGANIZATION") && o.canonical().length() > e.canonical().length()
            && o.canonical().endsWith(" " + e.canonical());
        if (inRole || longer) {
          actor = o.actor();
        }
      }
      if (actor != null) {
        String country = e.country() != null ? e.country() : countryOfActor(actor);
        out.set(i, new Entity(e.text(), e.type(), e.canonical(), e.role(), country, actor, e.mentions()));
      }
    }
    return out;
  }

  /** A one-word "person" that no full name in the text explains and that the registry knows as a place or body. */
  private boolean placeNotPerson(String name, Map<String, String> surnameToFull, Map<String, String> firstToFull,
      String date) {
    if (name.contains(" ") || surnameToFull.containsKey(name) || firstToFull.containsKey(name)) {
      return false;
    }
    return actors.person(name, date) == null && actors.actorOf(name) != null;
  }

  private static final WordLists WORDS = WordLists.resource("/org/parley/annotate/entity-words.tsv");
  private static final java.util.Set<String> THING_AFTER_NAME = WORDS.set("thing-after-name");
  private static final java.util.Set<String> ROLE_MODIFIER = WORDS.set("role-modifier");
  private static final java.util.Set<String> ROLE_LEAD_DROP = WORDS.set("role-lead-drop");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)");

  /**
   * A name the tagger read as a person's that is a thing's or a place's: followed by a noun such as "missiles",
   * "estuary" or "airport", or opening with the name of a capital city ("Warsaw Chopin"), unless the registry knows
   * the person.
   */
  private boolean thingNotPerson(String text, NameMention m, String date) {
    if (actors.person(m.text(), date) != null) {
      return false;
    }
    Matcher next = NEXT_WORD.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
    if (next.lookingAt() && THING_AFTER_NAME.contains(next.group(1))) {
      return true;
    }
    String[] parts = m.text().split("\\s+");
    if (parts.length < 2) {
      return false;
    }
    String first = actors.actorOf(parts[0]);
    return first != null && first.length() > 3 && actors.person(parts[0], date) == null;
  }

  private static final Pattern ACTOR_COUNTRY = Pattern.compile("[A-Z]{3}");

  /**
   * The ISO country an actor code starts with ("RUSGOV" RUS, "UKR" UKR), or null where its first three letters name
   * no country ("IGOEEC", "MIL", the region "EURGOV"; the list is {@code actor-prefixes.txt}).
   */
  static String countryOfActor(String actor) {
    if (actor == null || actor.length() < 3 || actor.length() > 6 || !ACTOR_COUNTRY.matcher(actor.substring(0, 3))
        .matches()) {
      return null;
    }
    return ActorCodes.country(actor);
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
      if (country == null && actor == null && role != null && withRole != null) {
        country = contextCountry(text, withRole.start());
      }
      if (actor == null && country != null) {
        String sector = sector(role);
        actor = sector == null || sector.equals("-") ? country : country + sector;
      }
      String canonical = known != null ? known.canonical() : name;
      return new Entity(name, "PERSON", canonical, role, country, actor, spans);
    }
    String actor = actors.actorOf(name);
    if (actor != null && actors.sectorOf(name) != null) {
      actor = null; // a sector with no side ("Joint Chiefs of Staff"): the article may name its country
    }
    if (actor == null && g.type.equals("ORGANIZATION")) {
      actor = actors.actorIn(name, date); // "US State Department", "Israeli military"
    }
    String country = actors.countryIn(name);
    if (country == null) {
      country = countryOfActor(actor);
    }
    if (country == null && g.type.equals("LOCATION")) {
      country = actors.placeCountry(name); // "Kharkiv": in Ukraine, and no actor
    }
    String type = g.type;
    if (type.equals("LOCATION") && actor != null && actor.length() == 3) {
      type = "COUNTRY";
    }
    return new Entity(name, type, name, null, country, actor, spans);
  }

  /**
   * The country of a person whose role names none ("Foreign Minister Margus Tsahkna", "spokesman Shafqat Ali Khan"):
   * the country named last before the mention in its sentence or the one before it, outside quotation marks, and
   * failing that the place where the sentence says they spoke ("... told reporters in Islamabad"); null when there
   * is none.
   */
  private String contextCountry(String text, int at) {
    int paraStart = Math.max(text.lastIndexOf("\n", at - 1) + 1, Math.max(0, at - 600));
    String before = QUOTED.matcher(text.substring(paraStart, at)).replaceAll(" ");
    String[] sentences = before.split("(?<=[.!?])\\s+");
    for (int i = sentences.length - 1; i >= Math.max(0, sentences.length - 2); i--) {
      String c = actors.countryIn(sentences[i]);
      if (c != null) {
        return c;
      }
    }
    int end = at;
    while (end < text.length() && end - at < 300 && ".!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    Matcher in = PLACE_IN.matcher(QUOTED.matcher(text.substring(at, end)).replaceAll(" "));
    return in.find() ? actors.countryIn(in.group(1)) : null;
  }

  /** The text after a name up to the end of its apposition: the next full stop, dash or 300 characters. */
  private String appositionChain(String text, NameMention m) {
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
    if (cues != null) {
      // ", a spokesman for the general staff, said that Israel ...": the chain ends at the verb of saying.
      Matcher w = CHAIN_WORD.matcher(after).region(0, stop);
      while (w.find()) {
        String kind = cues.get(w.group(1));
        if (kind != null && (kind.startsWith("say") || kind.startsWith("report") || kind.startsWith("think"))) {
          stop = w.start();
          break;
        }
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
      // A lower-case word that opens a role with the words after it: "press secretary", "deputy foreign minister".
      boolean opensRole = !taken.isEmpty() && (roles.contains(bare + " " + taken.getFirst())
          || ROLE_MODIFIER.contains(bare.toLowerCase(Locale.ROOT)));
      if (!(cap || role || opensRole || link && !taken.isEmpty())) {
        break;
      }
      taken.addFirst(bare);
      if (w.length() != bare.length()) {
        break;
      }
    }
    while (!taken.isEmpty() && (taken.getFirst().equals("of") || taken.getFirst().equals("for")
        || ROLE_LEAD_DROP.contains(taken.getFirst().toLowerCase(Locale.ROOT)))) {
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

  /**
   * A short family name the tagger left out between a title and the given name ("Vice Premier He Lifeng", "Premier
   * Li Qiang" read as "Qiang"): a capitalised word of up to six letters right after a role word joins the person,
   * also when the tagger took the given name alone for a place.
   */
  List<NameMention> withTitledSurnames(List<NameMention> in, String text) {
    List<NameMention> out = null;
    for (int k = 0; k < in.size(); k++) {
      NameMention m = in.get(k);
      if (!m.type().equals("PERSON") && !(m.type().equals("LOCATION") && !m.text().contains(" ")) || m.start() < 3) {
        continue;
      }
      Matcher b = TITLE_SURNAME_BEFORE.matcher(text).region(Math.max(0, m.start() - 60), m.start());
      if (!b.find() || !roles.contains(b.group(1).toLowerCase(Locale.ROOT))
          || roles.contains(b.group(2).toLowerCase(Locale.ROOT))
          || k > 0 && in.get(k - 1).end() > b.start(2)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(in);
      }
      out.set(k, new NameMention(b.start(2), m.end(), "PERSON", text.substring(b.start(2), m.end()), m.sentence()));
    }
    return out == null ? in : out;
  }

  /**
   * Names the tagger missed where the text shows they are people: a surname alone that a full name in the same text
   * ends with ("Bush", "Stone", "Priebus" after "Reince Priebus": the tagger misses surnames that are also words),
   * and a capitalised name after an honorific ("Mr. Hedge", "Sen. Tester").
   */
  static List<NameMention> withRepeatedNames(List<NameMention> in, String text, List<Nlp.Sentence> sentences) {
    java.util.Set<String> surnames = new java.util.HashSet<>();
    for (NameMention m : in) {
      if (m.type().equals("PERSON")) {
        String[] parts = m.text().split("\\s+");
        String last = parts[parts.length - 1];
        if (parts.length > 1 && last.length() >= 3 && Character.isUpperCase(last.charAt(0))) {
          surnames.add(last);
        }
        if (familyNameFirst(parts)) {
          surnames.add(parts[0]);
        }
      }
    }
    boolean[] covered = new boolean[text.length() + 1];
    for (NameMention m : in) {
      for (int i = m.start(); i < m.end(); i++) {
        covered[i] = true;
      }
    }
    List<NameMention> added = new ArrayList<>();
    Matcher w = CAPITALISED_WORD.matcher(text);
    while (w.find()) {
      int start = w.start();
      int end = w.end();
      boolean name = surnames.contains(w.group());
      if (!name) {
        Matcher h = HONORIFIC_BEFORE.matcher(text).region(Math.max(0, start - 6), start);
        name = h.find() && w.group().length() >= 2;
      }
      if (!name || covered[start] || covered[end - 1]) {
        continue;
      }
      for (int i = start; i < end; i++) {
        covered[i] = true;
      }
      added.add(new NameMention(start, end, "PERSON", w.group(), sentenceOf(sentences, start)));
    }
    if (added.isEmpty()) {
      return in;
    }
    List<NameMention> out = new ArrayList<>(in);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(NameMention::start));
    return out;
  }

  /**
   * Whether a name has the shape of an East Asian name written family name first: a hyphenated given name ("Park
   * Ji-hoon", "Lee Jae-myung") or two short syllables after the family name ("Kim Jong Un", "Yoon Suk Yeol").
   */
  static boolean familyNameFirst(String[] parts) {
    if (parts.length == 2) {
      return parts[1].matches("\\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{2,6}");
    }
    return parts.length == 3 && parts[0].length() <= 5 && parts[1].length() <= 4 && parts[2].length() <= 4
        && parts[1].matches("\\p{Lu}\\p{Ll}+") && parts[2].matches("\\p{Lu}\\p{Ll}+");
  }

  private static int sentenceOf(List<Nlp.Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Nlp.Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
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
        if (tag.equals("PERSON") && j - i >= 2 && toks.get(j - 1).word().length() <= 4) {
          // A hyphenated given name the tokenizer split ("Park Ji-hoon", "Lee Jae-myung") stays whole; a short
          // syllable before the hyphen keeps "Donald Trump-era" and "Putin-backed" out.
          Matcher h = HYPHEN_REST.matcher(text).region(end, Math.min(text.length(), end + 40));
          if (h.lookingAt()) {
            end = h.end();
            while (j < toks.size() && toks.get(j).start() < end) {
              j++;
            }
          }
        }
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
