package org.parley.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Span;

/**
 * Sentences and words of an article's text, without an NLP model: a sentence ends at {@code . ? !} (and any
 * closing quotes or brackets) before white space, unless the word before the stop is a known abbreviation or an
 * initial; paragraph breaks always end a sentence. Words are lower-cased letter-or-digit runs.
 */
public final class Text {
  private static final Set<String> ABBREVIATIONS = WordList.set("abbreviations.txt");
  private static final Set<String> STOPWORDS = WordList.set("stopwords.txt");

  private Text() {
  }

  public static boolean isStopword(String word) {
    return STOPWORDS.contains(word);
  }

  /** The sentences of {@code text} as offsets, white space trimmed, in order. */
  public static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    boolean caseless = !hasUpperCase(text);
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && paragraphBreak(text, i)) {
        add(out, text, start, i);
        start = i + 1;
      } else if (c == '.' || c == '?' || c == '!') {
        int j = i + 1;
        while (j < n && (".?!".indexOf(text.charAt(j)) >= 0)) {
          j++;
        }
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j >= n) {
          break;
        }
        if (Character.isWhitespace(text.charAt(j)) && endsSentence(text, i, j, caseless)) {
          add(out, text, start, j);
          start = j;
          i = j;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean paragraphBreak(String text, int i) {
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\u00bb';
  }

  private static boolean endsSentence(String text, int stop, int after, boolean caseless) {
    if (text.charAt(stop) == '.') {
      int w = stop;
      while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
        w--;
      }
      String word = text.substring(w, stop).toLowerCase(Locale.ROOT);
      while (!word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0))) {
        word = word.substring(1);
      }
      if (word.length() == 1 && Character.isLetter(word.charAt(0)) && !caseless) {
        return false; // an initial: "John F. Kennedy"
      }
      if (ABBREVIATIONS.contains(word)) {
        return false;
      }
    }
    int k = after;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k >= text.length()) {
      return true;
    }
    char next = text.charAt(k);
    if (caseless) {
      return true;
    }
    return Character.isUpperCase(next) || Character.isDigit(next) || "\"'\u201c\u2018(\u00ab-\u2014".indexOf(next) >= 0;
  }

  private static boolean hasUpperCase(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        upper++;
        if (upper > 2) {
          return true;
        }
      }
    }
    return false;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  /** The lower-cased words of {@code s}: runs of letters and digits (apostrophes inside a word kept out). */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        int j = i + 1;
        while (j < n && Character.isLetterOrDigit(s.charAt(j))) {
          j++;
        }
        out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The words of {@code s} that carry content: not stop words, longer than one character. */
  public static List<String> terms(String s) {
    List<String> out = new ArrayList<>();
    for (String w : words(s)) {
      if (w.length() > 1 && !STOPWORDS.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** A light suffix folding (plurals, -ing, -ed) so that "talks" and "talk" count as one term. */
  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
