package org.parley.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The line-level core of extraction, shared by plain text and HTML: given the page's lines in reading order
 * (paragraphs, headings, list items), it finds the article body, the run of content lines richest in text that
 * boilerplate does not interrupt, and keeps it, dropping boilerplate lines inside it.
 */
final class Lines {
  /** How a line looks. */
  enum Kind { CONTENT, SHORT, JUNK }

  private Lines() {
  }

  static Kind kind(String line, Boilerplate boilerplate) {
    if (boilerplate.classify(line) != null) {
      return Kind.JUNK;
    }
    String s = line.strip();
    int len = s.length();
    boolean ends = !s.isEmpty() && ".!?\"'\u201d\u2019)\u2026:;".indexOf(s.charAt(len - 1)) >= 0;
    if (len >= 150 || (ends && len >= 40 && s.split("\\s+").length >= 7)) {
      return Kind.CONTENT;
    }
    return Kind.SHORT;
  }

  /** A run of lines [from, to) in the page. */
  record Run(int from, int to, int contentChars) {
  }

  /** The index range of the body within {@code kinds}, or null when there is no content line at all. */
  static Run body(List<String> lines, List<Kind> kinds) {
    List<Run> runs = new ArrayList<>();
    int i = 0;
    int n = lines.size();
    while (i < n) {
      if (kinds.get(i) == Kind.JUNK) {
        i++;
        continue;
      }
      int j = i;
      int chars = 0;
      int shortStreak = 0;
      while (j < n && kinds.get(j) != Kind.JUNK) {
        if (kinds.get(j) == Kind.SHORT) {
          shortStreak++;
          if (shortStreak >= 3) {
            break;
          }
        } else {
          shortStreak = 0;
          chars += lines.get(j).length();
        }
        j++;
      }
      if (shortStreak >= 3) {
        j -= shortStreak - 1;
      }
      runs.add(trim(lines, kinds, i, j));
      i = Math.max(j, i + 1);
    }
    Run best = null;
    int bestIndex = -1;
    for (int k = 0; k < runs.size(); k++) {
      Run r = runs.get(k);
      if (r.contentChars() > 0 && (best == null || r.contentChars() > best.contentChars())) {
        best = r;
        bestIndex = k;
      }
    }
    if (best == null) {
      return null;
    }
    // Join neighbouring runs that continue the text across one interruption (an advertisement, a share bar).
    int from = best.from();
    int to = best.to();
    for (int k = bestIndex + 1; k < runs.size(); k++) {
      Run r = runs.get(k);
      if (r.contentChars() < 200 || r.from() - to > 2 || kinds.get(r.from()) != Kind.CONTENT) {
        break;
      }
      to = r.to();
    }
    for (int k = bestIndex - 1; k >= 0; k--) {
      Run r = runs.get(k);
      if (r.contentChars() < 200 || from - r.to() > 2 || kinds.get(r.to() - 1) != Kind.CONTENT
          || kinds.get(from) != Kind.CONTENT) {
        break;
      }
      from = r.from();
    }
    return new Run(from, to, best.contentChars());
  }

  /** Drops short lines at the edges of a run: headlines, datelines and labels are not the body. */
  private static Run trim(List<String> lines, List<Kind> kinds, int from, int to) {
    while (from < to && kinds.get(from) != Kind.CONTENT) {
      from++;
    }
    while (to > from && kinds.get(to - 1) != Kind.CONTENT) {
      to--;
    }
    int chars = 0;
    for (int k = from; k < to; k++) {
      if (kinds.get(k) == Kind.CONTENT) {
        chars += lines.get(k).length();
      }
    }
    return new Run(from, to, chars);
  }
}
