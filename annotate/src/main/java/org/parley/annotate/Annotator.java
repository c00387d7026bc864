package org.parley.annotate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Document;
import org.parley.model.Entity;
import org.parley.model.Quote;
import org.parley.pipeline.Stage;

/**
 * The annotate stage's entry point: {@code Annotator.standard().apply(document)} fills {@code entities} (people,
 * organisations, places and countries with roles, countries and actor codes) and {@code quotes} (direct and
 * reported, with speakers). Thread-safe and serializable; the NER model loads once per process.
 */
public final class Annotator implements Stage {
  private static final long serialVersionUID = 1L;

  private final Lexicon roles;
  private final Lexicon cues;
  private final Lexicon speakerNouns;
  private final ActorLookup actors;

  private Annotator(ActorLookup actors) {
    this.roles = Lexicon.resource("/org/parley/annotate/roles.tsv");
    this.cues = Lexicon.resource("/org/parley/annotate/cues.tsv");
    this.speakerNouns = Lexicon.resource("/org/parley/annotate/speakers.tsv");
    this.actors = actors;
  }

  /** With the actors Parley knows (the standard actor registry). */
  public static Annotator standard() {
    return new Annotator(new RegistryLookup(ActorRegistry.standard()));
  }

  /** With the standard registry and the actors of a user's registry file added. */
  public static Annotator withActors(java.nio.file.Path file) throws java.io.IOException {
    return new Annotator(new RegistryLookup(ActorRegistry.load(file)));
  }

  /** With the given actor knowledge (the registry, or the registry extended by a user's file). */
  public static Annotator with(ActorLookup actors) {
    return new Annotator(actors);
  }

  /** First names from a list in resources: one per line, '#' comments; names of several words kept apart. */
  private record FirstNames(java.util.Set<String> names, List<String> severalWords) {
    static final FirstNames FEMALE = load("/org/parley/annotate/female-names.txt");
    static final FirstNames MALE = load("/org/parley/annotate/male-names.txt");

