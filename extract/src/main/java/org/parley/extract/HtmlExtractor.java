package org.parley.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.parley.model.Json;

/**
 * Extraction for HTML on jsoup's DOM. Metadata comes from JSON-LD, Open Graph and meta tags, then from visible
 * markup. The body comes from the article's container (schema.org articleBody, {@code <article>}, {@code <main>},
 * else the element whose paragraphs hold the most text that is not links), stripped of navigation, share and
 * newsletter boxes, related-article teasers, captions and comments, and then read line by line like plain text.
 */
final class HtmlExtractor {
  private static final Pattern NOISE = Pattern.compile(
      "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|newsletter|subscribe|signup|promo|"
          + "related|recommended|more-stories|read-more|teaser|sidebar|widget|advert|ads?|ad-slot|sponsor|cookie|"
          + "consent|banner|popup|modal|comments?|footer|masthead|site-header|tags|caption|credit|"
          + "byline|author-bio|toolbar|pagination|outbrain|taboola)([\\s_-]|$)");
  private static final String REMOVE = "script, style, noscript, template, svg, iframe, form, nav, footer, aside, "
      + "button, select, input, textarea, figure figcaption, figcaption, [hidden], [aria-hidden=true], "
      + "[role=navigation], [role=complementary], [role=banner], [role=contentinfo]";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, th";

  private final Boilerplate boilerplate;
  private final TextExtractor text;

  HtmlExtractor(Boilerplate boilerplate, TextExtractor text) {
    this.boilerplate = boilerplate;
    this.text = text;
  }

  List<String> extract(String html, String pageUrl, Instant reference, Meta meta) {
    Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
    readMetadata(doc, reference, meta);
    doc.select(REMOVE).remove();
    for (Element e : new ArrayList<>(doc.body().select("[class], [id]"))) {
      if (e.parent() != null && e != doc.body() && isNoise(e)) {
        e.remove();
      }
    }
    Element root = contentRoot(doc);
    List<String> lines = lines(root);
    List<String> kept = new ArrayList<>();
    for (String l : lines) {
      if (meta.title != null && l.equalsIgnoreCase(meta.title)) {
        continue;
      }
      kept.add(l);
    }
    return text.select(kept, reference, meta, meta.title == null);
  }

  private static boolean isNoise(Element e) {
    String tag = e.tagName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
        || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    return NOISE.matcher(names).find();
  }

  /** The element holding the article. */
  private static Element contentRoot(Document doc) {
    Element body = doc.body();
    Element best = body.selectFirst("[itemprop=articleBody]");
    if (best != null && textLength(best) > 200) {
      return best;
    }
    Element bestArticle = null;
    for (Element a : body.select("article")) {
      if (bestArticle == null || textLength(a) > textLength(bestArticle)) {
        bestArticle = a;
      }
    }
    if (bestArticle != null && textLength(bestArticle) > 300) {
      return bestArticle;
    }
    Element main = body.selectFirst("main, [role=main]");
    Element scored = bestScored(main != null && textLength(main) > 300 ? main : body);
    return scored == null ? (main != null ? main : body) : scored;
  }

