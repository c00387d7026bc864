package org.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.model.DataFile;

/** The boilerplate line patterns of {@code boilerplate.tsv}: lines that are never article text. */
public final class Boilerplate implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "/org/parley/extract/boilerplate.tsv";

  /** What a boilerplate line is. */
  public enum Kind { JUNK, CREDIT, END }

  private record Rule(Kind kind, Pattern pattern) implements Serializable {
  }

  /** All the rules of one kind as one alternation: one match attempt per line and kind instead of one per rule. */
  private record Combined(Kind kind, Pattern pattern) implements Serializable {
  }

  private final List<Rule> rules;
  private final List<Combined> combined;

  private Boilerplate(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    List<Combined> c = new ArrayList<>();
    for (Rule r : rules) {
      if (c.stream().noneMatch(x -> x.kind() == r.kind())) {
        StringBuilder alt = new StringBuilder();
        for (Rule q : rules) {
          if (q.kind() == r.kind()) {
            alt.append(alt.isEmpty() ? "" : "|").append("(?:").append(q.pattern().pattern()).append(')');
          }
        }
        c.add(new Combined(r.kind(), Pattern.compile(alt.toString(),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      }
    }
    this.combined = List.copyOf(c);
  }

  /** The patterns shipped with Parley. */
  public static Boilerplate standard() {
    try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Boilerplate parse(InputStream in, String name) throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (DataFile.Line line : DataFile.lines(in, name)) {
      String[] cols = line.columns(2);
      if (cols.length != 2) {
        throw new IllegalArgumentException(line.where() + ": expected KIND<TAB>REGEX");
      }
      try {
        rules.add(new Rule(Kind.valueOf(cols[0].trim().toUpperCase(java.util.Locale.ROOT)),
            Pattern.compile(cols[1].trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(line.where() + ": " + e.getMessage(), e);
      }
    }
    return new Boilerplate(rules);
  }

  /** The kind of boilerplate {@code line} is, or null when it may be article text. */
  public Kind classify(String line) {
    if (line.isEmpty() || line.length() > 400) {
      return null;
    }
    String s = collapse(line);
    if (s.isEmpty() || s.length() > 300) {
      return null;
    }
    for (Combined c : combined) {
      if (c.pattern().matcher(s).matches()) {
        return c.kind();
      }
    }
    return null;
  }

  /** The number of rules. */
  int size() {
    return rules.size();
  }

  private static String collapse(String line) {
    boolean clean = true;
    for (int i = 0; i < line.length() && clean; i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || i == 0 || i == line.length() - 1 || line.charAt(i - 1) == ' ')) {
        clean = false;
      }
    }
    return clean ? line : line.replaceAll("\\s+", " ").strip();
  }
}
