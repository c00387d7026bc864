package org.parley.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Main-text extraction for HTML on jsoup's DOM.
 *
 * <ol>
 *   <li>Metadata is read first, from the untouched page ({@link HtmlMeta}).</li>
 *   <li>The page is cleaned: scripts, forms controls, navigation, asides, hidden elements, captions, and elements
 *   whose class or id marks them as menus, share bars, newsletter boxes, teasers, comments and the like
 *   ({@code markup.tsv}) are removed, unless they hold most of the page's text.</li>
 *   <li>The text is cut into blocks (paragraphs, headings, list items, cells, lines between {@code <br>}), each
 *   with its link density. A block is <em>good</em> when it reads like prose: enough words, few links, not a
 *   boilerplate line ({@code boilerplate.tsv}).</li>
 *   <li>Every element is scored by the good text it holds less the link-heavy and boilerplate text it also holds,
 *   weighted by semantic markup (schema.org {@code articleBody}, {@code <article>}, class names of article bodies);
 *   the best-scoring element is the article's container. Forum threads, whose posts sit side by side, get the
 *   container of all posts the same way.</li>
 *   <li>Inside the container, link lists, boilerplate lines, bylines and datelines, labels before the first
 *   paragraph and debris after the last are dropped; paragraphs are kept, one per block.</li>
 * </ol>
 */
final class HtmlExtractor {
  private static final int MAX_BLOCK_CHARS = 100_000;
  /** Prose: at least this many characters (or a full sentence of 7 words). */
  private static final double T_GOOD = 50;
  /** What one character of text weighs in a container's score: short text, link lists, boilerplate lines. */
  private static final double T_NEUTRAL = 0.05;
  private static final double T_LINK = 0.5;
  /** Multipliers of a container's score for its markup: positive and negative class names, {@code <article>}. */
  private static final double T_POS = 1.25;
  private static final double T_ART = 1.1;
  private static final double T_NEG = 0.7;
  private static final double T_JUNK = 0.5;
  /** A teaser card (linked headline and excerpt) holds at most this many characters. */
  private static final int TEASER_CHARS = 600;
  /** A noise-named element that holds this share of the page's prose is kept when an article body inside holds it. */
  private static final double HOLDS_ARTICLE = 0.2;
  /** A paragraph of at least this many words that the container repeats is a template copy: kept once. */
  private static final int REPEAT_WORDS = 8;
  /** Teaser cards are removed only when they hold at most this share of the page's prose. */
  private static final double TEASER_SHARE = 0.5;
  /** An element marked as the article body inside the container is the container when it holds this share. */
  private static final double MARKED_SHARE = 0.85;
  /** A declared article body (JSON-LD) filters the text when it has this many characters and this share of its words. */
  private static final int DECLARED_MIN_CHARS = 500;
  private static final double DECLARED_SHARE = 0.6;
  /** A hidden element with this much prose that repeats paragraphs shown elsewhere is a copy (dropped). */
  private static final int HIDDEN_COPY_CHARS = 200;
  /** A {@code <main>} element with this much prose is where the article is: boilerplate outside it is removed. */
  private static final int MAIN_PROSE = 200;

  private final Boilerplate boilerplate;
  private final Markup markup;
  private final TextExtractor text;

  HtmlExtractor(Boilerplate boilerplate, Markup markup, TextExtractor text) {
    this.boilerplate = boilerplate;
    this.markup = markup;
    this.text = text;
  }

