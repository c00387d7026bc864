package org.parley.code;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.annotate.Actor;
import org.parley.annotate.ActorMatcher;
import org.parley.annotate.ActorRegistry;
import org.parley.annotate.Mention;
import org.parley.annotate.Tokens;
import org.parley.model.Event;
import org.parley.model.EventActor;

/**
 * The event coder's engine: for each sentence, the actors (registry), the predicates (patterns), the status of
 * each predicate (done, negated, hypothetical, intended, refused; questions are skipped), and its source and
 * target by position: the actor before an active verb acts, the actor after it is acted upon; a passive swaps
 * them and takes the source from "by"; a nominal event takes its actors from "X-Y talks", "X's visit to Y",
 * "talks between X and Y". Built once per process and configuration; thread-safe.
 */
public final class Coder {
  private static final int MAX_EVENTS = 6;
  private static final int NEGATION_WINDOW = 5;

  private final Lexicon lexicon;
  private final Codebook codebook;
  private final Patterns patterns;
  private final ActorMatcher matcher;
  private final Map<String, String[]> shifts = new HashMap<>();

  private final boolean politicalOnly;
  private final Relevance relevance;

  Coder(Path userPatterns, Path userActors, boolean politicalOnly) throws IOException {
    this(userPatterns, userActors, politicalOnly, true);
  }

  /**
   * A coder with optional user pattern and actor files; {@code politicalOnly} keeps only events with a political
   * actor among their two; {@code relevanceGate} codes only sentences that hold political event data (see
   * {@link Relevance}).
   */
  Coder(Path userPatterns, Path userActors, boolean politicalOnly, boolean relevanceGate) throws IOException {
    this.politicalOnly = politicalOnly;
    this.relevance = relevanceGate ? new Relevance() : null;
    this.lexicon = new Lexicon();
    this.codebook = Codebook.standard();
    this.patterns = new Patterns(lexicon, codebook, userPatterns);
    this.matcher = new ActorMatcher(userActors == null ? ActorRegistry.standard() : ActorRegistry.load(userActors));
    for (String w : WordClasses.get("lemma-word")) {
      lexicon.addLemma(w);
    }
    readShifts();
  }

