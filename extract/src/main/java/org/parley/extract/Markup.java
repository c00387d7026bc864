package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

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
  private final Pattern noise;
  private final Pattern negative;
  private final Pattern positive;
  private final Pattern hidden;
  private final Pattern discussion;
  private final Pattern forum;

  private Markup(String drop, String hide, Pattern noise, Pattern negative, Pattern positive, Pattern hidden,
                 Pattern discussion, Pattern forum) {
    this.drop = drop;
    this.hide = hide;
    this.noise = noise;
    this.negative = negative;
    this.positive = positive;
    this.hidden = hidden;
    this.discussion = discussion;
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
    List<String> noise = new ArrayList<>();
    List<String> negative = new ArrayList<>();
    List<String> positive = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    List<String> discussion = new ArrayList<>();
    List<String> forum = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 2);
      if (cols.length != 2) {
        throw new IllegalArgumentException(RESOURCE + ":" + no + ": expected KIND<TAB>VALUE");
      }
      String v = cols[1].strip();
      switch (cols[0].strip().toLowerCase(Locale.ROOT)) {
        case "drop" -> drop.add(v);
        case "hide" -> hide.add(v);
        case "noise" -> noise.add(v);
        case "negative" -> negative.add(v);
        case "positive" -> positive.add(v);
        case "hidden" -> hidden.add(v);
        case "discussion" -> discussion.add(v);
        case "forum" -> forum.add(v);
        default -> throw new IllegalArgumentException(RESOURCE + ":" + no + ": unknown kind " + cols[0]);
      }
    }
    return new Markup(String.join(", ", drop), String.join(", ", hide), alternation(noise), alternation(negative), alternation(positive),
        alternation(hidden), alternation(discussion), alternation(forum));
  }

  private static Pattern alternation(List<String> parts) {
    if (parts.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile("(?:" + String.join(")|(?:", parts) + ")", Pattern.CASE_INSENSITIVE);
  }

  /** The CSS selector of the elements removed first. */
  String dropSelector() {
    return drop;
  }

  /** Whether the URL is that of a forum or question-and-answer page, where replies are the content. */
  boolean forumUrl(String url) {
    return url != null && forum.matcher(url).find();
  }

  /** The CSS selector of the elements removed unless they hold most of the page's text. */
  String hideSelector() {
    return hide.isEmpty() ? "nothing-matches-this" : hide;
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

  private int flags(String t) {
    if (hidden.matcher(t).matches()) {
      return HIDDEN_FLAG;
    }
    if (positive.matcher(t).matches()) {
      return POSITIVE_FLAG;
    }
    if (noise.matcher(t).matches()) {
      return NOISE_FLAG;
    }
    if (discussion.matcher(t).matches()) {
      return DISCUSSION_FLAG;
    }
    return negative.matcher(t).matches() ? NEGATIVE_FLAG : 0;
  }

  /** The strongest hint among the element's class and id tokens. */
  Hint hint(Element e) {
    String cls = e.attr("class");
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return Hint.NONE;
    }
    boolean pos = false;
    boolean noisy = false;
    boolean neg = false;
    boolean talk = false;
    for (String t : tokens(cls, id)) {
      if (hidden.matcher(t).matches() && !id.equals(t)) {
        return Hint.HIDDEN;
      }
      if (positive.matcher(t).matches()) {
        pos = true;
      } else if (noise.matcher(t).matches()) {
        noisy = true;
      } else if (discussion.matcher(t).matches()) {
        talk = true;
      } else if (negative.matcher(t).matches()) {
        neg = true;
      }
    }
    if (pos) {
      return Hint.POSITIVE;
    }
    if (noisy) {
      return Hint.NOISE;
    }
    if (talk) {
      return Hint.DISCUSSION;
    }
    return neg ? Hint.NEGATIVE : Hint.NONE;
  }

  /** Whether one of the element's tokens marks it as likely to hold the article. */
  boolean positive(Element e) {
    for (String t : tokens(e.attr("class"), e.id())) {
      if (positive.matcher(t).matches()) {
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
