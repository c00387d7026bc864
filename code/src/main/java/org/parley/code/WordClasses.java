package org.parley.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.parley.model.DataFile;

/**
 * The closed word classes of the event coder (determiners, place prepositions, abbreviations, ...), read once from
 * the versioned data file {@code lexicon/word-classes.tsv}.
 */
public final class WordClasses {
  static final String RESOURCE = "lexicon/word-classes.tsv";

  private static final class Holder {
    static final Map<String, Set<String>> CLASSES = parse(WordClasses.class.getResourceAsStream(RESOURCE));
  }

  private WordClasses() {
  }

  /** The entries of class {@code name}; an unknown class is a packaging error and throws. */
  public static Set<String> get(String name) {
    Set<String> s = Holder.CLASSES.get(name);
    if (s == null) {
      throw new IllegalStateException(RESOURCE + " has no word class '" + name + "'");
    }
    return s;
  }

  /** Parses the format of {@code word-classes.tsv}: CLASS, a tab, entries separated by commas. */
  static Map<String, Set<String>> parse(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, Set<String>> building = new HashMap<>();
    try (in) {
      for (DataFile.Line line : DataFile.lines(in, RESOURCE)) {
        String[] cols = line.columns(2);
        if (cols.length != 2 || cols[0].isEmpty()) {
          throw new IllegalStateException(line.where() + ": expected CLASS<TAB>entries");
        }
        Set<String> s = building.computeIfAbsent(cols[0].strip(), k -> new LinkedHashSet<>());
        for (String e : cols[1].split(",")) {
          if (!e.isBlank()) {
            s.add(e.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> done = new HashMap<>();
    building.forEach((k, v) -> done.put(k, Set.copyOf(v)));
    return Map.copyOf(done);
  }
}
