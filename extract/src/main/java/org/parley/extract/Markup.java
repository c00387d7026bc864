package org.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.parley.model.DataFile;

/**
 * The markup hints of {@code markup.tsv}: which elements are removed before extraction, and which class or id
 * tokens mark an element as noise, as unlikely or as likely to hold the article. Immutable and thread-safe.
 */
final class Markup implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "/org/parley/extract/markup.tsv";

  /** How a class or id token weighs. */
  enum Hint { NOISE, DISCUSSION, NEGATIVE, POSITIVE, HIDDEN, NONE }

  private final String drop;
  private final String hide;
  private final String articleHide;
  private final TokenRules noise;
  private final TokenRules negative;
  private final TokenRules positive;
  private final TokenRules hidden;
  private final TokenRules discussion;
  private final TokenRules disclosure;
  private final Pattern forum;

  private Markup(String drop, String hide, String articleHide, TokenRules noise, TokenRules negative, TokenRules positive,
                 TokenRules hidden, TokenRules discussion, TokenRules disclosure, Pattern forum) {
    this.drop = drop;
    this.hide = hide;
    this.articleHide = articleHide;
    this.noise = noise;
    this.negative = negative;
    this.positive = positive;
    this.hidden = hidden;
    this.discussion = discussion;
    this.disclosure = disclosure;
    this.forum = forum;
  }

  static Markup standard() {
    try (InputStream in = Markup.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Markup parse(InputStream in) throws IOException {
    List<String> drop = new ArrayList<>();
    List<String> hide = new ArrayList<>();
    List<String> articleHide = new ArrayList<>();
    List<String> noise = new ArrayList<>();
    List<String> negative = new ArrayList<>();
    List<String> positive = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    List<String> discussion = new ArrayList<>();
    List<String> forum = new ArrayList<>();
    List<String> disclosure = new ArrayList<>();
    for (DataFile.Line line : DataFile.lines(in, RESOURCE)) {
      String[] cols = line.columns(2);
      if (cols.length != 2) {
        throw new IllegalArgumentException(line.where() + ": expected KIND<TAB>VALUE");
      }
      String v = cols[1].strip();
      switch (cols[0].strip().toLowerCase(Locale.ROOT)) {
        case "drop" -> drop.add(v);
        case "hide" -> hide.add(v);
        case "article-hide" -> articleHide.add(v);
        case "noise" -> noise.add(v);
        case "negative" -> negative.add(v);
        case "positive" -> positive.add(v);
        case "hidden" -> hidden.add(v);
        case "discussion" -> discussion.add(v);
        case "forum" -> forum.add(v);
        case "disclosure" -> disclosure.add(v);
        default -> throw new IllegalArgumentException(line.where() + ": unknown kind " + cols[0]);
      }
    }
    return new Markup(String.join(", ", drop), String.join(", ", hide), String.join(", ", articleHide),
        TokenRules.of(noise),
        TokenRules.of(negative), TokenRules.of(positive), TokenRules.of(hidden), TokenRules.of(discussion),
        TokenRules.of(disclosure), alternation(forum));
  }

  private static Pattern alternation(List<String> parts) {
    if (parts.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile("(?:" + String.join(")|(?:", parts) + ")");
  }

  /**
   * Token rules of one kind. A rule "{@code .*(words)}" is tried only where a part of the token begins (at its
   * start, or after '-', '_' or ':'), which is what it means for class names and avoids trying it at every
   * character; a rule ending in "{@code .*}" needs only a prefix there.
   */
  private record TokenRules(List<Pattern> exact, List<Pattern> suffix, List<Pattern> contains) implements Serializable {
    static TokenRules of(List<String> rules) {
      List<Pattern> exact = new ArrayList<>();
      List<Pattern> suffix = new ArrayList<>();
      List<Pattern> contains = new ArrayList<>();
      for (String r : rules) {
        String l = r.toLowerCase(Locale.ROOT);
        boolean any = l.startsWith(".*");
        boolean open = l.endsWith(".*") && l.length() > 4;
        String core = l.substring(any ? 2 : 0, open ? l.length() - 2 : l.length());
        Pattern p = Pattern.compile("(?:" + core + ")");
        (open ? contains : any ? suffix : exact).add(p);
        if (open && !any) {
          throw new IllegalArgumentException("a rule ending in .* must start with .*: " + r);
        }
      }
      return new TokenRules(List.copyOf(exact), List.copyOf(suffix), List.copyOf(contains));
    }

    boolean matches(String t) {
      for (Pattern p : exact) {
        if (p.matcher(t).matches()) {
          return true;
        }
      }
      if (suffix.isEmpty() && contains.isEmpty()) {
        return false;
      }
      for (int i = 0; i < t.length(); i++) {
        if (i > 0) {
          char c = t.charAt(i - 1);
          if (c != '-' && c != '_' && c != ':') {
            continue;
          }
        }
        for (Pattern p : suffix) {
          java.util.regex.Matcher m = p.matcher(t);
          m.region(i, t.length());
          if (m.matches()) {
            return true;
          }
        }
        for (Pattern p : contains) {
          java.util.regex.Matcher m = p.matcher(t);
          m.region(i, t.length());
          if (m.lookingAt()) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** The CSS selector of the elements removed first. */
  String dropSelector() {
    return drop;
  }

  /** Whether the URL is that of a forum or question-and-answer page, where replies are the content. */
  boolean forumUrl(String url) {
    return url != null && forum.matcher(url.toLowerCase(Locale.ROOT)).find();
  }

  /** The CSS selector of the elements removed unless they hold most of the page's text. */
  String hideSelector() {
    return hide.isEmpty() ? "nothing-matches-this" : hide;
  }

  /** The same on article pages only (not forum threads, whose posts may sit in such elements). */
  String articleHideSelector() {
    return articleHide.isEmpty() ? "nothing-matches-this" : articleHide;
  }

  /**
   * The strongest hint among the element's class and id tokens, remembering each token's hints in {@code seen}
   * (pages repeat the same class names many times).
   */
  Hint hint(Element e, java.util.Map<String, Integer> seen) {
    String cls = e.attr("class");
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return Hint.NONE;
    }
    int flags = 0;
    for (String t : tokens(cls, id)) {
      Integer f = seen.get(t);
      if (f == null) {
        f = flags(t);
        seen.put(t, f);
      }
      flags |= t.equals(id) ? f & ~HIDDEN_FLAG : f;
    }
    if ((flags & HIDDEN_FLAG) != 0) {
      return Hint.HIDDEN;
    }
    if ((flags & POSITIVE_FLAG) != 0) {
      return Hint.POSITIVE;
    }
    if ((flags & NOISE_FLAG) != 0) {
      return Hint.NOISE;
    }
    if ((flags & DISCUSSION_FLAG) != 0) {
      return Hint.DISCUSSION;
    }
    return (flags & NEGATIVE_FLAG) != 0 ? Hint.NEGATIVE : Hint.NONE;
  }

  private static final int HIDDEN_FLAG = 1;
  private static final int POSITIVE_FLAG = 2;
  private static final int NOISE_FLAG = 4;
  private static final int DISCUSSION_FLAG = 8;
  private static final int NEGATIVE_FLAG = 16;

  private int flags(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (hidden.matches(t)) {
      return HIDDEN_FLAG;
    }
    if (positive.matches(t)) {
      return POSITIVE_FLAG;
    }
    if (noise.matches(t)) {
      return NOISE_FLAG;
    }
    if (discussion.matches(t)) {
      return DISCUSSION_FLAG;
    }
    return negative.matches(t) ? NEGATIVE_FLAG : 0;
  }

  /** The strongest hint among the element's class and id tokens. */
  Hint hint(Element e) {
    return hint(e, new java.util.HashMap<>());
  }

  /**
   * Whether the element is the panel of a disclosure widget (accordion, tab, collapsible section), whose content is
   * part of the page even while it is folded away; the element's own tokens and its role are checked.
   */
  boolean disclosure(Element e) {
    String role = e.attr("role");
    if (role.equals("tabpanel") || role.equals("region")) {
      return true;
    }
    for (String t : tokens(e.attr("class"), e.id())) {
      if (disclosure.matches(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the element's tokens marks it as likely to hold the article. */
  boolean positive(Element e) {
    for (String t : tokens(e.attr("class"), e.id())) {
      if (positive.matches(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> tokens(String cls, String id) {
    List<String> out = new ArrayList<>();
    for (String t : cls.split("\\s+")) {
      if (!t.isEmpty() && t.length() < 60) {
        out.add(t);
      }
    }
    if (!id.isEmpty() && id.length() < 60) {
      out.add(id);
    }
    return out;
  }
}