  /** The element whose direct paragraphs hold the most non-link text (with a share for its parent). */
  private static Element bestScored(Element scope) {
    java.util.Map<Element, Double> scores = new java.util.HashMap<>();
    for (Element p : scope.select("p, br")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      double s = p.tagName().equals("br") ? 0 : score(p);
      if (p.tagName().equals("br")) {
        s = ownTextLength(parent) / 4.0;
      }
      scores.merge(parent, s, Double::sum);
      if (parent.parent() != null) {
        scores.merge(parent.parent(), s / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (var e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        bestScore = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  private static double score(Element p) {
    int len = p.text().length();
    if (len < 25) {
      return 0;
    }
    int linkText = 0;
    for (Element a : p.select("a")) {
      linkText += a.text().length();
    }
    double density = len == 0 ? 1 : (double) linkText / len;
    return len * (1 - density) + (p.text().contains(",") ? 10 : 0);
  }

  private static int textLength(Element e) {
    return e.text().length();
  }

  private static int ownTextLength(Element e) {
    return e.ownText().length();
  }

  /** The text of {@code root} as lines: one per block, breaks at {@code <br>}, links-only blocks dropped. */
  static List<String> lines(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    walk(root, out, current);
    flush(out, current);
    return out;
  }

  private static void walk(Node node, List<String> out, StringBuilder current) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        current.append(t.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.tagName();
        if (tag.equals("br")) {
          flush(out, current);
        } else if (isBlock(tag)) {
          flush(out, current);
          if (e.is(BLOCKS) && e.select(BLOCKS).size() <= 1 && linkDensity(e) > 0.6 && e.text().length() < 300) {
            continue;
          }
          walk(e, out, current);
          flush(out, current);
        } else {
          walk(e, out, current);
        }
      }
    }
  }

  private static double linkDensity(Element e) {
    int len = e.text().length();
    if (len == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return (double) links / len;
  }

  private static boolean isBlock(String tag) {
    return switch (tag) {
      case "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
           "blockquote", "pre", "table", "tr", "td", "th", "dl", "dd", "dt", "figure", "hr", "address" -> true;
      default -> false;
    };
  }

  private static void flush(List<String> out, StringBuilder current) {
    String s = current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    current.setLength(0);
  }

  private void readMetadata(Document doc, Instant reference, Meta meta) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      readJsonLd(script.data(), meta);
    }
    meta.url(attr(doc, "link[rel=canonical]", "abs:href"));
    meta.url(attr(doc, "meta[property=og:url]", "content"));
    meta.title(attr(doc, "meta[property=og:title]", "content"));
    meta.title(attr(doc, "meta[name=twitter:title]", "content"));
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    meta.site(attr(doc, "meta[property=og:site_name]", "content"));
    meta.site(attr(doc, "meta[name=application-name]", "content"));
    String pageTitle = doc.title();
    if (h1 != null && !h1.text().isBlank()) {
      meta.title(h1.text());
    }
    meta.title(stripSiteName(pageTitle, meta.siteName));
    if (meta.siteName == null && pageTitle.matches(".+\\s[|\u2013\u2014-]\\s.+")) {
      meta.site(pageTitle.replaceAll("^.*\\s[|\u2013\u2014-]\\s", ""));
    }
    for (String sel : List.of("meta[name=author]", "meta[property=article:author]", "meta[name=byl]",
        "meta[name=parsely-author]", "meta[name=sailthru.author]")) {
      for (Element m : doc.select(sel)) {
        String v = m.attr("content");
        if (!v.startsWith("http")) {
          for (String a : v.split("\\s*(?:,|;|\\band\\b)\\s*")) {
            meta.author(a);
          }
        }
      }
    }
    if (meta.authors.isEmpty()) {
      for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author, .author-name, [class*=byline]")) {
        String t = e.text().replaceFirst("(?i)^\\s*by\\s+", "");
        if (!t.isBlank() && t.length() < 60) {
          meta.author(t);
          break;
        }
      }
    }
    for (String sel : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=parsely-pub-date]",
        "meta[property=og:published_time]")) {
      Dates.absolute(attr(doc, sel, "content"), reference).ifPresent(meta::published);
    }
    Element time = doc.selectFirst("article time[datetime], time[datetime], [itemprop=datePublished]");
    if (time != null) {
      String v = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
      Dates.absolute(v.isBlank() ? time.text() : v, reference).ifPresent(meta::published);
    }
    if (meta.published == null) {
      for (Element e : doc.select(".date, .dateline, .published, .timestamp, time, [class*=date], .byline, .meta")) {
        String t = e.text();
        if (t.length() < 120) {
          var d = Dates.absolute(t, reference);
          if (d.isPresent()) {
            meta.published(d.get());
            break;
          }
          Dates.relative(t, reference).ifPresent(r -> meta.relativePublished = r);
        }
      }
    }
    meta.subtitle(attr(doc, ".subtitle, .dek, .standfirst, .article-summary, h2.summary", null));
    if (meta.url != null) {
      try {
        meta.domain(URI.create(meta.url).getHost());
      } catch (IllegalArgumentException ignored) {
        // a malformed canonical URL names no domain
      }
    }
  }

  private static void readJsonLd(String json, Meta meta) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (Exception e) {
      return;
    }
    List<JsonNode> nodes = new ArrayList<>();
    collect(root, nodes);
    for (JsonNode n : nodes) {
      String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
      if (!(type.contains("article") || type.contains("posting") || type.contains("report"))) {
        continue;
      }
      meta.title(n.path("headline").asText(null));
      meta.subtitle(n.path("alternativeHeadline").asText(null));
      meta.url(n.path("url").asText(null));
      Dates.absolute(n.path("datePublished").asText(null), null).ifPresent(meta::published);
      JsonNode author = n.path("author");
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        meta.author(a.isTextual() ? a.asText() : a.path("name").asText(null));
      }
      JsonNode publisher = n.path("publisher");
      meta.site(publisher.isTextual() ? publisher.asText() : publisher.path("name").asText(null));
    }
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(x -> collect(x, out));
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) {
        collect(n.get("@graph"), out);
      }
    }
  }

  private static String attr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = attr == null ? e.text() : e.attr(attr);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** "Headline | Site" gives "Headline". */
  static String stripSiteName(String title, String site) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    if (site != null && !site.isBlank()) {
      t = t.replaceAll("(?i)\\s*[|\u2013\u2014:-]\\s*" + Pattern.quote(site.strip()) + "\\s*$", "");
    }
    String[] parts = t.split("\\s+[|\u2013\u2014]\\s+|\\s+-\\s+(?=[^-]+$)");
    if (parts.length > 1) {
      String longest = parts[0];
      for (String p : parts) {
        if (p.length() > longest.length()) {
          longest = p;
        }
      }
      return longest;
    }
    return t;
  }

}
