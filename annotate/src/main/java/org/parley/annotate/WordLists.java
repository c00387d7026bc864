package org.parley.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.DataFile;

/**
 * Named closed word lists from a resource (list name, tab, word or phrase; {@code #} comments), in file order, and
 * the regular-expression alternations built from them. Loaded once by the class that uses them.
 */
final class WordLists {
  private final Map<String, List<String>> lists;

  private WordLists(Map<String, List<String>> lists) {
    this.lists = lists;
  }

  static WordLists resource(String name) {
    try (InputStream in = WordLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Map<String, List<String>> map = new LinkedHashMap<>();
      for (DataFile.Line line : DataFile.lines(in, name)) {
        String[] cols = line.columns(0);
        if (cols.length != 2 || cols[1].isBlank()) {
          throw new IllegalStateException(line.where() + ": expected LIST<TAB>WORD");
        }
        map.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).add(cols[1].strip());
      }
      Map<String, List<String>> frozen = new LinkedHashMap<>();
      map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new WordLists(frozen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The words of a list, in file order; a missing list is an error. */
  List<String> words(String list) {
    List<String> w = lists.get(list);
    if (w == null) {
      throw new IllegalStateException("no word list " + list);
    }
    return w;
  }

  /** The words of a list as a set (for exact, case-sensitive lookups). */
  Set<String> set(String list) {
    return Set.copyOf(words(list));
  }

  /** The list as a regex alternation without a group: {@code he|she|they}; characters other than letters, digits
   * and spaces are escaped, a space stands for itself. */
  String alt(String list) {
    return alt(list, " ");
  }

  /** As {@link #alt(String)}, with a space in a phrase standing for {@code \s+}. */
  String altSpaced(String list) {
    return alt(list, "\\s+");
  }

  private String alt(String list, String space) {
    StringBuilder b = new StringBuilder();
    for (String w : words(list)) {
      if (b.length() > 0) {
        b.append('|');
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c == ' ') {
          b.append(space);
        } else if (Character.isLetterOrDigit(c)) {
          b.append(c);
        } else {
          b.append('\\').append(c);
        }
      }
    }
    return b.toString();
  }
}
