package org.parley.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          throw new IllegalStateException(RESOURCE + ":" + no + ": expected CLASS<TAB>entries");
        }
        Set<String> s = building.computeIfAbsent(line.substring(0, tab).strip(), k -> new LinkedHashSet<>());
        for (String e : line.substring(tab + 1).split(",")) {
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