  private void readShifts() {
    try (var s = Coder.class.getResourceAsStream("patterns/shifts.tsv");
         var in = new java.io.BufferedReader(new java.io.InputStreamReader(s, java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("prefix\t")) {
          continue;
        }
        String[] f = line.split("\t");
        shifts.put(f[0], new String[] {f[1], f.length > 2 && !f[2].equals("-") ? f[2] : null,
            f.length > 3 && !f[3].equals("-") ? f[3] : null});
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public Codebook codebook() {
    return codebook;
  }

  public ActorMatcher matcher() {
    return matcher;
  }

  /** What a predicate's context says about it. */
  enum Status { DONE, NEGATED, HYPOTHETICAL, INTENDED, REFUSED, DEMANDED }

  /** A pattern matched at tokens [first, last), with its head token and where the target slot starts. */
  record Match(Patterns.Pattern pattern, int first, int last, int target) {
  }

  /** Codes every sentence of {@code text}. */
  public List<Event> codeText(String text, LocalDate date) {
    // the article's country is needed only for bare titles ("the president"): found on first need
    String[] context = {null};
    boolean[] known = {false};
    java.util.function.Supplier<String> ctx = () -> {
      if (!known[0]) {
        context[0] = contextCountry(text, date);
        known[0] = true;
      }
      return context[0];
    };
    List<Event> out = new ArrayList<>();
    for (int[] s : Sentences.split(text)) {
      codeSentence(text, s[0], s[1], date, ctx, out);
    }
    return out;
  }

  /** Codes the sentence text[start, end) and adds its events to {@code out}. */
  public void codeSentence(String text, int start, int end, LocalDate date, String context, List<Event> out) {
    codeSentence(text, start, end, date, () -> context, out);
  }

  /** The country an article is most about: the one its actors name most often (for "the president"). */
  String contextCountry(String text, LocalDate date) {
    Tokens t = Tokens.of(text, 0, Math.min(text.length(), 20_000));
    Map<String, Integer> n = new HashMap<>();
    for (Mention m : matcher.find(t, date, null)) {
      String c = m.country();
      if (c != null) {
        n.merge(c, 1, Integer::sum);
      }
    }
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private void codeSentence(String text, int start, int end, LocalDate date,
                            java.util.function.Supplier<String> context, List<Event> out) {
    Tokens t = Tokens.of(text, start, end);
    int n = t.size();
    if (n == 0 || question(t)) {
      return;
    }
    int body = datelineEnd(t);
    List<Mention> found = matcher.find(t, body, n, date, null);
    for (Mention m : found) {
      if (m.kind() == Actor.Kind.TITLE && m.country() == null) {
        String c = context.get();
        if (c != null) {
          found = matcher.find(t, body, n, date, c);
        }
        break;
      }
    }
    List<Mention> ms = new ArrayList<>(found);
    if (!titleCase(t)) {
      addProperNames(t, ms, body);
    }
    Relevance.Verdict verdict = ms.isEmpty() ? Relevance.Verdict.NONE
        : relevance == null ? Relevance.Verdict.FULL : relevance.judge(t, ms);
    if (ms.isEmpty()) {
      return;
    }
    String[] lemma = new String[n];
    for (int i = 0; i < n; i++) {
      lemma[i] = lexicon.lemma(t.lower(i));
    }
    int[] mentionAt = new int[n];
    java.util.Arrays.fill(mentionAt, -1);
    for (int k = 0; k < ms.size(); k++) {
      for (int i = ms.get(k).first(); i < ms.get(k).last(); i++) {
        mentionAt[i] = k;
      }
    }
    List<Match> matches = new ArrayList<>();
    boolean titleCase = titleCase(t);
    int i = 0;
    while (i < n) {
      Match best = null;
      if (mentionAt[i] < 0 || ms.get(mentionAt[i]).kind() == Actor.Kind.SECTOR) {
        for (Patterns.Pattern p : candidates(lemma[i], t.lower(i))) {
          Match m = match(p, t, lemma, i);
          if (m != null && (best == null || better(m, best))) {
            best = m;
          }
        }
      }
      if (best != null && !best.pattern().noun() && nounReading(t, ms, mentionAt, i)) {
        // "the Trump-Putin call": after a determiner or possessive, a word that is both verb and noun is a noun
        for (Patterns.Pattern p : candidates(lemma[i], t.lower(i))) {
          Match m = p.noun() ? match(p, t, lemma, i) : null;
          if (m != null) {
            best = m;
            break;
          }
        }
      }
      if (best != null && !best.pattern().noun() && (nounReading(t, ms, mentionAt, i) || nounAfter(t, lemma, i)
          || i > 0 && t.capitalized(i) && !titleCase && !t.lower(i - 1).equals("\"") && !t.lower(i - 1).equals("-")
          || i > 0 && t.lower(i - 1).equals("in") && t.lower(i).equals("order")
          || i > 0 && t.lower(i - 1).equals("(")
          || ofFollows(t, best))) {
        best = null; // a noun ("the report", "a State"), a name, "in order to", a reference "(annex I.B)"
      }
      if (best != null && i > 0 && t.lower(i - 1).matches("\\d+(st|nd|rd|th)")) {
        best = null; // "at its 6881st meeting": a numbered session of one body, no event between actors
      }
      if (best != null) {
        matches.add(best);
        i = best.last();
      } else {
        i++;
      }
    }
    String sentence = text.substring(start, end);
    String when = eventDate(t, date);
    int made = 0;
    int first = out.size();
    for (Match m : matches) {
      if (made >= MAX_EVENTS) {
        break;
      }
      Patterns.Pattern p = m.pattern();
      String code = p.code();
      if (code.equals(Patterns.NONE)) {
        continue; // an idiom that is no event
      }
      if (m.first() > 0 && t.lower(m.first() - 1).equals("for") && t.lower(m.first()).endsWith("ing")) {
        continue; // "feted for defending German interests", "jailed for insulting": the reason, not news of its own
      }
      Status st = status(t, lemma, m.first(), p);
      if (st == Status.NEGATED || st == Status.HYPOTHETICAL) {
        continue;
      }
      if (st == Status.INTENDED && !p.intent()) {
        code = shift(code, 0);
      } else if (st == Status.DEMANDED) {
        code = shift(code, 2);
      } else if (st == Status.REFUSED) {
        String r = shift(code, 1);
        if (r == null) {
          continue;
        }
        code = r;
      }
      if (code == null) {
        continue;
      }
      List<Mention[]> pairs = st == Status.DEMANDED ? demandPairs(t, ms, m.first()) : actors(t, lemma, ms, m);
      if (pairs.isEmpty() && st == Status.DEMANDED) {
        pairs = actors(t, lemma, ms, m);
      }
      for (Mention[] pair : pairs) {
        if (p.say() && pair[0] == null) {
          continue; // a statement needs a speaker
        }
        if (p.needsTarget() && pair[1] == null) {
          continue; // "the new Congress convenes", "arrives at a hearing": no one is met or visited
        }
        if (politicalOnly && !political(pair[0]) && !political(pair[1])) {
          continue;
        }
        if ((verdict == Relevance.Verdict.NONE || verdict == Relevance.Verdict.VIOLENCE)
            && !relevance.is("public-root", c0(code))
            && !(verdict == Relevance.Verdict.VIOLENCE && relevance.is("violence-root", c0(code)))) {
          continue; // no political actor: only protest, and violence outside private domains
        }
        if (verdict == Relevance.Verdict.LOCAL && !relevance.is("public-root", c0(code))
            && (pair[0] == null || !relevance.political(t, pair[0]) || placeOnly(t, pair[0]))) {
          continue; // a local story: only what its police, courts or officials did
        }
        String k = code;
        if (k.startsWith("18") && pair[0] != null && pair[0].code() != null && pair[0].code().contains("MIL")) {
          k = "190"; // killing by armed forces is conventional military force in CAMEO
        }
        Codebook.Code c = codebook.get(k);
        out.add(new Event(actor(pair[0]), actor(pair[1]), k, c.root(), c.ploverEvent(), c.goldstein(),
            c.quad(), sentence, start, end, when, p.source() + " " + p.text()
            + (st == Status.DONE ? "" : " [" + st.name().toLowerCase(Locale.ROOT) + "]")));
        made++;
      }
    }
    if (verdict == Relevance.Verdict.LOCAL) {
      // a local story: what officials said or how they reacted is coded only along with an act of theirs
      // ("a man was shot by police, authorities said"), not as news of its own ("four men were charged with
      // murder, authorities said")
      boolean act = false;
      for (int e = first; e < out.size(); e++) {
        act |= out.get(e).quad() == 2 || out.get(e).quad() == 4;
      }
      if (!act) {
        out.subList(first, out.size()).removeIf(e -> !relevance.is("public-root", e.root()));
      }
    }
  }

  private List<Patterns.Pattern> candidates(String lemma, String lower) {
    List<Patterns.Pattern> a = patterns.startingWith(lemma);
    if (lemma.equals(lower)) {
      return a;
    }
    List<Patterns.Pattern> b = patterns.startingWith(lower);
    if (b.isEmpty()) {
      return a;
    }
    List<Patterns.Pattern> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static boolean better(Match a, Match b) {
    if (a.pattern().priority() != b.pattern().priority()) {
      return a.pattern().priority() > b.pattern().priority();
    }
    int wa = a.pattern().words();
    int wb = b.pattern().words();
    if (wa != wb) {
      return wa > wb;
    }
    return a.last() - a.first() < b.last() - b.first();
  }

  private static final java.util.Set<String> DETERMINERS = WordClasses.get("determiner");

  /**
   * True when the word at h reads as a noun: after a determiner or a possessive ("the call", "Dmitriyev's
   * visit"), after a determiner and an adjective ("the presidential retreat", "an executive order"), after a demonym ("Russian strikes"), or after two names joined by a hyphen ("the Trump-Putin call").
   */
  private static boolean nounReading(Tokens t, List<Mention> ms, int[] mentionAt, int h) {
    int j = h - 1;
    if (j < 0) {
      return false;
    }
    if (DETERMINERS.contains(t.lower(j))) {
      return true;
    }
    if (j > 0 && mentionAt[j] < 0 && DETERMINERS.contains(t.lower(j - 1)) && adjective(t.lower(j))
        && !t.lower(h).endsWith("ed")) {
      return true; // "the presidential retreat": a determiner and an adjective before a noun
    }
    if (mentionAt[j] >= 0) {
      Mention m = ms.get(mentionAt[j]);
      if (m.kind() == Actor.Kind.DEMONYM && !m.text().endsWith("s")) {
        return true; // "Russian strikes"; but "the Palestinians reached" has a verb after a plural people
      }
      int k = m.first() - 1;
      return k > 0 && (t.lower(k).equals("-") || t.lower(k).equals("–")) && mentionAt[k - 1] >= 0;
    }
    return false;
  }

  /** A word with an adjective's ending ("presidential", "diplomatic", "executive", "numerous", "military"). */
  private static boolean adjective(String w) {
    return w.length() > 5 && (w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ous")
        || w.endsWith("ary"));
  }

  /**
   * True when the base form of a verb follows a word that makes it a noun: a number ("19 murder charges") or a
   * gerund or participle adjective ("keeping order", "a restraining order"); a finite verb cannot stand there.
   */
  private static boolean nounAfter(Tokens t, String[] lemma, int h) {
    if (h == 0 || !t.lower(h).equals(lemma[h]) || !t.isWord(h - 1)) {
      return false;
    }
    String w = t.lower(h - 1);
    if (Character.isDigit(w.charAt(0))) {
      return true;
    }
    return w.length() > 5 && w.endsWith("ing") && !NOT_GERUNDS.contains(w);
  }

  private static final java.util.Set<String> NOT_GERUNDS = WordClasses.get("not-gerund");

  /** "the potential return of stability": a word followed by "of" is a noun, unless the pattern wants "of". */
  private static boolean ofFollows(Tokens t, Match m) {
    int h = m.first();
    if (h + 1 >= t.size() || !t.lower(h + 1).equals("of") || t.lower(h).endsWith("ed")
        || t.lower(h).endsWith("en")) {
      return false; // "accused of", "convicted of", "taken of" stay verbs
    }
    Patterns.Element[] els = m.pattern().elements();
    return !(els.length > 1 && els[1].lemmas() != null && els[1].lemmas()[0].equals("of"));
  }

  /** True for a headline written in title case ("Lawmakers Attended Rally That Gave Way To Riots"). */
  private static boolean titleCase(Tokens t) {
    int words = 0;
    int caps = 0;
    for (int i = 0; i < t.size(); i++) {
      if (t.isWord(i) && Character.isLetter(t.word(i).charAt(0))) {
        words++;
        if (t.capitalized(i)) {
          caps++;
        }
      }
    }
    return words >= 4 && caps * 10 >= words * 7;
  }

  private static final java.util.Set<String> NON_POLITICAL = WordClasses.get("non-political-sector");

  /** An actor of political event data: a state, its organs, an organisation, an armed or opposition group. */
  static boolean political(Mention m) {
    if (m == null || m.code() == null) {
      return false;
    }
    String c = m.code();
    String sector = Actor.countryOf(c) != null ? (c.length() >= 6 ? c.substring(3, 6) : "") : c.substring(0, 3);
    return !NON_POLITICAL.contains(sector);
  }

  private static String c0(String code) {
    return code.substring(0, 2);
  }

  private boolean placeOnly(Tokens t, Mention m) {
    return m.code() != null && m.code().length() == 3 && Actor.countryOf(m.code()) != null && relevance.local(t, m);
  }

  private static boolean coded(Mention m) {
    return m != null && m.code() != null;
  }

  private static EventActor actor(Mention m) {
    return m == null ? new EventActor(null, null) : new EventActor(m.text(), m.code());
  }

  private static boolean question(Tokens t) {
    for (int i = t.size() - 1; i >= 0; i--) {
      String w = t.lower(i);
      if (w.equals("?")) {
        return true;
      }
      if (t.isWord(i)) {
        return false;
      }
    }
    return false;
  }

  /** Capitalised words that the registry does not know, inside the sentence, as actors without a code. */
  /**
   * The first token after a leading dateline ("MOSCOW, Sept. 24 --", "CUTTACK:", "NEW YORK (Reuters) -"), or 0.
   * A dateline names where the story was filed, not an actor.
   */
  static int datelineEnd(Tokens t) {
    int n = Math.min(t.size(), 14);
    for (int i = 1; i < n; i++) {
      String w = t.lower(i);
      if (w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-") && (i + 1 < t.size() && !t.isWord(i - 1)
          || t.word(i - 1).equals(t.word(i - 1).toUpperCase(Locale.ROOT))) || w.equals(":") || w.equals("|")) {
        // everything before must be capitals, a date, an agency in brackets or punctuation
        boolean ok = true;
        boolean caps = false;
        for (int k = 0; k < i; k++) {
          String word = t.word(k);
          if (t.isWord(k) && Character.isLetter(word.charAt(0))) {
            boolean upper = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1;
            caps |= upper;
            if (!upper && !MONTH_WORDS.contains(t.lower(k)) && !AGENCIES.contains(t.lower(k))
                && !(k > 0 && t.lower(k - 1).equals(","))) {
              ok = false;
              break;
            }
          }
        }
        return ok && (caps || t.lower(0).equals("(")) ? i + 1 : 0;
      }
    }
    return 0;
  }

  private static final java.util.Set<String> MONTH_WORDS = WordClasses.get("month");
  private static final java.util.Set<String> AGENCIES = WordClasses.get("agency");

  private void addProperNames(Tokens t, List<Mention> ms, int body) {
    // a country's name right after a capitalised word that is no actor is part of a longer name ("Aluminaid Team
    // Singapore", a sports team; "Air Zimbabwe"): the whole name is an unknown actor, not the country; a
    // direction before it names part of the country ("Northern Syria")
    ms.removeIf(m -> {
      int p = m.first() - 1;
      if (m.kind() != Actor.Kind.COUNTRY || p <= body || !t.isWord(p) || !t.capitalized(p)
          || COMMON_CAPS.contains(t.lower(p)) || Relevance.acronym(t.word(p)) || t.lower(p - 1).equals("\"")
          || lexicon.cue("region", t.lower(p))) {
        return false;
      }
      for (Mention o : ms) {
        if (o.first() <= p && p < o.last()) {
          return false;
        }
      }
      return true;
    });
    boolean[] taken = new boolean[t.size()];
    for (Mention m : ms) {
      for (int i = m.first(); i < m.last(); i++) {
        taken[i] = true;
      }
    }
    List<Mention> add = new ArrayList<>();
    // a sentence's first word is capitalised anyway; an acronym there is a name ("UNITA said")
    int i = body < t.size() && t.isWord(body) && Relevance.acronym(t.word(body)) && !taken[body] ? body : body + 1;
    while (i < t.size()) {
      if (!taken[i] && t.isWord(i) && t.capitalized(i) && !Character.isDigit(t.word(i).charAt(0))
          && !COMMON_CAPS.contains(t.lower(i)) && !(i > 0 && t.lower(i - 1).equals("\""))) {
        int e = i;
        while (e < t.size() && !taken[e] && t.isWord(e) && (t.capitalized(e) || t.lower(e).equals("of")
            && e + 1 < t.size() && t.capitalized(e + 1))) {
          e++;
        }
        add.add(new Mention(i, e, t.start(i), t.end(e - 1), t.text().substring(t.start(i), t.end(e - 1)), null,
            null, Actor.Kind.ORG));
        i = e;
      } else {
        i++;
      }
    }
    if (!add.isEmpty()) {
      ms.addAll(add);
      ms.sort((a, b) -> Integer.compare(a.first(), b.first()));
    }
  }

  private static final java.util.Set<String> COMMON_CAPS = WordClasses.get("common-capitalised");

  private Match match(Patterns.Pattern p, Tokens t, String[] lemma, int first) {
    Patterns.Element[] els = p.elements();
    int[] target = {-1};
    int end = matchFrom(els, 0, t, lemma, first, target);
    if (end < 0) {
      return null;
    }
    return new Match(p, first, end, target[0]);
  }

  /** Matches elements[e..] from token i; returns the end token or -1. */
  private int matchFrom(Patterns.Element[] els, int e, Tokens t, String[] lemma, int i, int[] target) {
    if (e == els.length) {
      return i;
    }
    Patterns.Element el = els[e];
    switch (el.type()) {
      case Patterns.Element.TARGET -> {
        target[0] = i;
        return matchFrom(els, e + 1, t, lemma, i, target);
      }
      case Patterns.Element.GAP -> {
        for (int g = 0; g <= el.gap() && i + g <= t.size(); g++) {
          if (g > 0 && clauseBreak(t.lower(i + g - 1))) {
            return -1;
          }
          int r = matchFrom(els, e + 1, t, lemma, i + g, target);
          if (r >= 0) {
            return r;
          }
        }
        return -1;
      }
      default -> {
        if (i >= t.size()) {
          return -1;
        }
        boolean ok = false;
        for (String w : el.lemmas()) {
          if (el.type() == Patterns.Element.EXACT ? t.lower(i).equals(w) : lemma[i].equals(w)
              || t.lower(i).equals(w)) {
            ok = true;
            break;
          }
        }
        return ok ? matchFrom(els, e + 1, t, lemma, i + 1, target) : -1;
      }
    }
  }

  private boolean clauseBreak(String lower) {
    return lower.equals(",") || lower.equals(";") || lower.equals(".") || lower.equals(":");
  }

  /** Whether the predicate at token h is reported as done, negated, hypothetical, intended or refused. */
  Status status(Tokens t, String[] lemma, int h, Patterns.Pattern p) {
    int lo = Math.max(0, h - 8);
    boolean sawTo = false;
    Status st = Status.DONE;
    boolean reportBefore = false;
    for (int i = 0; i < h; i++) {
      if (lexicon.cue("report", t.lower(i))) {
        reportBefore = true;
      }
    }
    for (int i = h - 1; i >= lo; i--) {
      String w = t.lower(i);
      if (lexicon.cue("clause", w)) {
        // "if" may open the clause: look one token further for a condition
        break;
      }
      if (h - i <= NEGATION_WINDOW && lexicon.cue("negation", w)) {
        // "not only" is no negation
        if (!(w.equals("not") && i + 1 < t.size() && t.lower(i + 1).equals("only"))) {
          // "will not lift the ban", "won't release": a refusal, which CAMEO codes (12x); else no event
          if (w.equals("won't") || w.equals("wouldn't") || i > 0 && (t.lower(i - 1).equals("will")
              || t.lower(i - 1).equals("would")) && w.equals("not")) {
            return Status.REFUSED;
          }
          return Status.NEGATED;
        }
      }
      if (lexicon.cue("condition", w)) {
        return Status.HYPOTHETICAL;
      }
      if (lexicon.cue("modal", w) && !(i > 0 && t.capitalized(i))) {
        if ((w.equals("must") || w.equals("should")) && reportBefore && st == Status.DONE) {
          return Status.DEMANDED;
        }
        if (w.equals("would") && reportBefore) {
          st = Status.INTENDED;
          continue;
        }
        if (st == Status.DONE || st == Status.INTENDED) {
          return Status.HYPOTHETICAL;
        }
      }
      if (w.equals("to")) {
        sawTo = true;
        continue;
      }
      if (sawTo && lexicon.cue("refuse", w) && st == Status.DONE) {
        st = Status.REFUSED;
        continue;
      }
      if (sawTo && lexicon.cue("intent", w) && st == Status.DONE) {
        st = Status.INTENDED;
        continue;
      }
      if (lexicon.cue("future", w) && st == Status.DONE) {
        st = Status.INTENDED;
      }
    }
    // a condition anywhere earlier in the sentence's clause chain ("if Washington imposes ...")
    for (int i = lo - 1; i >= Math.max(0, h - 14); i--) {
      String w = t.lower(i);
      if (w.equals(";") || w.equals(".")) {
        break;
      }
      if (lexicon.cue("condition", w) && !(i > 0 && t.lower(i - 1).equals("as"))) {
        return Status.HYPOTHETICAL;
      }
    }
    // "no" right before a noun predicate ("no plans to", "no talks")
    if (p.noun() && h > 0 && (t.lower(h - 1).equals("no") || h > 1 && t.lower(h - 2).equals("no"))) {
      return Status.NEGATED;
    }
    return st;
  }

  /** The intention (which 0) or refusal (which 1) code for a code, from shifts.tsv; roots not listed stay. */
  String shift(String code, int which) {
    for (int len = code.length(); len >= 2; len--) {
      String[] s = shifts.get(code.substring(0, len));
      if (s != null) {
        return s[which] != null || which != 2 ? s[which] : "100";
      }
    }
    return which == 0 ? code : which == 2 ? "100" : null;
  }

  /** The source and target pairs of a match (several for compound actors). */
  List<Mention[]> actors(Tokens t, String[] lemma, List<Mention> ms, Match m) {
    Patterns.Pattern p = m.pattern();
    int h = m.first();
    List<Mention> sources = new ArrayList<>();
    Mention target = null;
    boolean passive = !p.noun() && passive(t, h);
    if (p.noun()) {
      // "the Trump-Putin call", "US-Russia talks"
      Mention a = mentionEndingAt(ms, h, t);
      if (a != null) {
        int before = a.first() - 1;
        if (before >= 0 && (t.lower(before).equals("-") || t.lower(before).equals("–")
            || t.lower(before).equals("/"))) {
          Mention b = mentionEndingAt(ms, before, t);
          if (b != null) {
            sources.add(b);
            target = a;
          }
        }
        if (sources.isEmpty() && a.last() < t.size() && t.lower(a.last()).equals("'s")) {
          sources.add(a); // "Dmitriyev's visit"
        }
        if (sources.isEmpty() && target == null && a.last() >= h - 1) {
          sources.add(a); // "Russian strikes"
        }
      }
      // "sanctions against Russia", "a call with Putin", "visit to the US"
      if (target == null) {
        int k = m.last();
        Patterns.Element lastEl = p.elements()[p.elements().length - 1];
        boolean endsWithPrep = lastEl.lemmas() != null && NOUN_PREPS.contains(lastEl.lemmas()[0]);
        if (m.target() >= 0) {
          target = firstMentionFrom(ms, m.target(), m.target() + 5);
        } else if (endsWithPrep) {
          target = firstMentionFrom(ms, k, k + 4);
        } else if (k < t.size() && NOUN_PREPS.contains(t.lower(k))) {
          target = firstMentionFrom(ms, k + 1, k + 4);
        }
      }
    }
    if (p.noun()) {
      // "the visit by Kirill Dmitriyev, the envoy, to the US"
      if (sources.isEmpty() && m.last() < t.size() && t.lower(m.last()).equals("by")) {
        Mention by = firstMentionFrom(ms, m.last() + 1, m.last() + 4);
        if (by != null) {
          sources.add(by);
          if (target == null) {
            for (int k = by.last(); k < Math.min(t.size() - 1, by.last() + 20); k++) {
              if (NOUN_PREPS.contains(t.lower(k)) && !t.lower(k).equals("of")) {
                target = firstMentionFrom(ms, k + 1, k + 4);
                if (target != null) {
                  break;
                }
              }
            }
          }
        }
      }
      // "talks between X and Y"
      if (sources.isEmpty() || target == null) {
        int k = m.last();
        if (k < t.size() && t.lower(k).equals("between")) {
          Mention x = firstMentionFrom(ms, k + 1, k + 4);
          if (x != null && x.last() < t.size() && t.lower(x.last()).equals("and")) {
            Mention y = firstMentionFrom(ms, x.last() + 1, x.last() + 3);
            if (y != null) {
              sources.clear();
              sources.add(x);
              target = y;
            }
          }
        }
      }
    }
    if (p.noun()) {
      // "their attacks on ...": the possessive points back to the subject
      if (sources.isEmpty() && h > 0 && POSSESSIVES.contains(t.lower(h - 1))) {
        Mention s = subject(t, ms, h - 1);
        if (s != null) {
          sources.add(s);
        }
      }
      boolean anyCoded = target != null && target.code() != null;
      for (Mention s : sources) {
        anyCoded |= s.code() != null;
      }
      if (!anyCoded) {
        return List.of(); // a noun alone is weak evidence: it needs an actor the registry knows
      }
      List<Mention[]> out = new ArrayList<>();
      if (sources.isEmpty()) {
        out.add(new Mention[] {null, target});
      }
      for (Mention s : sources) {
        out.add(new Mention[] {s, target == s ? null : target});
      }
      return out;
    }
    if (sources.isEmpty() && !passive && h > 1 && t.lower(h).endsWith("ing") && t.lower(h - 1).equals(",")) {
      // "Peskov confirmed …, declaring that …": a participle after a comma shares the main clause's subject
      for (Mention x : ms) {
        if (x.last() <= h) {
          sources.add(x);
        }
        break;
      }
    }
    if (sources.isEmpty() && !passive) {
      Mention s = subject(t, ms, h);
      if (s != null) {
        sources.add(s);
        // "Russia and the US agreed": the other conjunct acts too
        Mention other = conjunct(t, ms, s);
        if (other != null) {
          // reciprocal: "Russia and the US agreed", "Trump and Putin spoke": each acts on the other
          List<Mention[]> out = new ArrayList<>();
          out.add(new Mention[] {other, s});
          out.add(new Mention[] {s, other});
          return out;
        }
      } else if (p.say()) {
        Mention after = firstMentionFrom(ms, m.last(), m.last() + 2);
        if (after != null) {
          sources.add(after);
        }
      }
    }
    if (passive) {
      Mention subj = subject(t, ms, h);
      for (int k = m.last(); k < Math.min(t.size() - 1, m.last() + 8); k++) {
        if (t.lower(k).equals("by")) {
          if (lexicon.cue("vague", t.lower(k + 1))) {
            return List.of(); // "was dismissed by many as ...": an opinion of unnamed people, not an actor's act
          }
          Mention by = firstMentionFrom(ms, k + 1, k + 4);
          if (by != null) {
            sources.add(by);
          }
          break;
        }
      }
      if (target == null) {
        target = m.target() >= 0 ? firstMentionFrom(ms, m.target(), m.target() + 5) : subj;
        if (target == null) {
          target = subj;
        }
      }
    }
    if (target == null && !p.noTarget()) {
      // "imposed new anti-Russian sanctions": an actor inside the matched phrase is acted upon
      for (Mention x : ms) {
        if (x.first() > h && x.last() <= m.last() && !sources.contains(x)) {
          target = x;
          break;
        }
      }
    }
    if (target == null && !p.noTarget()) {
      int from = m.target() >= 0 ? m.target() : m.last();
      int to = m.target() >= 0 ? from + 6 : from + 10;
      if (m.target() < 0) {
        to = Math.min(to, newClause(t, from, to));
        if (p.code().startsWith("04")) {
          to = Math.min(to, placeEnd(t, ms, from, to));
        }
      }
      Mention x = firstMentionFrom(ms, from, to);
      if (p.say() && !sources.isEmpty()) {
        // what a statement is about: the first actor after the verb that is not on the speaker's side
        String own = sources.get(0).country();
        Mention other = null;
        for (Mention y : ms) {
          if (y.first() >= from && y.country() != null && !y.country().equals(own)) {
            other = y;
            break;
          }
        }
        if (other != null) {
          x = other;
        }
      }
      if (x != null && !(passive && sources.contains(x))) {
        // do not take the agent of "by" or a speaker of a later "said" as target
        if (!(x.first() > 0 && t.lower(x.first() - 1).equals("by") && passive)) {
          target = x;
        }
      }
    }
    List<Mention[]> out = new ArrayList<>();
    if (sources.isEmpty()) {
      if (target != null) {
        out.add(new Mention[] {null, target});
      }
      return out;
    }
    if (target == null && sources.size() == 2) {
      out.add(new Mention[] {sources.get(0), sources.get(1)});
      out.add(new Mention[] {sources.get(1), sources.get(0)});
      return out;
    }
    for (Mention s : sources) {
      out.add(new Mention[] {s, target == s ? null : target});
    }
    return out;
  }

  /**
   * Where the search for a target after "at" + a place or occasion that is no actor stops: at the next
   * preposition or comma ("arrives at a closed-door hearing before the House Judiciary Committee": the committee
   * is not visited). Returns to when the object of "at" is an actor or no "at" follows.
   */
  private static int placeEnd(Tokens t, List<Mention> ms, int from, int to) {
    if (from >= t.size() || !t.lower(from).equals("at")) {
      return to;
    }
    for (int k = from + 1; k < Math.min(to, t.size()); k++) {
      for (Mention x : ms) {
        if (x.first() == k) {
          return to;
        }
      }
      if (PP_HEADS.contains(t.lower(k)) || t.lower(k).equals(",")) {
        return k;
      }
    }
    return to;
  }

  private static final java.util.Set<String> PP_HEADS = WordClasses.get("place-preposition");

  /**
   * The first token in [from, to) where a coordinated clause with its own subject begins ("... convenes in
   * January and a Republican takeover is complete"): "and", "but" or "or", a determiner, and a verb (an
   * auxiliary or a past form) within a few words; else to. "captured the base and a police checkpoint" joins
   * two objects and goes on.
   */
  private int newClause(Tokens t, int from, int to) {
    for (int k = from; k + 1 < Math.min(to, t.size()); k++) {
      String w = t.lower(k);
      if ((w.equals("and") || w.equals("but") || w.equals("or")) && lexicon.cue("clause-subject", t.lower(k + 1))) {
        for (int v = k + 2; v < Math.min(t.size(), k + 8); v++) {
          String x = t.lower(v);
          if (!t.isWord(v) || x.equals("and") || x.equals("or")) {
            break;
          }
          if (lexicon.cue("be", x) || lexicon.cue("future", x) || lexicon.cue("modal", x) || AUXILIARIES.contains(x)
              || x.length() > 4 && x.endsWith("ed")) {
            return k;
          }
        }
      }
    }
    return to;
  }

  /** "Russia said Sudan must return the helicopter": the speaker demands, of the actor before "must". */
  private List<Mention[]> demandPairs(Tokens t, List<Mention> ms, int h) {
    int r = -1;
    for (int i = h - 1; i >= 0; i--) {
      if (lexicon.cue("report", t.lower(i))) {
        r = i;
        break;
      }
    }
    if (r < 0) {
      return List.of();
    }
    Mention speaker = subject(t, ms, r);
    if (speaker == null) {
      speaker = firstMentionFrom(ms, r + 1, r + 3);
    }
    Mention of = subject(t, ms, h);
    if (of != null && (of.first() <= r || of == speaker)) {
      of = null;
    }
    if (speaker == null && of == null) {
      return List.of();
    }
    List<Mention[]> out = new ArrayList<>();
    out.add(new Mention[] {speaker, of});
    return out;
  }

  private boolean passive(Tokens t, int h) {
    if (!lexicon.participle(t.lower(h))) {
      return false;
    }
    for (int i = h - 1; i >= Math.max(0, h - 3); i--) {
      String w = t.lower(i);
      if (lexicon.cue("be", w)) {
        return !(w.equals("'s") && i > 0 && !t.isWord(i - 1));
      }
      if (!(w.endsWith("ly") || w.equals("also") || w.equals("not") || w.equals("being") || w.equals("reportedly")
          || w.equals("newly"))) {
        return false;
      }
    }
    return false;
  }

  /** The actor that acts for the predicate at h: the nearest actor before it, within the sentence. */
  private static Mention subject(Tokens t, List<Mention> ms, int h) {
    // "Watson, who served as a spokesperson for the NSC, indicated": skip a relative clause or an apposition
    // set off by commas right before the verb
    int k = h - 1;
    while (k > 0 && (t.lower(k).endsWith("ly") || t.lower(k).equals("also") || t.lower(k).equals("then"))) {
      k--;
    }
    if (k > 0 && t.lower(k).equals(",")) {
      for (int c = k - 1; c > 0 && c > k - 30; c--) {
        if (t.lower(c).equals(",")) {
          if (SET_OFF.contains(t.lower(c + 1)) && c + 1 < k) {
            Mention before = null;
            for (Mention m : ms) {
              if (m.last() <= c && c - m.last() <= 1) {
                before = m;
              }
            }
            if (before != null) {
              return before;
            }
          }
          break;
        }
      }
    }
    Mention best = null;
    for (Mention m : ms) {
      if (m.last() <= h) {
        best = m;
      } else {
        break;
      }
    }
    if (best == null) {
      return null;
    }
    if (freshClause(t, best.last(), k)) {
      return null; // "In the United Kingdom, novel coronavirus has killed": the subject is no actor
    }
    // skip an actor inside a prepositional phrase right before the verb ("officials in Kyiv said"): prefer the
    // actor before the preposition when the phrase is short
    if (best.first() > 0) {
      String prev = t.lower(best.first() - 1);
      int v = h;
      while (v > best.last() && AUXILIARIES.contains(t.lower(v - 1))) {
        v--; // "a court in Venezuela has banned"
      }
      if ((prev.equals("in") || prev.equals("of") || prev.equals("from")) && best.last() == v) {
        Mention before = null;
        for (Mention m : ms) {
          if (m.last() <= best.first() - 1 && best.first() - 1 - m.last() <= 1) {
            before = m;
          }
        }
        if (before != null) {
          return before;
        }
      }
    }
    return best;
  }

  /**
   * True when a comma between an actor and the verb (at v, adverbs skipped) opens a new clause whose subject is
   * not an actor: words follow the last comma before the verb. An apposition closed right before the verb
   * ("Russia, which ..., said") is handled before.
   */
  private static boolean freshClause(Tokens t, int from, int v) {
    int comma = -1;
    for (int i = from; i <= v && i < t.size(); i++) {
      if (t.lower(i).equals(",")) {
        comma = i;
      }
    }
    if (comma < 0) {
      return false;
    }
    int words = 0;
    for (int i = comma + 1; i <= v; i++) {
      String w = t.lower(i);
      if (PRONOUNS.contains(w) || QUOTES.contains(w)) {
        return false; // "they are boycotting": the pronoun points back to the actor; a quote ends there
      }
      if (!AUXILIARIES.contains(w) && !w.endsWith("ly")) {
        words++;
      }
    }
    return words > 0;
  }

  private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "\u201c", "\u201d", "'", "\u2018",
      "\u2019", "(", ")");
  private static final java.util.Set<String> PRONOUNS = WordClasses.get("pronoun");

  private static final java.util.Set<String> SET_OFF = WordClasses.get("set-off");
  private static final java.util.Set<String> AUXILIARIES = WordClasses.get("auxiliary");
  private static final java.util.Set<String> POSSESSIVES = WordClasses.get("possessive");
  private static final java.util.Set<String> NOUN_PREPS = WordClasses.get("noun-preposition");

  private static Mention conjunct(Tokens t, List<Mention> ms, Mention s) {
    int i = s.first() - 1;
    if (i >= 1 && t.lower(i).equals("the")) {
      i--;
    }
    if (i < 1 || !(t.lower(i).equals("and") || t.lower(i).equals("&"))) {
      return null;
    }
    for (Mention m : ms) {
      if (m.last() == i || m.last() == i - 1 && t.lower(i - 1).equals("'s")) {
        return m;
      }
    }
    return null;
  }

  private static Mention mentionEndingAt(List<Mention> ms, int i, Tokens t) {
    for (Mention m : ms) {
      if (m.last() == i || m.last() == i - 1 && t.lower(i - 1).equals("'s")) {
        return m;
      }
    }
    return null;
  }

  private static Mention firstMentionFrom(List<Mention> ms, int from, int to) {
    for (Mention m : ms) {
      if (m.first() >= from && m.first() < to) {
        return m;
      }
    }
    return null;
  }

  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};

  /** The event's date: the article's, unless the sentence names a day ("on Tuesday", "on March 5"). */
  static String eventDate(Tokens t, LocalDate date) {
    if (date == null) {
      return null;
    }
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!t.lower(i).equals("on")) {
        continue;
      }
      String w = t.lower(i + 1);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (w.equals(d.name().toLowerCase(Locale.ROOT))) {
          return date.with(TemporalAdjusters.previousOrSame(d)).toString();
        }
      }
      for (int mo = 0; mo < 12; mo++) {
        if (w.equals(MONTHS[mo]) || w.length() >= 3 && MONTHS[mo].startsWith(w) && t.word(i + 1).length() <= 4
            && Character.isUpperCase(t.word(i + 1).charAt(0))) {
          if (i + 2 < t.size() && t.lower(i + 2).matches("\\d{1,2}")) {
            int day = Integer.parseInt(t.lower(i + 2));
            int year = date.getYear();
            if (i + 4 < t.size() && t.lower(i + 3).equals(",") && t.lower(i + 4).matches("(19|20)\\d\\d")) {
              year = Integer.parseInt(t.lower(i + 4));
            }
            try {
              LocalDate d = LocalDate.of(year, mo + 1, day);
              if (d.isAfter(date) && year == date.getYear()) {
                d = d.minusYears(1);
              }
              return d.toString();
            } catch (java.time.DateTimeException e) {
              return date.toString();
            }
          }
        }
      }
    }
    return date.toString();
  }

  static LocalDate parseDate(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
