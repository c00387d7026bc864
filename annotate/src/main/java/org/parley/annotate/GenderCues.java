package org.parley.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Entity;

/**
 * Which people of one article "she" and "her", or "he", "his" and "him", can stand for, read from the article itself:
 * a female first name (female-names.txt), a title or a word of the role right before a mention ("Ms. Holm", "Mr.
 * Berg", "spokeswoman Holm"), a word of the entity's role ("congressman"; gender-words.tsv), and the subject pronoun
 * that follows a sentence naming that person alone ("Ragna Holm opened the pier. She said ..."). A female first name
 * decides; titles and roles count three each; pronouns count one each, only when two more point one way, and not
 * when someone else known to be of that gender was named in the two sentences before; a male first name
 * (male-names.txt) shows a man where nothing else shows the person's gender. Per document, no state kept between
 * articles.
 */
final class GenderCues {
  private static final WordLists GW = WordLists.resource("/org/parley/annotate/gender-words.tsv");
  private static final Set<String> FEMALE_HONORIFIC = lower(GW.words("female-honorific"));
  private static final Set<String> MALE_HONORIFIC = lower(GW.words("male-honorific"));
  private static final Set<String> FEMALE_ROLE = lower(GW.words("female-role-word"));
  private static final Set<String> MALE_ROLE = lower(GW.words("male-role-word"));
  /** The word right before a name: a title ("Ms. ", "Mr "), or a role ("spokeswoman ", "spokeswoman, "). */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[.,]?\\s+$");
  /** Only the subject pronouns: "her", "his" and "him" after a sentence naming one man are often another woman's. */
  private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?i)(?<![\\p{L}'\u2019])(she|he)(?![\\p{L}'\u2019])");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int STRONG = 3;
  /** Pronouns alone decide only when two more point one way than the other. */
  private static final int PRONOUNS_NEEDED = 2;

  private GenderCues() {
  }

  private static Set<String> lower(List<String> words) {
    return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }

  /** For each person entity (by index) with a cue: true when female, false when male; absent when unknown. */
  static Map<Integer, Boolean> of(String text, List<Nlp.Sentence> sentences, EntityFinder.Result ents) {
    Map<Integer, Integer> strong = new HashMap<>();
    Set<Integer> femaleName = new HashSet<>();
    Set<Integer> maleName = new HashSet<>();
    List<Entity> entities = ents.entities();
    for (int e = 0; e < entities.size(); e++) {
      Entity en = entities.get(e);
      if (!"PERSON".equals(en.type())) {
        continue;
      }
      String name = en.canonical() != null ? en.canonical() : en.text();
      if (name != null && Annotator.isFemale(name)) {
        femaleName.add(e);
      } else if (name != null && Annotator.isMale(name)) {
        maleName.add(e);
      }
      if (en.role() != null) {
        Matcher w = WORD.matcher(en.role().toLowerCase(Locale.ROOT));
        while (w.find()) {
          strong.merge(e, FEMALE_ROLE.contains(w.group()) ? STRONG : MALE_ROLE.contains(w.group()) ? -STRONG : 0,
              Integer::sum);
        }
      }
    }
    List<NameMention> ms = ents.mentions();
    Map<Integer, Integer> onlyPerson = new HashMap<>();
    Map<Integer, Set<Integer>> inSentence = new HashMap<>();
    Map<Integer, Integer> lastEnd = new HashMap<>();
    Map<Integer, Integer> firstPerson = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      NameMention m = ms.get(i);
      int e = ents.entityOf().get(i);
      if (m.type().equals("PERSON")) {
        firstPerson.merge(m.sentence(), m.start(), Math::min);
      }
      if (!m.type().equals("PERSON") || e < 0) {
        continue;
      }
      Matcher h = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
      if (h.find()) {
        String t = h.group(1).toLowerCase(Locale.ROOT);
        boolean title = !h.group().contains(",");
        if (title && FEMALE_HONORIFIC.contains(t) || FEMALE_ROLE.contains(t)) {
          strong.merge(e, STRONG, Integer::sum);
        } else if (title && MALE_HONORIFIC.contains(t) || MALE_ROLE.contains(t)) {
          strong.merge(e, -STRONG, Integer::sum);
        }
      }
      // A sentence that names one person only: -1 once a second person is named in it.
      onlyPerson.merge(m.sentence(), e, (a, b) -> a.equals(b) ? a : -1);
      lastEnd.merge(m.sentence(), m.end(), Math::max);
      inSentence.computeIfAbsent(m.sentence(), x -> new HashSet<>()).add(e);
    }
    Map<Integer, Boolean> known = decide(strong, Map.of(), femaleName, maleName);
    // Twice: the genders the pronouns show in the first pass keep a pronoun from counting for a man named between
    // a woman and her "she" in the second.
    for (int pass = 0; pass < 2; pass++) {
      Map<Integer, Integer> votes = new HashMap<>();
      for (Map.Entry<Integer, Integer> only : onlyPerson.entrySet()) {
        int k = only.getKey();
        int e = only.getValue();
        if (e < 0 || k < 0 || k >= sentences.size()) {
          continue;
        }
        // The first subject pronoun after the person in the same sentence, else in the next one before any person.
        int from = lastEnd.get(k);
        int to = sentences.get(k).end();
        if (k + 1 < sentences.size()) {
          Integer nextPerson = firstPerson.get(k + 1);
          to = nextPerson != null ? nextPerson : sentences.get(k + 1).end();
        }
        if (from >= to || to > text.length()) {
          continue;
        }
        Matcher p = SUBJECT_PRONOUN.matcher(text).region(from, to);
        if (p.find()) {
          boolean she = p.group(1).equalsIgnoreCase("she");
          if (!otherOfGenderNear(inSentence, k, e, she, known)) {
            votes.merge(e, she ? 1 : -1, Integer::sum);
          }
        }
      }
      known = decide(strong, votes, femaleName, maleName);
    }
    return known;
  }

  private static Map<Integer, Boolean> decide(Map<Integer, Integer> strong, Map<Integer, Integer> votes,
      Set<Integer> femaleName, Set<Integer> maleName) {
    Map<Integer, Boolean> out = new HashMap<>();
    Set<Integer> people = new HashSet<>(strong.keySet());
    people.addAll(votes.keySet());
    for (int e : people) {
      int pronouns = votes.getOrDefault(e, 0);
      int total = strong.getOrDefault(e, 0) + (Math.abs(pronouns) >= PRONOUNS_NEEDED ? pronouns : 0);
      if (total != 0) {
        out.put(e, total > 0);
      }
    }
    // A female first name decides: "Mr." and "he" on such an entity come from a man of the same surname joined to
    // it ("Hillary Clinton" and "Mr. Clinton").
    for (int e : femaleName) {
      out.put(e, true);
    }
    // A male first name shows a man where nothing else shows the person's gender.
    for (int e : maleName) {
      out.putIfAbsent(e, false);
    }
    return out;
  }

  /** Whether someone other than {@code e}, known to be of the pronoun's gender, is named in sentences k-2 to k. */
  private static boolean otherOfGenderNear(Map<Integer, Set<Integer>> inSentence, int k, int e, boolean she,
      Map<Integer, Boolean> known) {
    for (int j = Math.max(0, k - 2); j <= k; j++) {
      for (int other : inSentence.getOrDefault(j, Set.of())) {
        if (other != e && Boolean.valueOf(she).equals(known.get(other))) {
          return true;
        }
      }
    }
    return false;
  }
}
