package org.parley.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.parley.model.Utf8;

/**
 * The verb and noun patterns, read from {@code patterns/verbs.tsv} and {@code patterns/nouns.tsv} and, when given,
 * a user's file whose patterns come first (so they override the standard ones on the same words). Each line is
 * {@code CODE<TAB>PATTERN[<TAB>FLAGS]} (CODE is a CAMEO code, or {@code -} for an idiom that is no event and
 * keeps its words from matching one: "hail from"); the pattern's elements are separated by spaces:
 * <ul>
 *   <li>{@code word}: the lemma, in any of its forms ("impose" matches imposed, imposes, imposing)</li>
 *   <li>{@code a|b|c}: any of these lemmas</li>
 *   <li>{@code =word}: exactly this form</li>
 *   <li>{@code *} or {@code *N}: up to 4 (or N) tokens of any kind, within the clause</li>
 *   <li>{@code @}: the target is the first actor from here on (else the first actor after the match)</li>
 * </ul>
 * FLAGS: {@code noun} (a nominal event: "the Trump-Putin call", "talks between X and Y"), {@code intent} (the code
 * already is an intention; no shift), {@code notarget} (the target is never taken from after the match),
 * {@code say} (a verb of speech: the speaker may follow it, "said Lavrov"), {@code target} (coded only with a
 * target: "the new Congress convenes" alone is no consultation). A bad line is an error naming its
 * file and line.
 */
final class Patterns {

  /** One element of a pattern. */
  record Element(int type, String[] lemmas, int gap) {
    static final int WORD = 0;
    static final int EXACT = 1;
    static final int GAP = 2;
    static final int TARGET = 3;
  }

  /** One pattern line. */
  record Pattern(String code, String text, Element[] elements, boolean noun, boolean intent, boolean noTarget,
                 boolean say, boolean needsTarget, String source, int priority) {
    /**
     * How specific the pattern is: two points per content word, one per preposition or particle, so that
     * "agree * ceasefire" beats "agree * on" and "agree to".
     */
    int words() {
      int n = 0;
      for (Element e : elements) {
        if (e.type() == Element.WORD || e.type() == Element.EXACT) {
          n += LIGHT.contains(e.lemmas()[0]) ? 1 : 2;
        }
      }
      return n;
    }
  }

  private static final java.util.Set<String> LIGHT = WordClasses.get("light-word");

  private final Map<String, List<Pattern>> byFirst = new HashMap<>();
  private final List<Pattern> all = new ArrayList<>();

  Patterns(Lexicon lexicon, Codebook codebook, Path user) throws IOException {
    this(lexicon, codebook, user, true);
  }

  /** As above; without {@code standard}, only the user's file (for tests that read many files). */
  Patterns(Lexicon lexicon, Codebook codebook, Path user, boolean standard) throws IOException {
    if (user != null) {
      String text;
      try {
        text = Utf8.read(user);
      } catch (IllegalArgumentException e) {
        throw new PatternException(e.getMessage());
      }
      try (BufferedReader in = new BufferedReader(new StringReader(text))) {
        read(in, user.toString(), lexicon, codebook, 1);
      }
    }
    if (!standard) {
      return;
    }
    for (String name : List.of("patterns/verbs.tsv", "patterns/nouns.tsv")) {
      try (InputStream s = Objects.requireNonNull(Patterns.class.getResourceAsStream(name), name);
           BufferedReader in = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
        read(in, name, lexicon, codebook, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  List<Pattern> all() {
    return all;
  }

  /** The patterns whose first element may match this lemma or form. */
  List<Pattern> startingWith(String lemma) {
    List<Pattern> l = byFirst.get(lemma);
    return l == null ? List.of() : l;
  }

  private void read(BufferedReader in, String source, Lexicon lexicon, Codebook codebook, int priority)
      throws IOException {
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String where = source + ":" + n;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new PatternException(where + ": expected CODE<TAB>PATTERN[<TAB>FLAGS], found no tab");
      }
      String code = f[0].trim();
      if (!code.equals(NONE) && (!code.matches("\\d{2,4}") || !codebook.contains(code))) {
        throw new PatternException(where + ": '" + code + "' is not a CAMEO code");
      }
      String[] parts = f[1].trim().toLowerCase(Locale.ROOT).split(" +");
      List<Element> els = new ArrayList<>();
      for (String p : parts) {
        if (p.isEmpty()) {
          continue;
        }
        if (p.equals("@")) {
          els.add(new Element(Element.TARGET, null, 0));
        } else if (p.startsWith("*")) {
          int g = 4;
          if (p.length() > 1) {
            try {
              g = Integer.parseInt(p.substring(1));
            } catch (NumberFormatException e) {
              throw new PatternException(where + ": bad gap '" + p + "' (write * or *N)");
            }
          }
          if (g < 1 || g > 8) {
            throw new PatternException(where + ": gap '" + p + "' must be between *1 and *8");
          }
          els.add(new Element(Element.GAP, null, g));
        } else if (p.startsWith("=")) {
          if (p.length() == 1) {
            throw new PatternException(where + ": '=' needs a word after it");
          }
          els.add(new Element(Element.EXACT, new String[] {p.substring(1)}, 0));
        } else {
          String[] alts = p.split("\\|", -1); // a bare "|" gives empty words, an error (was no word at all)
          for (String a : alts) {
            if (a.isEmpty() || !a.matches("[\\p{L}\\p{N}'.-]+")) {
              throw new PatternException(where + ": bad word '" + a + "' in '" + f[1].trim() + "'");
            }
            lexicon.addLemma(a);
          }
          els.add(new Element(Element.WORD, alts, 0));
        }
      }
      if (els.isEmpty() || els.get(0).type() == Element.GAP || els.get(0).type() == Element.TARGET) {
        throw new PatternException(where + ": a pattern must start with a word");
      }
      Element last = els.get(els.size() - 1);
      if (last.type() == Element.GAP) {
        throw new PatternException(where + ": a pattern must not end with a gap");
      }
      boolean noun = false;
      boolean intent = false;
      boolean noTarget = false;
      boolean say = false;
      boolean needsTarget = false;
      if (f.length > 2) {
        for (String flag : f[2].trim().split("[ ,]+")) {
          switch (flag) {
            case "" -> { }
            case "noun" -> noun = true;
            case "intent" -> intent = true;
            case "notarget" -> noTarget = true;
            case "say" -> say = true;
            case "target" -> needsTarget = true;
            default -> throw new PatternException(where + ": unknown flag '" + flag
                + "' (noun, intent, notarget, say, target)");
          }
        }
      }
      Pattern p = new Pattern(code, f[1].trim(), els.toArray(new Element[0]), noun, intent, noTarget, say,
          needsTarget, where, priority);
      all.add(p);
      for (String first : els.get(0).lemmas()) {
        byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** The code of a pattern that is no event: an idiom that would otherwise match one ("hailing from" is no praise). */
  static final String NONE = "-";

  /** A pattern file that cannot be read: the message names the file and line. */
  static final class PatternException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    PatternException(String message) {
      super(message);
    }
  }
}
