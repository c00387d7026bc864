package org.parley.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into sentences: at . ! ? (and paragraph breaks), not after common abbreviations or initials. */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = WordClasses.get("abbreviation");

  private Sentences() {
  }

  /** The sentences of {@code text} as [start, end) pairs, trimmed of surrounding white space. */
  public static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean cut = false;
      int end = i + 1;
      if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
        cut = true;
        end = i;
      } else if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && (".!?\"'”’)".indexOf(text.charAt(j)) >= 0)) {
          j++;
        }
        if (j >= n) {
          cut = true;
          end = j;
        } else if (Character.isWhitespace(text.charAt(j))) {
          int k = j;
          while (k < n && Character.isWhitespace(text.charAt(k))) {
            k++;
          }
          boolean nextUpper = k < n && (Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))
              || "\"“‘'(".indexOf(text.charAt(k)) >= 0);
          if (nextUpper && !(c == '.' && abbreviation(text, i))) {
            cut = true;
            end = j;
          }
        }
      }
      if (cut) {
        add(out, text, start, end);
        start = end;
      }
      i = Math.max(i + 1, cut ? end : i + 1);
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String w = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
    if (w.length() == 1 && Character.isUpperCase(text.charAt(s))) {
      return true; // an initial: "George W. Bush"
    }
    return ABBREVIATIONS.contains(w);
  }

  private static void add(List<int[]> out, String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }
}
