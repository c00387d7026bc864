package org.parley.annotate;

import java.util.Arrays;

/**
 * The words and punctuation of a piece of text, with their offsets: a light, fast tokenizer for English news
 * that keeps abbreviations ("U.S.", "Sept."), hyphenated names ("Kim Jong-un", "al-Qaeda") and contractions
 * ("won't") whole, and splits a possessive "'s" off its word. Immutable once built.
 */
public final class Tokens {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] lower;
  private final int size;

  private Tokens(String text, int[] starts, int[] ends, int size) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
    this.lower = new String[size];
    for (int i = 0; i < size; i++) {
      lower[i] = text.substring(starts[i], ends[i]).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }
  }

  /** Splits {@code text} (or the part from {@code from} to {@code to}) into tokens. */
  public static Tokens of(String text) {
    return of(text, 0, text.length());
  }

  public static Tokens of(String text, int from, int to) {
    int[] st = new int[16];
    int[] en = new int[16];
    int n = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int s = i;
      int e;
      if (Character.isLetterOrDigit(c)) {
        e = wordEnd(text, i, to);
      } else {
        e = i + 1;
        // runs of the same dash or dot are one token
        while (e < to && text.charAt(e) == c && (c == '-' || c == '.')) {
          e++;
        }
      }
      // split a possessive 's (or a bare ') off the word
      if (e - s > 2 && Character.isLetterOrDigit(c)) {
        char a = text.charAt(e - 2);
        char b = text.charAt(e - 1);
        if ((a == '\'' || a == '\u2019') && (b == 's' || b == 'S')) {
          if (n + 2 > st.length) {
            st = Arrays.copyOf(st, st.length * 2);
            en = Arrays.copyOf(en, en.length * 2);
          }
          st[n] = s;
          en[n] = e - 2;
          n++;
          s = e - 2;
        }
      }
      if (n + 1 > st.length) {
        st = Arrays.copyOf(st, st.length * 2);
        en = Arrays.copyOf(en, en.length * 2);
      }
      st[n] = s;
      en[n] = e;
      n++;
      i = e;
    }
    return new Tokens(text, st, en, n);
  }

  private static int wordEnd(String t, int i, int to) {
    int e = i;
    while (e < to) {
      char c = t.charAt(e);
      if (Character.isLetterOrDigit(c)) {
        e++;
      } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == ',' || c == '&')
          && e + 1 < to && Character.isLetterOrDigit(t.charAt(e + 1)) && e > i) {
        if (c == ',' && !(Character.isDigit(t.charAt(e - 1)) && Character.isDigit(t.charAt(e + 1)))) {
          break;
        }
        if (c == '.' && !(Character.isDigit(t.charAt(e - 1)) || isInitials(t, i, e))) {
          break;
        }
        if (c == '&' && !Character.isUpperCase(t.charAt(e - 1))) {
          break;
        }
        // "Trump-Putin", "US-Russia", "anti-Russian", "Vietnamese-led": a hyphen next to a capitalised word separates
        if (c == '-' && (Character.isUpperCase(t.charAt(e + 1)) || Character.isUpperCase(t.charAt(i))
            && Character.isLowerCase(t.charAt(e - 1)))) {
          break;
        }
        e++;
      } else if (c == '.' && isInitials(t, i, e)) {
        // U.S. or U.N. with its final dot
        return e + 1;
      } else {
        break;
      }
    }
    return e;
  }

  /** True when t[i, e) looks like "U" or "U.S" (single capitals between dots). */
  private static boolean isInitials(String t, int i, int e) {
    for (int k = i; k < e; k++) {
      char c = t.charAt(k);
      boolean letterSlot = (k - i) % 2 == 0;
      if (letterSlot ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return e - i >= 1 && e - i <= 5 && (e - i == 1 ? t.length() > e + 1 && Character.isUpperCase(t.charAt(e + 1)) || e - i > 1 : true);
  }

  public int size() {
    return size;
  }

  public String text() {
    return text;
  }

  /** The token as written. */
  public String word(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** The token in lower case, with typographic apostrophes folded. */
  public String lower(int i) {
    return lower[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public boolean capitalized(int i) {
    return Character.isUpperCase(text.charAt(starts[i]));
  }

  public boolean isWord(int i) {
    return Character.isLetterOrDigit(text.charAt(starts[i]));
  }
}