  /** A run of text that is displayed as one block. */
  record Block(String text, int chars, int linkChars, Element owner, String tag, int words, boolean sentence) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  List<String> extract(String html, String pageUrl, Instant reference, Meta meta) {
    Document doc = Jsoup.parse(Mojibake.repair(html), pageUrl == null ? "" : pageUrl);
    new HtmlMeta(boilerplate).read(doc, pageUrl, reference, meta);
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    clean(doc, body, isForum(doc, pageUrl, meta));
    List<Block> blocks = blocks(body);
    if (blocks.isEmpty()) {
      return List.of();
    }
    List<Boolean> good = new ArrayList<>(blocks.size());
    List<Boilerplate.Kind> junk = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      Boilerplate.Kind k = b.chars() <= 300 ? boilerplate.classify(b.text()) : null;
      junk.add(k);
      good.add(k == null && isGood(b));
    }
    Region root = container(body, blocks, good, junk);
    List<String> out = select(blocks, good, junk, root, meta, reference);
    List<String> declared = declaredBody(meta);
    if (declared != null && length(declared) > 2 * length(out) + 300) {
      return declared;
    }
    out = inDeclaredBody(out, meta.articleBody);
    if (out.isEmpty() || !good.contains(Boolean.TRUE)) {
      // Best effort: the page's visible text without the obvious boilerplate.
      out = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (junk.get(i) == null && b.linkDensity() < 0.5) {
          out.add(b.text());
        }
      }
      if (out.isEmpty()) {
        for (Block b : blocks) {
          out.add(b.text());
        }
      }
    }
    return out;
  }

  /** The JSON-LD articleBody as paragraphs, when the page gives one that is text and not markup. */
  private static List<String> declaredBody(Meta meta) {
    String body = meta.articleBody;
    if (body == null || body.length() < 200 || body.contains("</p>") || body.contains("<div")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String p : body.split("\\s*\\n\\s*")) {
      String c = collapse(p);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * When the page declares its article body (JSON-LD {@code articleBody}) and the declaration is not a summary (it
   * holds at least half as many words as the text found), paragraphs of the text whose words are mostly absent from
   * it are left out: the publisher says they are not the article (an author's note, a sponsor's line, a product box).
   */
  static List<String> inDeclaredBody(List<String> out, String declared) {
    if (declared == null || declared.length() < DECLARED_MIN_CHARS || out.isEmpty()) {
      return out;
    }
    java.util.Set<String> vocabulary = new java.util.HashSet<>();
    int declaredWords = words(org.jsoup.parser.Parser.unescapeEntities(declared.replaceAll("<[^>]*>", " "), false),
        vocabulary);
    int found = 0;
    for (String p : out) {
      found += words(p, null);
    }
    if (declaredWords < found * DECLARED_SHARE) {
      return out;
    }
    List<String> kept = new ArrayList<>(out.size());
    for (String p : out) {
      int n = words(p, null);
      if (n >= 4) {
        int in = 0;
        for (String w : wordList(p)) {
          if (vocabulary.contains(w)) {
            in++;
          }
        }
        if (in < n * 0.5) {
          continue;
        }
      }
      kept.add(p);
    }
    return kept.isEmpty() ? out : kept;
  }

  /** The words (runs of letters and digits, lower-cased) of {@code s}, added to {@code into} when it is not null. */
  private static int words(String s, java.util.Set<String> into) {
    List<String> ws = wordList(s);
    if (into != null) {
      into.addAll(ws);
    }
    return ws.size();
  }

  private static List<String> wordList(String s) {
    List<String> ws = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean letter = i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        ws.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return ws;
  }

  private static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Cleaning

  /** Whether the page is a forum thread or a question with its answers, whose replies are the content. */
  private boolean isForum(Document doc, String pageUrl, Meta meta) {
    if (meta.forum || markup.forumUrl(pageUrl) || markup.forumUrl(meta.url)) {
      return true;
    }
    String og = doc.select("meta[property=og:type]").attr("content").toLowerCase(Locale.ROOT);
    return og.contains("forum") || og.contains("discussion");
  }

  private void clean(Document doc, Element body, boolean forum) {
    inlineStreamedSegments(body);
    doc.select(markup.dropSelector()).remove();
    // How much prose each element holds, so that no container of most of the prose is removed for its name.
    Map<Element, int[]> prose = new IdentityHashMap<>();
    int total = 0;
    for (Block b : blocks(body)) {
      if (b.linkDensity() > 0.33 || b.words() < 5 || b.chars() < 40) {
        continue;
      }
      total += b.chars();
      for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
        prose.computeIfAbsent(e, k -> new int[1])[0] += b.chars();
      }
    }
    List<Element> candidates = new ArrayList<>(body.select(markup.hideSelector()));
    if (!forum) {
      candidates.addAll(body.select(markup.articleHideSelector()));
    }
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (Element e : body.getAllElements()) {
      if (e == body || (e.attributesSize() == 0)) {
        continue;
      }
      String style = e.attr("style");
      if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
        if (forum || !folded(e)) {
          candidates.add(e);
        }
        continue;
      }
      Markup.Hint h = markup.hint(e, seen);
      if (h == Markup.Hint.HIDDEN || h == Markup.Hint.NOISE || h == Markup.Hint.DISCUSSION && !forum) {
        candidates.add(e);
      }
    }
    // Elements that hold the declared article body or the main region are never removed for their names.
    java.util.Set<Element> guarded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    // The main region, when it holds prose of its own: what lies outside it cannot be the article for its size.
    java.util.Set<Element> inMain = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element m : body.select("[itemprop=articleBody], main")) {
      for (Element p = m; p != null && p != body; p = p.parent()) {
        guarded.add(p);
      }
      int[] held = prose.get(m);
      if (m.normalName().equals("main") && held != null && held[0] >= MAIN_PROSE) {
        inMain.add(m);
        inMain.addAll(m.getAllElements());
      }
    }
    for (Element e : candidates) {
      if (e.parent() == null || !attached(e, body)) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("html") || tag.equals("main") || tag.equals("article") && !isCommentLike(e)) {
        continue;
      }
      if (guarded.contains(e) || inCode(e)) {
        continue;
      }
      int[] held = prose.get(e);
      // Outside a main region with prose of its own, only an element that holds a marked article body is kept
      // for its size.
      boolean outsideMain = !inMain.isEmpty() && !inMain.contains(e) && !guarded.contains(e);
      if (held != null && (outsideMain
          ? held[0] > total * 0.5 && holdsArticleBody(e, held[0], prose, seen)
          : held[0] > total * 0.5 || held[0] > total * HOLDS_ARTICLE && holdsArticleBody(e, held[0], prose, seen))) {
        continue;
      }
      e.remove();
    }
    dropHiddenCopies(body, prose, seen);
    if (!forum) {
      removeTeasers(body, prose, total);
    }
  }

  /**
   * A hidden element (display:none, {@code hidden}, {@code aria-hidden}, a hidden class) that is kept because it
   * holds much of the page's prose or is a folded panel, but whose paragraphs the page also shows elsewhere: a
   * second copy of the article (for another screen size, for print, for a script), dropped so that the text is
   * read once.
   */
  private void dropHiddenCopies(Element body, Map<Element, int[]> prose, Map<String, Integer> seen) {
    List<Element> hidden = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      int[] held = prose.get(e);
      if (e != body && held != null && held[0] >= HIDDEN_COPY_CHARS && isHidden(e, seen) && attached(e, body)) {
        hidden.add(e);
      }
    }
    if (hidden.isEmpty()) {
      return;
    }
    Map<String, Integer> count = new java.util.HashMap<>();
    for (Block b : blocks(body)) {
      if (b.words() >= 5) {
        count.merge(b.text(), 1, Integer::sum);
      }
    }
    for (Element e : hidden) {
      if (!attached(e, body)) {
        continue;
      }
      List<Block> inside = blocks(e);
      Map<String, Integer> own = new java.util.HashMap<>();
      for (Block b : inside) {
        if (b.words() >= 5) {
          own.merge(b.text(), 1, Integer::sum);
        }
      }
      int all = 0;
      int copied = 0;
      for (Block b : inside) {
        if (b.words() >= 5) {
          all += b.chars();
          if (count.getOrDefault(b.text(), 0) > own.get(b.text())) {
            copied += b.chars();
          }
        }
      }
      if (all > 0 && copied >= all * 0.8) {
        e.remove();
        for (var en : own.entrySet()) {
          count.merge(en.getKey(), -en.getValue(), Integer::sum);
        }
      }
    }
  }

  private boolean isHidden(Element e, Map<String, Integer> seen) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
      return true;
    }
    return markup.hint(e, seen) == Markup.Hint.HIDDEN;
  }

  /**
   * Teaser cards: runs of sibling elements of the same tag and class, each a linked headline with at most a short
   * excerpt (lists of related or latest posts). Removed as a whole, unless they hold most of the page's prose.
   */
  private static void removeTeasers(Element body, Map<Element, int[]> prose, int total) {
    List<Element> parents = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e.childrenSize() >= 2) {
        parents.add(e);
      }
    }
    for (Element parent : parents) {
      if (parent != body && !attached(parent, body)) {
        continue;
      }
      Map<String, List<Element>> groups = new java.util.LinkedHashMap<>();
      for (Element c : parent.children()) {
        String tag = c.normalName();
        if (tag.equals("p") || tag.equals("br") || tag.equals("a") || tag.startsWith("h") && tag.length() == 2) {
          continue;
        }
        String cls = tag.equals("article") ? c.className().replaceAll("\\d+", "#") : c.className();
        groups.computeIfAbsent(tag + "|" + cls, k -> new ArrayList<>()).add(c);
      }
      for (List<Element> group : groups.values()) {
        int min = group.get(0).normalName().equals("article") ? 2 : 3;
        if (group.size() < min) {
          continue;
        }
        int held = 0;
        boolean all = true;
        for (Element c : group) {
          int[] h = prose.get(c);
          held += h == null ? 0 : h[0];
          if (!isTeaser(c)) {
            all = false;
            break;
          }
        }
        if (all && held <= total * TEASER_SHARE) {
          for (Element c : group) {
            c.remove();
          }
        }
      }
    }
  }

  /** A linked headline with at most a short excerpt. */
  private static boolean isTeaser(Element card) {
    String all = card.text();
    if (all.length() > TEASER_CHARS) {
      return false;
    }
    boolean headline = false;
    for (Element a : card.getElementsByTag("a")) {
      String t = a.text();
      if (t.length() < 12 || t.indexOf(' ') < 0) {
        continue;
      }
      if (!a.getElementsByTag("h2").isEmpty() || !a.getElementsByTag("h3").isEmpty()
          || !a.getElementsByTag("h4").isEmpty()) {
        headline = true;
        break;
      }
      for (Element p = a.parent(); p != null && p != card.parent() && !headline; p = p.parent()) {
        String tag = p.normalName();
        String cls = p.className().toLowerCase(Locale.ROOT);
        headline = tag.equals("h2") || tag.equals("h3") || tag.equals("h4") || tag.equals("h5")
            || cls.contains("title") || cls.contains("headline");
      }
      if (headline) {
        break;
      }
    }
    return headline;
  }

  /**
   * Pages rendered by React in streaming mode send parts of the page late, in hidden {@code <div id="S:n">}
   * elements that a script moves into their placeholder: the boundary {@code <template id="B:n">} or the segment
   * slot {@code <template id="P:n">}, which may itself sit in a late part. This does those moves.
   */
  private static void inlineStreamedSegments(Element body) {
    List<Element> pending = new ArrayList<>(body.select("div[hidden][id^=S:]"));
    boolean moved = true;
    while (moved && !pending.isEmpty()) {
      moved = false;
      for (java.util.Iterator<Element> it = pending.iterator(); it.hasNext(); ) {
        Element segment = it.next();
        String n = segment.id().substring(2);
        Element placeholder = body.getElementById("B:" + n);
        if (placeholder == null || !placeholder.normalName().equals("template")) {
          placeholder = body.getElementById("P:" + n);
        }
        if (placeholder != null && placeholder.parent() != null && placeholder.normalName().equals("template")) {
          segment.removeAttr("hidden");
          placeholder.replaceWith(segment);
          it.remove();
          moved = true;
        }
      }
    }
  }

  /**
   * Whether {@code e} (a layout wrapper whose class name reads like noise) holds an element marked as the article
   * body that carries most of its prose.
   */
  private boolean holdsArticleBody(Element e, int held, Map<Element, int[]> prose, Map<String, Integer> seen) {
    for (Element d : e.getAllElements()) {
      if (d == e) {
        continue;
      }
      int[] p = prose.get(d);
      if (p == null || p[0] < held * 0.6) {
        continue;
      }
      if (d.normalName().equals("article") || d.attr("itemprop").equalsIgnoreCase("articleBody")
          || markup.hint(d, seen) == Markup.Hint.POSITIVE) {
        return true;
      }
    }
    return false;
  }

  /** Whether a hidden element is the folded panel of an accordion or tab (it or its parent says so). */
  private boolean folded(Element e) {
    return markup.disclosure(e) || e.parent() != null && markup.disclosure(e.parent());
  }

  /** Whether {@code e} is markup inside a code listing (syntax highlighting), whose class names say nothing. */
  private static boolean inCode(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("pre") || tag.equals("code")) {
        return true;
      }
      if (tag.equals("body")) {
        return false;
      }
    }
    return false;
  }

  private boolean isCommentLike(Element e) {
    String names = (e.attr("class") + " " + e.id()).toLowerCase(Locale.ROOT);
    return names.contains("comment");
  }

  private static boolean attached(Element e, Element body) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == body) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Blocks

  static List<Block> blocks(Element root) {
    Walker w = new Walker();
    w.walk(root, root, false);
    w.flush(root);
    return w.out;
  }

  private static final class Walker {
    final List<Block> out = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    int chars;
    int linkChars;

    void walk(Element el, Element owner, boolean inLink) {
      for (Node child : el.childNodes()) {
        if (child instanceof TextNode t) {
          append(t.getWholeText(), inLink);
        } else if (child instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("br")) {
            flush(owner);
          } else if (isBlock(tag)) {
            flush(owner);
            walk(e, e, inLink);
            flush(e);
          } else {
            walk(e, owner, inLink || tag.equals("a"));
          }
        }
      }
    }

    void append(String s, boolean inLink) {
      if (current.length() > MAX_BLOCK_CHARS) {
        return;
      }
      current.append(s);
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
          n++;
        }
      }
      chars += n;
      if (inLink) {
        linkChars += n;
      }
    }

    void flush(Element owner) {
      if (chars > 0) {
        String s = collapse(current);
        if (!s.isEmpty()) {
          int words = 0;
          boolean inWord = false;
          for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
              words++;
            }
            inWord = letter;
          }
          out.add(new Block(s, chars, linkChars, owner, blockTag(owner), words, endsSentence(s)));
        }
      }
      current.setLength(0);
      chars = 0;
      linkChars = 0;
    }
  }

  private static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u200c' || c == '\u200d'
          || c == '\ufeff') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  static boolean endsSentence(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return ".!?\"'\u201d\u2019)\u2026:;".indexOf(c) >= 0 || Character.UnicodeBlock.of(c)
        == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
  }

  private static String blockTag(Element owner) {
    String t = owner.normalName();
    return switch (t) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> "h";
      case "p", "li", "td", "th", "pre", "blockquote", "dd", "dt", "summary", "caption" -> t;
      default -> "div";
    };
  }

  static boolean isBlock(String tag) {
    return switch (tag) {
      case "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
           "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "dl", "dd", "dt", "figure", "hr",
           "address", "form", "fieldset", "details", "summary", "center", "caption", "body", "aside", "nav",
           "footer", "legend", "hgroup", "dialog", "picture" -> true;
      default -> false;
    };
  }

  /** Whether a block reads like prose. */
  private static boolean isGood(Block b) {
    double ld = b.linkDensity();
    if (ld > 0.33 || b.words() < 5) {
      return false;
    }
    if (b.tag().equals("h")) {
      return false;
    }
    return b.chars() >= T_GOOD || b.sentence() && b.words() >= 7;
  }

  // ---------------------------------------------------------------------------------------------------------
  // The container

  /**
   * Where the article is: the children of {@code root} from {@code first} to {@code last}, or all of {@code root}
   * when they are null.
   */
  record Region(Element root, Element first, Element last) {
  }

  private Region container(Element body, List<Block> blocks, List<Boolean> good, List<Boilerplate.Kind> junk) {
    Map<Element, double[]> scores = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      double v;
      double prose = 0;
      if (junk.get(i) != null) {
        v = -Math.min(b.chars(), 200) * T_JUNK;
      } else if (good.get(i)) {
        v = b.chars() * (1 - b.linkDensity());
        prose = b.chars();
      } else if (b.linkDensity() > 0.5) {
        v = -b.chars() * b.linkDensity() * T_LINK;
      } else {
        v = -b.chars() * T_NEUTRAL;
      }
      for (Element e = b.owner(); e != null; e = e.parent()) {
        double[] sc = scores.computeIfAbsent(e, k -> new double[2]);
        sc[0] += v;
        sc[1] += prose;
        if (e == body) {
          break;
        }
      }
    }
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (var en : scores.entrySet()) {
      Element e = en.getKey();
      double s = en.getValue()[0];
      if (s <= 0) {
        continue;
      }
      s *= weight(e, seen);
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    // A block-level leaf (a single paragraph) is rarely the article; climb to its container.
    while (best != body && best.parent() != null && isLeafBlock(best)) {
      best = best.parent();
    }
    best = markedBody(best, scores, seen);
    return siblings(best, body, scores);
  }

  /**
   * The element inside {@code best} that the page marks as the article or its body ({@code <article>},
   * {@code <main>}, schema.org {@code articleBody}, a class name of article bodies) when it holds nearly all of
   * {@code best}'s prose: what else {@code best} holds
   * (an author box, a call to action, a list of further reading under their own names) is not the article.
   */
  private Element markedBody(Element best, Map<Element, double[]> scores, Map<String, Integer> seen) {
    double[] all = scores.get(best);
    if (all == null || all[1] <= 0) {
      return best;
    }
    Element marked = best;
    for (Element d : best.getAllElements()) {
      if (d == best) {
        continue;
      }
      double[] sc = scores.get(d);
      if (sc == null || sc[1] < all[1] * MARKED_SHARE) {
        continue;
      }
      if (d.attr("itemprop").equalsIgnoreCase("articleBody") || markup.hint(d, seen) == Markup.Hint.POSITIVE
          || d.normalName().equals("article") || d.normalName().equals("main") || d.attr("role").equals("article")) {
        marked = d;
      }
    }
    return marked;
  }

  /**
   * An article body cut into several sibling elements of the same tag and class (text, then a table or a picture,
   * then text again): the region runs from the first to the last of those that hold prose.
   */
  private static Region siblings(Element best, Element body, Map<Element, double[]> scores) {
    Element parent = best.parent();
    if (best == body || parent == null || best.className().isBlank()) {
      return new Region(best, null, null);
    }
    List<Element> kids = parent.children();
    int lo = -1;
    int hi = -1;
    for (int k = 0; k < kids.size(); k++) {
      Element c = kids.get(k);
      if (c == best || c.normalName().equals(best.normalName()) && c.className().equals(best.className())) {
        double[] sc = scores.get(c);
        if (c == best || sc != null && sc[0] >= T_GOOD) {
          lo = lo < 0 ? k : lo;
          hi = k;
        }
      }
    }
    return lo == hi ? new Region(best, null, null) : new Region(parent, kids.get(lo), kids.get(hi));
  }

  private static boolean isLeafBlock(Element e) {
    return switch (e.normalName()) {
      case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dd", "dt", "span", "a", "b",
           "i", "em", "strong" -> true;
      default -> false;
    };
  }

  private double weight(Element e, Map<String, Integer> seen) {
    double w = 1.0;
    if (e.normalName().equals("article")) {
      w *= T_ART;
    }
    if (e.normalName().equals("main") || e.attr("role").equals("main")) {
      w *= 1.05;
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody") || e.attr("itemprop").equalsIgnoreCase("text")) {
      w *= 1.3;
    }
    Markup.Hint h = markup.hint(e, seen);
    if (h == Markup.Hint.POSITIVE) {
      w *= T_POS;
    } else if (h == Markup.Hint.NEGATIVE) {
      w *= T_NEG;
    }
    return w;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Choosing the blocks

  private List<String> select(List<Block> blocks, List<Boolean> good, List<Boilerplate.Kind> junk, Region root,
                              Meta meta, Instant reference) {
    List<Integer> idx = new ArrayList<>();
    Map<Element, Boolean> inside = new IdentityHashMap<>();
    int lo = root.first() == null ? -1 : root.first().elementSiblingIndex();
    int hi = root.last() == null ? -1 : root.last().elementSiblingIndex();
    for (int i = 0; i < blocks.size(); i++) {
      Element owner = blocks.get(i).owner();
      Boolean in = inside.get(owner);
      if (in == null) {
        in = within(owner, root.root(), lo, hi);
        inside.put(owner, in);
      }
      if (in) {
        idx.add(i);
      }
    }
    int firstGood = -1;
    int lastGood = -1;
    for (int k = 0; k < idx.size(); k++) {
      if (good.get(idx.get(k))) {
        if (firstGood < 0) {
          firstGood = k;
        }
        lastGood = k;
      }
    }
    String title = meta.title == null ? null : meta.title.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    String previous = null;
    java.util.Set<String> emitted = new java.util.HashSet<>();
    boolean skipping = false;
    // The last block kept ends with a colon (or continues a list that one announced): what follows belongs to it.
    boolean colon = false;
    for (int k = 0; k < idx.size(); k++) {
      int i = idx.get(k);
      Block b = blocks.get(i);
      Boilerplate.Kind kind = junk.get(i);
      boolean afterColon = colon;
      colon = false;
      if (kind == Boilerplate.Kind.END && k > firstGood && out.size() >= 2) {
        int before = 0;
        int after = 0;
        for (int q = 0; q < idx.size(); q++) {
          Block o = blocks.get(idx.get(q));
          if (good.get(idx.get(q))) {
            if (q < k) {
              before += o.chars();
            } else {
              after += o.chars();
            }
          }
        }
        if (after < before * 0.5) {
          break;
        }
        // A box of links in the middle of the article: skip it up to the next paragraph.
        skipping = true;
        continue;
      }
      if (skipping) {
        if (!good.get(i)) {
          continue;
        }
        skipping = false;
      }
      boolean mid = firstGood >= 0 && k > firstGood && k < lastGood;
      if (kind != null || b.words() == 0 || !keep(b, good.get(i)) && !(mid && linkedSentence(b))) {
        continue;
      }
      boolean announced = afterColon && announcedItem(b);
      if (title != null && b.text().toLowerCase(Locale.ROOT).equals(title)) {
        continue;
      }
      if (b.owner().normalName().equals("h1") && k <= Math.max(firstGood, 0)) {
        continue;
      }
      if (firstGood >= 0 && k < firstGood && !good.get(i) && !leadKeeper(b) && !announced) {
        continue;
      }
      if (lastGood >= 0 && k > lastGood && !good.get(i) && !(b.sentence() && b.words() >= 3) && !announced) {
        continue;
      }
      if (b.text().equals(previous) || b.words() >= REPEAT_WORDS && !emitted.add(b.text())) {
        continue;
      }
      out.add(b.text());
      previous = b.text();
      colon = announced || b.text().endsWith(":") && b.words() >= 3 && !b.tag().equals("h");
    }
    return text.dropMetadataLines(out, reference, meta);
  }

  /**
   * Text inside the article whose words are mostly links but not all of them: a sentence that cites its sources
   * inline, or a list item that names a linked source with a few words of its own. A block that is a link and
   * nothing else (a teaser) is not.
   */
  private static boolean linkedSentence(Block b) {
    return (b.tag().equals("p") && b.sentence() || b.tag().equals("li")) && b.words() >= 5 && b.linkDensity() < 0.9;
  }

  /**
   * A list item or a short line after a sentence that ends with a colon ("You will need:", "The rules are:"): the
   * items it announces, which are part of the text even when too short to read as prose.
   */
  private static boolean announcedItem(Block b) {
    return switch (b.tag()) {
      case "li", "dd", "dt", "td" -> b.linkDensity() <= 0.5;
      default -> false;
    };
  }

  private static boolean leadKeeper(Block b) {
    return (b.tag().equals("p") || b.tag().equals("li")) && b.sentence() && b.words() >= 6
        || b.tag().equals("li") && b.words() >= 4 && b.linkDensity() < 0.2;
  }

  private static boolean keep(Block b, boolean good) {
    if (good) {
      return true;
    }
    double ld = b.linkDensity();
    if (b.tag().equals("h") && b.words() <= 15) {
      return true;
    }
    if (ld > 0.5 || ld > 0.3 && b.words() < 12) {
      return false;
    }
    return switch (b.tag()) {
      case "p", "li", "h", "pre", "blockquote", "dd", "dt", "td", "th" -> true;
      default -> b.words() >= 4 || b.sentence() && b.words() >= 2;
    };
  }

  /** Whether {@code e} is in {@code root} and, when {@code lo >= 0}, under its children {@code lo} to {@code hi}. */
  private static boolean within(Element e, Element root, int lo, int hi) {
    Element child = null;
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        if (lo < 0) {
          return true;
        }
        if (child == null) {
          return false;
        }
        int k = child.elementSiblingIndex();
        return k >= lo && k <= hi;
      }
      child = p;
    }
    return false;
  }
}
