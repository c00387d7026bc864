package org.parley.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.model.DataFile;

/**
 * A two-column word list from a resource (phrase, tab, value), with {@code #} comments: cues, role words. Phrases
 * are lower case; lookups are by the longest phrase that starts at a given word.
 */
final class Lexicon implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> entries;
  private final int longest;

  private Lexicon(Map<String, String> entries) {
    this.entries = Map.copyOf(entries);
    int max = 1;
    for (String k : entries.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    this.longest = max;
  }

  static Lexicon resource(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Map<String, String> map = new HashMap<>();
      for (DataFile.Line line : DataFile.lines(in, name)) {
        String[] cols = line.columns(0);
        if (cols.length != 2) {
          throw new IllegalStateException(line.where() + ": expected PHRASE<TAB>VALUE");
        }
        map.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
      }
      return new Lexicon(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String get(String phrase) {
    return entries.get(phrase.toLowerCase(Locale.ROOT));
  }

  boolean contains(String phrase) {
    return entries.containsKey(phrase.toLowerCase(Locale.ROOT));
  }

  int longest() {
    return longest;
  }
}
