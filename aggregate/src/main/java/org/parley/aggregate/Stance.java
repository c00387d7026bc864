package org.parley.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Document;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.pipeline.Stage;

/**
 * Stance on the axis of dialogue versus pressure, where a text takes it explicitly: a cue of advocacy or rejection
 * ({@code stance.tsv}) at most six words before a term of dialogue or of pressure, in the same sentence. "Urged a
 * return to talks" and "rejected new sanctions" lean to dialogue; "called for tougher sanctions" and "dismissed the
 * talks as futile" to pressure; a negation between cue and term turns it ("should not impose sanctions"). A
 * report of what happened ("the talks resumed", "sanctions were imposed") takes no stance.
 *
 * <p>Each quote gets the stance of its words and the document the balance of all its sentences:
 * {@code dialogue} or {@code pressure} when one side has at least twice the other's sentences, {@code mixed}
 * otherwise, null when no sentence takes a stance.
 */
public final class Stance implements Stage {
  private static final long serialVersionUID = 1L;
  public static final String DIALOGUE = "dialogue";
  public static final String PRESSURE = "pressure";
  public static final String MIXED = "mixed";
  /** How many words before a term a cue may stand. */
  static final int WINDOW = 6;
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "t", "nor", "without");
  private static final Lexicon LEXICON = Lexicon.load();

  @Override
  public String name() {
    return "stance";
  }

  @Override
  public Document apply(Document document) {
    List<Quote> quotes = new ArrayList<>(document.quotes().size());
    for (Quote q : document.quotes()) {
      quotes.add(q.withStance(of(q.text())));
    }
    return document.toBuilder().stance(of(document.text())).quotes(quotes).build();
  }

  /** The stance of {@code text}: dialogue, pressure, mixed, or null when it takes none explicitly. */
  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int dialogue = 0;
    int pressure = 0;
    for (Span s : Text.sentences(text)) {
      int v = sentence(text.substring(s.start(), s.end()));
      if (v > 0) {
        dialogue++;
      } else if (v < 0) {
        pressure++;
      }
    }
    if (dialogue + pressure == 0) {
      return null;
    }
    return dialogue >= 2 * pressure ? DIALOGUE : pressure >= 2 * dialogue ? PRESSURE : MIXED;
  }

  /** Above 0 when the sentence leans to dialogue, below 0 to pressure, 0 when it takes no stance. */
  static int sentence(String sentence) {
    List<String> words = Text.words(sentence);
    int sum = 0;
    int i = 0;
    while (i < words.size()) {
      Match term = LEXICON.longest(words, i, true);
      if (term == null) {
        i++;
        continue;
      }
      int cueSign = 0;
      boolean negated = false;
      for (int c = i - 1; c >= Math.max(0, i - WINDOW); c--) {
        Match cue = LEXICON.longest(words, c, false);
        if (cue != null && c + cue.length() <= i) {
          cueSign = cue.sign();
          // a negation just before the cue counts too ("do not want more sanctions")
          for (int b = Math.max(0, c - 2); b < c; b++) {
            if (NEGATIONS.contains(words.get(b))) {
              negated = !negated;
            }
          }
          break;
        }
        if (NEGATIONS.contains(words.get(c))) {
          negated = !negated;
        }
      }
      if (cueSign != 0) {
        sum += term.sign() * cueSign * (negated ? -1 : 1);
      }
      i += term.length();
    }
    return Integer.signum(sum);
  }

  /** A lexicon entry found in a text: how many words it spans and its sign. */
  private record Match(int length, int sign) {
  }

  /** Entries by their first word: terms (dialogue +1, pressure -1) and cues (advocate +1, oppose -1). */
  private record Lexicon(Map<String, List<Entry>> terms, Map<String, List<Entry>> cues) {
    record Entry(String[] words, boolean prefix, int sign) {
    }

    static Lexicon load() {
      Map<String, List<Entry>> terms = new HashMap<>();
      Map<String, List<Entry>> cues = new HashMap<>();
      for (String line : WordList.lines("stance.tsv")) {
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException("stance.tsv: bad line: " + line);
        }
        String entry = f[1].strip();
        boolean prefix = entry.endsWith("*");
        List<String> words = Text.words(prefix ? entry.substring(0, entry.length() - 1) : entry);
        if (words.isEmpty()) {
          throw new IllegalStateException("stance.tsv: no words: " + line);
        }
        int sign = switch (f[0].strip()) {
          case "dialogue", "advocate" -> 1;
          case "pressure", "oppose" -> -1;
          default -> throw new IllegalStateException("stance.tsv: unknown kind: " + line);
        };
        Map<String, List<Entry>> into = f[0].strip().equals("dialogue") || f[0].strip().equals("pressure")
            ? terms : cues;
        // a prefix entry of one word is filed under its first three letters
        String key = prefix && words.size() == 1 ? words.getFirst().substring(0, Math.min(3,
            words.getFirst().length())) : words.getFirst();
        into.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(words.toArray(String[]::new), prefix,
            sign));
      }
      return new Lexicon(Map.copyOf(terms), Map.copyOf(cues));
    }

    /** The longest term (or cue) starting at word {@code i}, or null. */
    Match longest(List<String> words, int i, boolean term) {
      Map<String, List<Entry>> index = term ? terms : cues;
      Match best = null;
      String w = words.get(i);
      for (String key : w.length() > 3 ? List.of(w, w.substring(0, 3)) : List.of(w)) {
        for (Entry e : index.getOrDefault(key, List.of())) {
          if (matches(e, words, i) && (best == null || e.words().length > best.length())) {
            best = new Match(e.words().length, e.sign());
          }
        }
      }
      return best;
    }

    private static boolean matches(Entry e, List<String> words, int i) {
      String[] ws = e.words();
      if (i + ws.length > words.size()) {
        return false;
      }
      for (int k = 0; k < ws.length; k++) {
        String w = words.get(i + k);
        boolean last = k == ws.length - 1;
        if (last && e.prefix() ? !w.startsWith(ws[k]) : !w.equals(ws[k])) {
          return false;
        }
      }
      return true;
    }
  }
}
