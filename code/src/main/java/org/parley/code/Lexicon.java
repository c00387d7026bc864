package org.parley.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A light lemmatizer built from the other side: for every lemma the patterns use, it makes the inflected forms
 * (regular rules plus {@code lexicon/irregular.tsv}) and maps each form back to its lemma, so lemmatizing a token
 * is one hash look-up. Words no pattern uses are their own lemma. Also holds the cue words of
 * {@code patterns/cues.tsv}. Immutable once built.
 */
final class Lexicon {
  private final Map<String, String> formToLemma = new HashMap<>();
  private final Map<String, List<String>> irregular = new HashMap<>();
  private final Set<String> participles = new HashSet<>();
  private final Map<String, Set<String>> cues = new HashMap<>();

  Lexicon() {
    read("lexicon/irregular.tsv", f -> {
      List<String> forms = new ArrayList<>(List.of(f[1].trim().split(" +")));
      irregular.put(f[0], forms);
      participles.addAll(forms);
    });
    read("patterns/cues.tsv", f -> {
      Set<String> s = cues.computeIfAbsent(f[0], k -> new HashSet<>());
      for (String w : f[1].trim().split(" +")) {
        s.add(w.replace('_', ' '));
      }
    });
  }

  private interface Row {
    void accept(String[] f);
  }

  private static void read(String name, Row row) {
    try (InputStream s = Objects.requireNonNull(Lexicon.class.getResourceAsStream(name), name);
         BufferedReader in = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("prefix\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length >= 2) {
          row.accept(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Registers a lemma, making its forms known. */
  void addLemma(String lemma) {
    List<String> irr = irregular.get(lemma.toLowerCase(Locale.ROOT));
    for (String f : forms(lemma)) {
      String old = formToLemma.get(f);
      // an irregular form belongs to its verb even when a pattern took the form as a word of its own first
      // ("take * shot at" before "shoot"): the token is tried under both, its lemma and its own form
      if (old == null || irr != null && irr.contains(f) && old.equals(f)) {
        formToLemma.put(f, lemma);
      }
    }
    formToLemma.putIfAbsent(lemma, lemma);
  }

  String lemma(String lower) {
    String l = formToLemma.get(lower);
    return l == null ? lower : l;
  }

  /** True for a word that looks like a past participle (-ed, or an irregular form). */
  boolean participle(String lower) {
    return lower.endsWith("ed") || participles.contains(lower) && !lower.endsWith("s");
  }

  boolean cue(String kind, String lower) {
    Set<String> s = cues.get(kind);
    return s != null && s.contains(lower);
  }

  List<String> forms(String lemma) {
    List<String> out = new ArrayList<>();
    String w = lemma.toLowerCase(Locale.ROOT);
    out.add(w);
    List<String> irr = irregular.get(w);
    if (irr != null) {
      out.addAll(irr);
    }
    boolean vowelY = w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0;
    // third person and plural
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      out.add(w + "es");
    } else if (w.endsWith("y") && !vowelY) {
      out.add(w.substring(0, w.length() - 1) + "ies");
    } else {
      out.add(w + "s");
    }
    // past
    if (w.endsWith("e")) {
      out.add(w + "d");
    } else if (w.endsWith("y") && !vowelY) {
      out.add(w.substring(0, w.length() - 1) + "ied");
    } else {
      out.add(w + "ed");
      if (cvc(w)) {
        out.add(w + w.charAt(w.length() - 1) + "ed");
      }
    }
    // gerund
    if (w.endsWith("ie")) {
      out.add(w.substring(0, w.length() - 2) + "ying");
    } else if (w.endsWith("e") && !w.endsWith("ee") && w.length() > 2) {
      out.add(w.substring(0, w.length() - 1) + "ing");
    } else {
      out.add(w + "ing");
      if (cvc(w)) {
        out.add(w + w.charAt(w.length() - 1) + "ing");
      }
    }
    return out;
  }

  private static boolean cvc(String w) {
    int n = w.length();
    if (n < 3) {
      return false;
    }
    char a = w.charAt(n - 3);
    char b = w.charAt(n - 2);
    char c = w.charAt(n - 1);
    return "aeiou".indexOf(a) < 0 && "aeiou".indexOf(b) >= 0 && "aeiouwxy".indexOf(c) < 0;
  }
}