    private static FirstNames load(String resource) {
      try (var in = Annotator.class.getResourceAsStream(resource)) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            names.add(line.strip());
          }
        }
        return new FirstNames(java.util.Set.copyOf(names),
            names.stream().filter(n -> n.indexOf(' ') > 0).sorted().toList());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** Whether a full name starts with one of these first names ("Sheikh Hasina" as a whole). */
    boolean starts(String name) {
      String full = name.strip();
      String first = full.split("\\s+")[0];
      return names.contains(first) || severalWords.stream().anyMatch(n -> full.equals(n) || full.startsWith(n + " "));
    }
  }

  /** Whether a person's name starts with a female first name (for "she" and "her"). */
  static boolean isFemale(String name) {
    return FirstNames.FEMALE.starts(name);
  }

  /** Whether a person's name starts with a male first name (so that "she" does not stand for that person). */
  static boolean isMale(String name) {
    return FirstNames.MALE.starts(name);
  }

  @Override
  public String name() {
    return "annotate";
  }

  /** Everything the stage finds in a text: sentences and tokens, entities with their mentions, quotes. */
  public record Annotation(List<Nlp.Sentence> sentences, List<Entity> entities, List<Quote> quotes) {
  }

  public Annotation annotate(String text, String date) {
    List<Nlp.Sentence> sentences = Nlp.analyze(text);
    EntityFinder.Result ents = new EntityFinder(roles, actors, cues).find(text, sentences, date);
    QuoteFinder finder = new QuoteFinder(cues, speakerNouns);
    List<Quote> quotes = finder.withAntecedentSpans(text, sentences, ents,
        withSpeakerActors(finder.find(text, sentences, ents), text, date, ents, sentences));
    return new Annotation(sentences, ents.entities(), quotes);
  }

  /**
   * Quotes whose speaker is a description rather than a known name ("the Russian foreign ministry", "Israeli
   * officials", "Chinese state media") get the actor that description stands for; a speaker known only by its
   * country gets the part of it the phrase names ("Pakistan's military" PAKMIL rather than PAK).
   */
  private List<Quote> withSpeakerActors(List<Quote> quotes, String text, String date, EntityFinder.Result ents,
      List<Nlp.Sentence> sentences) {
    List<Quote> out = null;
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      // "Russian politicians and experts were critical of ... . ... but they do show that ...": "they" speaks for the
      // group that spoke just before, not for the last organisation named.
      // "their" as a speaker ("Their fear is that ...", "their calls for ...") is the same group.
      boolean they = THEY.matcher(spanOf(q, text)).matches();
      Quote group = they ? pluralSpeakerBefore(out != null ? out : quotes, i) : null;
      if (group != null) {
        if (out == null) {
          out = new java.util.ArrayList<>(quotes);
        }
        out.set(i, new Quote(group.speaker(), group.speakerRole(), group.speakerActor(), q.text(), q.direct(),
            q.cue(), q.start(), q.end(), q.speakerStart(), q.speakerEnd(), q.tone(), q.stance()));
        continue;
      }
      // "Sanders supporters are crying fraud ... . They ...": "they" read as the last person named is a group of
      // people named just before by a plural noun, else no one named.
      if (they && (isPerson(q.speaker(), ents) || q.speaker() != null && THEY.matcher(q.speaker()).matches())) {
        if (out == null) {
          out = new java.util.ArrayList<>(quotes);
        }
        String plural = pluralPhraseBefore(text, q.speakerStart());
        out.set(i, new Quote(plural != null ? plural : spanOf(q, text), null,
            plural != null ? actors.actorIn(plural, date) : null, q.text(), q.direct(), q.cue(), q.start(), q.end(),
            q.speakerStart(), q.speakerEnd(), q.tone(), q.stance()));
        continue;
      }
      // A speaker with no actor, or only a country's, when the phrase names a part of it ("Pakistan's military").
      boolean countryOnly = q.speakerActor() != null && q.speakerActor().length() == 3;
      if (q.speakerActor() != null && !countryOnly || q.speaker() == null) {
        continue;
      }
      String phrase = q.speakerStart() >= 0 && q.speakerEnd() <= text.length()
          ? text.substring(q.speakerStart(), q.speakerEnd()) : q.speaker();
      String actor = actors.actorIn(phrase, date);
      // "China's military ..., saying ...": a country's name that owns the noun after it speaks as that part of it.
      if (countryOnly && q.speakerEnd() < text.length()) {
        Matcher owned = OWNED_PART.matcher(text).region(q.speakerEnd(), Math.min(text.length(), q.speakerEnd() + 40));
        if (owned.lookingAt()) {
          String part = actors.actorIn(phrase + owned.group(), date);
          if (part != null && part.startsWith(q.speakerActor())) {
            actor = part;
          }
        }
      }
      String named = null;
      if (actor == null && !countryOnly && RELATIVE_SPEAKER.matcher(phrase).matches()) {
        // "according to the Ukrainian air force, which said ...": the relative pronoun speaks for the phrase it
        // follows, which also names the speaker.
        Named np = relativeAntecedent(text, q.speakerStart(), date);
        if (np != null) {
          named = np.name();
          actor = np.actor();
        }
      }
      if (actor == null && !countryOnly && IT_SPEAKER.matcher(phrase).matches()) {
        Named np = subjectBefore(text, q.speakerStart(), sentences, ents, date);
        if (np != null) {
          named = np.name();
          actor = np.actor();
        }
      }
      if (actor == null && !countryOnly) {
        actor = antecedentActor(out != null ? out : quotes, i, phrase, text, ents);
      }
      // "State media in the North described ...": in an article that names North Korea, "the North" is that state
      // (`divided-state-half` in entity-words.tsv).
      if (actor == null && !countryOnly) {
        Matcher half = HALF_PLACE.matcher(phrase);
        if (half.find()) {
          for (String state : DIVIDED_STATE_HALVES) {
            if (state.startsWith(half.group(1) + " ") && text.contains(state)) {
              actor = actors.actorIn(phrase.substring(0, half.start()) + state + phrase.substring(half.end()), date);
              break;
            }
          }
        }
      }
      if (actor == null && !countryOnly && QUANTIFIER_SPEAKER.matcher(phrase.strip()).matches()) {
        // "Several noted ...": the count speaks as (and for) the group that spoke just before.
        Quote counted = groupBefore(out != null ? out : quotes, i);
        if (counted != null && counted.speakerActor() != null) {
          named = counted.speaker();
          actor = counted.speakerActor();
        }
      }
      if (countryOnly && (actor == null || !actor.startsWith(q.speakerActor()))) {
        continue;
      }
      if (actor != null && !actor.equals(q.speakerActor())) {
        if (out == null) {
          out = new java.util.ArrayList<>(quotes);
        }
        out.set(i, new Quote(named != null ? named : q.speaker(), q.speakerRole(), actor, q.text(), q.direct(),
            q.cue(), q.start(), q.end(), q.speakerStart(), q.speakerEnd(), q.tone(), q.stance()));
      }
    }
    return out == null ? quotes : List.copyOf(out);
  }

  private static final Pattern THEY = Pattern.compile("(?i)they|their");

  /** A phrase that a pronoun speaker stands for, and the actor it names. */
  private record Named(String name, String actor) {
  }

  private static final Pattern IT_SPEAKER = Pattern.compile("(?i)it|its");

  /** How many tokens from its sentence's start a mention may begin and still be taken for the subject. */
  private static final int SUBJECT_TOKENS = 3;

  /** How many tokens the opening noun phrase of a sentence may have when read as an actor. */
  private static final int SUBJECT_PHRASE_TOKENS = 6;

  /**
   * What "it" stands for as a speaker: the country or body that opens its sentence ("The United States imposed
   * sanctions on firms that it accused of ..."), or, when "it" itself opens the sentence, the one that opens the
   * sentence before ("China's commerce ministry raised tariffs. It said ..."). A person is no "it"; null when no
   * country or body with an actor opens that sentence.
   */
  private Named subjectBefore(String text, int at, List<Nlp.Sentence> sentences, EntityFinder.Result ents,
      String date) {
    int k = -1;
    for (int j = 0; j < sentences.size() && sentences.get(j).start() <= at; j++) {
      k = j;
    }
    if (k < 0) {
      return null;
    }
    List<Nlp.Token> own = sentences.get(k).tokens();
    boolean opens = own.size() > 0 && own.get(0).start() >= at;
    if (opens) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    List<Nlp.Token> toks = sentences.get(k).tokens();
    // The longest opening of the sentence that names an actor as a whole: "China's commerce ministry" (CHNGOV).
    for (int n = Math.min(SUBJECT_PHRASE_TOKENS, toks.size()); n >= 1; n--) {
      if (toks.get(n - 1).end() > at) {
        continue;
      }
      String phrase = text.substring(toks.get(0).start(), toks.get(n - 1).end());
      String actor = actors.actorIn(phrase, date);
      if (actor != null && actors.person(phrase, date) == null) {
        return new Named(phrase, actor);
      }
    }
    int limit = toks.get(Math.min(SUBJECT_TOKENS, toks.size() - 1)).start();
    // The first mention there, or an organisation among them: "China's commerce ministry" is the ministry.
    Entity best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Entity e : ents.entities()) {
      for (org.parley.model.Span m : e.mentions()) {
        boolean inOpening = m.start() >= toks.get(0).start() && m.start() <= limit && m.start() < at;
        boolean better = best == null || m.start() < bestStart && !organisation(best)
            || organisation(e) && !organisation(best);
        if (inOpening && better) {
          best = e;
          bestStart = m.start();
        }
      }
    }
    return best == null || best.actor() == null || best.type().equals("PERSON") || best.type().equals("MISC")
        ? null : new Named(best.canonical() != null ? best.canonical() : best.text(), best.actor());
  }

  private static boolean organisation(Entity e) {
    return e.type().equals("ORGANIZATION") && e.actor() != null;
  }

  private static final Pattern RELATIVE_SPEAKER = Pattern.compile("(?i)which|who|that");

  /** A possessive and the noun phrase it owns, up to three lower-case words: "'s military", "'s foreign ministry". */
  private static final Pattern OWNED_PART = Pattern.compile("['\u2019]s(?:\\s+\\p{Ll}+){1,3}");

  /** "the North" or "the South" as a place, which an article about a divided country uses for one of its states. */
  private static final Pattern HALF_PLACE = Pattern.compile("\\bthe (North|South)\\b(?!\\s+\\p{Lu})");
  /** The states that "the North" or "the South" stand for once the article names them (entity-words.tsv). */
  private static final java.util.List<String> DIVIDED_STATE_HALVES = java.util.List.copyOf(WordLists.resource(
      "/org/parley/annotate/entity-words.tsv").set("divided-state-half"));

  /** A count that stands for some of a group named before: "Several noted that ...", "Others said". */
  private static final Pattern QUANTIFIER_SPEAKER = Pattern.compile("(?i)several|some|many|most|others|a few|few|both"
      + "|all|several of them|some of them|many of them|most of them");

  private static boolean isPerson(String name, EntityFinder.Result ents) {
    return name != null && ents.entities().stream()
        .anyMatch(e -> e.type().equals("PERSON") && name.equals(e.canonical()));
  }

  /** How far back, in characters, a plural noun phrase may stand for "they". */
  private static final int PLURAL_BEFORE_CHARS = 300;
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019.-]*");

  /**
   * The plural noun of people nearest before {@code at} within its paragraph and {@link #PLURAL_BEFORE_CHARS}, with
   * the capitalised words or possessives right before it: "Sanders supporters", "Top Sanders strategists",
   * "economists"; null when there is none.
   */
  private String pluralPhraseBefore(String text, int at) {
    int from = Math.max(0, at - PLURAL_BEFORE_CHARS);
    int para = text.lastIndexOf("\n\n", at);
    from = Math.max(from, para < 0 ? 0 : para);
    List<int[]> words = new java.util.ArrayList<>();
    Matcher w = WORD.matcher(text).region(from, at);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    for (int k = words.size() - 1; k >= 0; k--) {
      String word = text.substring(words.get(k)[0], words.get(k)[1]);
      String lower = word.toLowerCase(Locale.ROOT);
      if (!"p".equals(speakerNouns.get(lower)) || QUANTIFIER_SPEAKER.matcher(lower).matches()
          || Character.isUpperCase(word.charAt(0)) && !sentenceStartAt(text, words.get(k)[0])) {
        continue;
      }
      int start = words.get(k)[0];
      for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
        String before = text.substring(words.get(j)[0], words.get(j)[1]);
        String gap = text.substring(words.get(j)[1], start);
        boolean owner = before.endsWith("'s") || before.endsWith("\u2019s") || before.endsWith("'");
        if (!gap.isBlank() || !(Character.isUpperCase(before.charAt(0)) || owner)
            || before.matches("The|A|An|And|But|Then|In|On|At|After|Before|They|We|He|She|It|Though|Although|While|When"
            + "|If|Because|As|So|Yet|Still|Many|Some|Most|Other|Others|Both|All|Several|Few|These|Those|Their|Its")) {
          break;
        }
        start = words.get(j)[0];
      }
      return text.substring(start, words.get(k)[1]);
    }
    return null;
  }

  /** Whether only spaces and a sentence's end (or the text's start) stand before {@code at}. */
  private static boolean sentenceStartAt(String text, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k < 0 || ".!?\"\u201d'\u2019".indexOf(text.charAt(k)) >= 0;
  }

  private static String spanOf(Quote q, String text) {
    return q.speakerStart() >= 0 && q.speakerEnd() <= text.length() && q.speakerStart() < q.speakerEnd()
        ? text.substring(q.speakerStart(), q.speakerEnd()).strip() : "";
  }

  /**
   * The report just before quote {@code i} whose speaker is a group named by a plural noun phrase of several words
   * ("Russian politicians and experts", "European officials"), within {@link #GROUP_BEFORE_CHARS}, passing over the
   * speakers of one (a person, a body) that "they" cannot be; null when there is none.
   */
  private static Quote pluralSpeakerBefore(List<Quote> quotes, int i) {
    return speakerBefore(quotes, i, true, name -> pluralName(name) && name.indexOf(' ') > 0
        && Character.isLowerCase(name.charAt(name.length() - 2)));
  }

  /** How far back, in characters, the group that a count speaks for may have spoken. */
  private static final int GROUP_BEFORE_CHARS = 400;

  /**
   * The report of the group that a count speaks for: the nearest report before, when its speaker is a group ("European officials, who had feared ..., reacted with relief. Several noted ..." EURGOV).
   */
  private static Quote groupBefore(List<Quote> quotes, int i) {
    return speakerBefore(quotes, i, false, Annotator::pluralName);
  }

  /**
   * A speaker's name that ends in a plural common noun or a group's plural: "officials", "European officials",
   * "Democrats"; not "Reuters's", and not a name such as "Bernie Sanders".
   */
  private static boolean pluralName(String name) {
    int last = name.lastIndexOf(' ') + 1;
    return name.length() > 3 && name.endsWith("s") && !name.endsWith("'s") && !name.endsWith("\u2019s")
        && (Character.isLowerCase(name.charAt(last)) || GROUP_PLURAL.matcher(name.substring(last)).matches());
  }

  /** A capitalised plural that names members of a party, a people or a movement: "Democrats", "Europeans". */
  private static final Pattern GROUP_PLURAL = Pattern.compile("\\p{Lu}\\p{L}+(?:ans|ats|ists|ives|als|ites)");

  /**
   * The nearest report before quote {@code i}, within {@link #GROUP_BEFORE_CHARS} of its speaker, whose speaker's
   * name passes {@code group}; with {@code passOver}, reports whose speaker does not pass are skipped, else the
   * nearest speaker must pass.
   */
  private static Quote speakerBefore(List<Quote> quotes, int i, boolean passOver,
      java.util.function.Predicate<String> group) {
    int at = quotes.get(i).speakerStart();
    for (int j = i - 1; j >= 0; j--) {
      Quote p = quotes.get(j);
      if (p.speakerStart() < 0 || p.speakerStart() >= at) {
        continue;
      }
      if (at - p.speakerStart() > GROUP_BEFORE_CHARS) {
        return null;
      }
      if (group.test(p.speaker() == null ? "" : p.speaker().strip())) {
        return p;
      }
      if (!passOver) {
        return null;
      }
    }
    return null;
  }

  /** The words between the previous comma, colon, parenthesis or sentence start and a relative pronoun's comma. */
  private static final Pattern BEFORE_RELATIVE = Pattern.compile("([^,;:()\\n.]{3,120}),\\s*$");

  /**
   * The phrase right before ", which" and the actor it names, read from its longest ending that names one: "the
   * Ukrainian air force" in "according to the Ukrainian air force, which said"; null when none does.
   */
  private Named relativeAntecedent(String text, int pronounStart, String date) {
    if (pronounStart <= 0) {
      return null;
    }
    Matcher m = BEFORE_RELATIVE.matcher(text.substring(Math.max(0, pronounStart - 122), pronounStart));
    if (!m.find()) {
      return null;
    }
    String before = m.group(1);
    Matcher w = WORD_START.matcher(before);
    while (w.find()) {
      String tail = before.substring(w.start()).strip();
      if (!NOUN_PHRASE_START.matcher(tail).lookingAt()) {
        continue; // "to the Ukrainian air force" is no noun phrase; "the Ukrainian air force" is
      }
      String actor = actors.actorIn(tail, date);
      if (actor != null) {
        return new Named(tail, actor);
      }
    }
    return null;
  }

  private static final Pattern NOUN_PHRASE_START = Pattern.compile("(?:the|its|their|a|an)\\s|\\p{Lu}");

  private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019])[\\p{L}\\p{N}]");

  /** A definite description that names only a sector: "the ministry", "the ministry's spokesman", "a ministry". */
  private static final Pattern SECTOR_DESCRIPTION = Pattern.compile(
      "(?i)(?:the|a|an)\\s+([\\p{L}-]+)(?:(?:'s|\u2019s)?\\s+(?:spokesman|spokeswoman|spokesperson|statement))?");

  /**
   * The side a sector-only description stands for in its article: "the ministry said" after "China's commerce
   * ministry said" is CHNGOV. The antecedent is the nearest earlier speaker or organisation whose words hold the same
   * noun and whose actor is of the same sector.
   */
  private String antecedentActor(List<Quote> quotes, int i, String phrase, String text, EntityFinder.Result ents) {
    Matcher d = SECTOR_DESCRIPTION.matcher(phrase.strip());
    if (!d.matches()) {
      return null;
    }
    String noun = d.group(1).toLowerCase(Locale.ROOT);
    String sector = actors.sectorOf(noun);
    if (sector == null) {
      return null;
    }
    Pattern word = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(noun) + "(?![\\p{L}])");
    int at = quotes.get(i).speakerStart() >= 0 ? quotes.get(i).speakerStart() : quotes.get(i).start();
    int best = -1;
    String actor = null;
    for (Quote q : quotes) {
      String a = q.speakerActor();
      if (q.speakerStart() >= 0 && q.speakerStart() < at && q.speakerStart() > best && sideOf(a, sector)
          && q.speakerEnd() <= text.length()
          && word.matcher(text.substring(q.speakerStart(), q.speakerEnd())).find()) {
        best = q.speakerStart();
        actor = a;
      }
    }
    int sentenceStart = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at)) + 1;
    for (Entity e : ents.entities()) {
      String a = e.actor();
      if (!sideOf(a, sector)) {
        continue;
      }
      // A body of the same noun named before, or a capital that stands for the government in the same sentence
      // ("In Tallinn, the government said").
      boolean sameNoun = word.matcher(e.text()).find();
      boolean place = e.type().equals("LOCATION");
      if (!sameNoun && !place) {
        continue;
      }
      for (org.parley.model.Span s : e.mentions()) {
        if (s.start() < at && s.start() > best && (sameNoun || s.start() >= sentenceStart)) {
          best = s.start();
          actor = a;
        }
      }
    }
    return actor;
  }

  /** Whether an actor code is one country's part of that sector: "CHNGOV" for GOV. */
  private static boolean sideOf(String actor, String sector) {
    return actor != null && actor.endsWith(sector) && actor.length() == 3 + sector.length();
  }

  @Override
  public Document apply(Document document) {
    Annotation a = annotate(document.text(), document.published());
    return document.toBuilder().entities(a.entities()).quotes(a.quotes()).build();
  }
}
