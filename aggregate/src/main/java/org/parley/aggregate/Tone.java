package org.parley.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Document;
import org.parley.model.Quote;
import org.parley.pipeline.Stage;

/**
 * Tone from Parley's own lexicon ({@code tone.tsv}): 100 × the sum of the weights of the lexicon words in a text
 * divided by its number of words, a negation in the three words before a match turning its sign. Below 0 is
 * negative; news about conflict typically scores between -10 and 0, about diplomacy between 0 and +10. Each
 * quote gets the tone of its words.
 */
public final class Tone implements Stage {
  private static final long serialVersionUID = 1L;
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "nor", "t");
  private static final Lexicon LEXICON = Lexicon.load();
  private static final java.util.regex.Pattern HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

  @Override
  public String name() {
    return "tone";
  }

  @Override
  public Document apply(Document document) {
    List<Quote> quotes = new ArrayList<>(document.quotes().size());
    for (Quote q : document.quotes()) {
      quotes.add(q.withTone(of(q.text())));
    }
    return document.toBuilder().tone(of(document.text())).quotes(quotes).build();
  }

  /** The tone of {@code text}, or null when it has no words. */
  public static Double of(String text) {
    if (text == null) {
      return null;
    }
    List<String> words = Text.words(HYPHEN.matcher(text).replaceAll(""));
    if (words.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (int i = 0; i < words.size(); i++) {
      double w = LEXICON.weight(words.get(i));
      if (w != 0) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
          if (NEGATIONS.contains(words.get(j))) {
            w = -w;
            break;
          }
        }
        sum += w;
      }
    }
    return Math.round(100.0 * sum / words.size() * 1000.0) / 1000.0;
  }

  /**
   * The tone of {@code text} toward the mention at [{@code start}, {@code end}): the lexicon weights (negations
   * applied) of the words at most {@code window} words before or after the mention, summed; above 0 positive.
   * A crude, target-dependent reading: the words near a name say most about it.
   */
  public static double toward(String text, int start, int end, int window) {
    String before = HYPHEN.matcher(text.substring(0, Math.max(0, Math.min(start, text.length())))).replaceAll("");
    String after = HYPHEN.matcher(text.substring(Math.min(text.length(), Math.max(end, 0)))).replaceAll("");
    List<String> left = Text.words(before);
    List<String> right = Text.words(after);
    List<String> words = new ArrayList<>(left.subList(Math.max(0, left.size() - window), left.size()));
    int from = words.size();
    words.addAll(right.subList(0, Math.min(window, right.size())));
    double sum = 0;
    for (int i = 0; i < words.size(); i++) {
      double w = LEXICON.weight(words.get(i));
      if (w != 0) {
        for (int j = Math.max(i < from ? 0 : from, i - 3); j < i; j++) {
          if (NEGATIONS.contains(words.get(j))) {
            w = -w;
            break;
          }
        }
        sum += w;
      }
    }
    return sum;
  }

  /** Exact words and stems (prefixes) with their weights. */
  private record Lexicon(Map<String, Double> exact, Map<String, Double> prefixes, int longestPrefix) {
    static Lexicon load() {
      Map<String, Double> exact = new HashMap<>();
      Map<String, Double> prefixes = new HashMap<>();
      int longest = 0;
      for (String line : WordList.lines("tone.tsv")) {
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException("tone.tsv: bad line: " + line);
        }
        double w = Double.parseDouble(f[1].strip());
        String word = f[0].strip();
        if (word.endsWith("*")) {
          String p = word.substring(0, word.length() - 1).replace("-", "");
          prefixes.put(p, w);
          longest = Math.max(longest, p.length());
        } else {
          exact.put(word.replace("-", ""), w);
        }
      }
      return new Lexicon(Map.copyOf(exact), Map.copyOf(prefixes), longest);
    }

    double weight(String word) {
      Double w = exact.get(word);
      if (w != null) {
        return w;
      }
      for (int k = Math.min(word.length(), longestPrefix); k >= 3; k--) {
        Double p = prefixes.get(word.substring(0, k));
        if (p != null) {
          return p;
        }
      }
      return 0;
    }
  }

}
