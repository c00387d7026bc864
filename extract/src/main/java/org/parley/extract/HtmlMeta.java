package org.parley.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parley.model.Json;

/**
 * Metadata of an HTML page, read before the page is cleaned: JSON-LD (schema.org Article and its kin), Open Graph
 * and other meta tags, then visible markup (the headline, bylines, {@code <time>}, dates in the URL).
 */
final class HtmlMeta {
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/_-]|\\b)");
  private static final Pattern URL_DATE_COMPACT = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/_-]");
  private static final Pattern BY = Pattern.compile(
      "^\\s*(?:(?:written|posted|authored|reported|words|text|story)\\s+)?by[:\\s]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\s\\|\\s)\\s*");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i).*(\\d|@|https?:|www\\.|staff|editor(ial)?s?\\b|team\\b|admin|published|updated|minutes?|read\\b|"
          + "share|comments?\\b|follow|subscribe|news\\b|press\\b|agency|associated|reuters|contributor).*");
  private static final Pattern VISIBLE_BY = Pattern.compile(
      "^\\s*(?:written |posted |authored |words |reported )?by[:\\s]+\\p{Lu}", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_START = Pattern.compile(
      "^(?:written |posted |authored |words |reported )?by\\b|^(?:author|authors|written by|posted by)\\s*:?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_LABEL = Pattern.compile(
      "(?:written |posted |authored )?by:?|authors?:?|written by:?|posted by:?", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile(
      "^(?:(?:last\\s+)?updated|published|posted|date|modified|released)?(?:\\s+on)?\\s*[:\\-–—|·]?\\s*"
          + "|^[-–—|·]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern REVIEWER = Pattern.compile(
      "(?i)^\\s*(reviewed|fact[- ]?checked|edited|medically reviewed|photo(graph)?s?|illustrat\\w*|updated)\\b");
  private static final List<String> MODIFIED_META = List.of(
      "meta[property=article:modified_time]", "meta[name=article:modified_time]", "meta[property=og:updated_time]",
      "meta[itemprop=dateModified]", "meta[name=last-modified]", "meta[name=dcterms.modified]");
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[property=og:published_time]", "meta[name=parsely-pub-date]",
      "meta[name=sailthru.date]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
      "meta[name=publication_date]", "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]",
      "meta[name=dcterms.created]", "meta[name=dc.date.created]", "meta[name=citation_publication_date]",
      "meta[name=citation_date]", "meta[property=article:published]", "meta[name=original-publish-date]",
      "meta[name=Date]", "meta[name=cXenseParse:recs:publishtime]", "meta[name=published]",
      "meta[name=published_time]", "meta[name=article.published]", "meta[name=publish_date]");
  private static final List<String> AUTHOR_META = List.of(
      "meta[name=author]", "meta[property=article:author]", "meta[name=byl]", "meta[name=parsely-author]",
      "meta[name=sailthru.author]", "meta[name=dc.creator]", "meta[name=DC.creator]", "meta[name=citation_author]",
      "meta[name=twitter:creator]", "meta[property=author]");
  private static final String BYLINE = "a[rel=author], [itemprop=author] [itemprop=name], a[href*=/author/], "
      + "a[href*=/authors/], [rel=author], [itemprop=author], "
      + ".byline, .byline-name, .author-name, .author_name, .authorName, .post-author, .entry-author, "
      + ".article-author, .author, [class*=byline], [class*=by-line], [class*=author-name], [class*=author__name], "
      + ".the-author, a[href*=/profile/], .username, "
      + ".user-name, [itemprop=creator]";

  private static final Pattern META_SELECTOR = Pattern.compile("meta\\[(name|property|itemprop)=([^\\]]+)]");

  private final Boilerplate boilerplate;
  /** The page's meta elements by "name=value" (lower case), read once per page; an HtmlMeta reads one page. */
  private final Map<String, List<Element>> metas = new HashMap<>();

  HtmlMeta(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  private List<Element> metaElements(String selector) {
    Matcher m = META_SELECTOR.matcher(selector);
    if (!m.matches()) {
      throw new IllegalArgumentException(selector);
    }
    return metas.getOrDefault(m.group(1) + "=" + m.group(2).toLowerCase(Locale.ROOT), List.of());
  }

  private String metaAttr(String selector, String attr) {
    List<Element> found = metaElements(selector);
    if (found.isEmpty()) {
      return null;
    }
    String v = found.getFirst().attr(attr);
    return v.isBlank() ? null : v.strip();
  }

  void read(Document doc, String pageUrl, Instant reference, Meta meta) {
    for (Element m : doc.getElementsByTag("meta")) {
      for (String key : new String[] {"name", "property", "itemprop"}) {
        String v = m.attr(key);
        if (!v.isEmpty()) {
          metas.computeIfAbsent(key + "=" + v.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
        }
      }
    }
    Meta ld = new Meta();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      readJsonLd(script.data(), ld);
    }
    meta.forum = ld.forum || doc.selectFirst("[itemtype*=DiscussionForumPosting], [itemtype*=QAPage]") != null;
    meta.url(attr(doc, "link[rel=canonical]", "abs:href"));
    meta.url(metaAttr("meta[property=og:url]", "abs:content"));
    meta.url(ld.url);
    meta.articleBody = ld.articleBody;
    meta.description = firstNonBlank(metaAttr("meta[property=og:description]", "content"),
        metaAttr("meta[name=description]", "content"));

    String site = firstNonBlank(metaAttr("meta[property=og:site_name]", "content"), ld.siteName,
        metaAttr("meta[name=application-name]", "content"), metaAttr("meta[name=apple-mobile-web-app-title]",
            "content"));
    meta.site(site);

    title(doc, ld, meta);
    meta.subtitle(ld.subtitle);
    meta.subtitle(attr(doc, ".subtitle, .dek, .standfirst, .article-summary, .article__subtitle, h2.summary, "
        + "[itemprop=alternativeHeadline], .sub-headline, .subheadline", null));

    authors(doc, ld, meta);
    published(doc, ld, pageUrl, reference, meta);

    if (meta.url != null) {
      try {
        meta.domain(URI.create(meta.url).getHost());
      } catch (IllegalArgumentException ignored) {
        // a malformed canonical URL names no domain
      }
    }
    if (meta.siteName == null) {
      String t = doc.title();
      Matcher m = Pattern.compile("^.+\\s[|\u2013\u2014\u00b7-]\\s(.{2,40})$").matcher(t == null ? "" : t.strip());
      if (m.matches() && meta.title != null && !m.group(1).equalsIgnoreCase(meta.title)) {
        meta.site(m.group(1));
      }
    }
  }

  // -- title -----------------------------------------------------------------------------------------------

  private void title(Document doc, Meta ld, Meta meta) {
    String og = metaAttr("meta[property=og:title]", "content");
    if (og == null) {
      og = metaAttr("meta[name=twitter:title]", "content");
    }
    String page = doc.title();
    String site = meta.siteName;
    List<String> h1s = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (Element h : doc.select("h1")) {
      String t = Meta.clean(h.text());
      if (t.length() < 3 || t.length() > 300 || site != null && t.equalsIgnoreCase(site)) {
        continue;
      }
      if (h.parents().is("nav, footer, aside, [role=navigation], [role=banner], .logo, [class*=logo]")) {
        outside.add(t);
      } else {
        h1s.add(t);
      }
    }
    // The visible headline is the title readers see; the one that agrees with what the page calls itself first.
    for (String h : h1s) {
      if (agrees(h, ld.title) || agrees(h, og) || agrees(h, page)) {
        meta.title(typographic(h));
        return;
      }
    }
    if (h1s.size() == 1 || !h1s.isEmpty() && doc.selectFirst("article h1, main h1, [role=main] h1") != null) {
      Element inMain = doc.selectFirst("article h1, main h1, [role=main] h1");
      String h = inMain != null && h1s.contains(Meta.clean(inMain.text())) ? Meta.clean(inMain.text()) : h1s.getFirst();
      meta.title(typographic(h));
      return;
    }
    String named = firstNonBlank(ld.title, og);
    if (named != null) {
      meta.title(typographic(stripSiteName(named, site)));
      return;
    }
    String stripped = stripSiteName(page, site);
    if (stripped != null) {
      meta.title(typographic(stripped));
      return;
    }
    if (!h1s.isEmpty()) {
      meta.title(typographic(h1s.getFirst()));
    } else if (!outside.isEmpty()) {
      meta.title(typographic(outside.getFirst()));
    }
  }

  /** Entities decoded; typographic apostrophes and quotes as plain ones, so that titles compare and search alike. */
  static String typographic(String s) {
    if (s == null) {
      return null;
    }
    return org.jsoup.parser.Parser.unescapeEntities(s, false).replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u201c', '"').replace('\u201d', '"').replace('\u00a0', ' ').strip();
  }

  private static boolean agrees(String h1, String other) {
    if (other == null || other.isBlank()) {
      return false;
    }
    String a = norm(h1);
    String b = norm(other);
    return !a.isEmpty() && (a.equals(b) || b.startsWith(a) && a.length() >= 10 || b.contains(a) && a.length() >= 20);
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\u2018\u2019\u201c\u201d'\"]", "").replaceAll("\\s+", " ").strip();
  }

  /** "Headline | Site" gives "Headline". */
  static String stripSiteName(String title, String site) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = Meta.clean(title);
    if (site != null && !site.isBlank() && !t.equalsIgnoreCase(site.strip())) {
      String q = Pattern.quote(site.strip());
      t = t.replaceAll("(?i)\\s*[|\u2013\u2014:\u00b7\u2022-]\\s*" + q + "\\s*$", "")
          .replaceAll("(?i)^" + q + "\\s*[|\u2013\u2014:\u00b7\u2022-]\\s*", "");
    }
    String[] parts = t.split("\\s+[|\u2013\u2014\u00b7\u2022]\\s+|\\s+-\\s+(?=[^-]+$)");
    if (parts.length > 1) {
      String longest = parts[0];
      for (String p : parts) {
        if (p.length() > longest.length()) {
          longest = p;
        }
      }
      return longest.strip();
    }
    return t;
  }

  // -- authors ---------------------------------------------------------------------------------------------

  private void authors(Document doc, Meta ld, Meta meta) {
    for (String a : ld.authors) {
      addNames(a, meta);
    }
    dropPublisher(meta);
    if (!meta.authors.isEmpty()) {
      return;
    }
    for (String sel : AUTHOR_META) {
      for (Element m : metaElements(sel)) {
        String v = m.attr("content");
        if (!v.startsWith("http") && !v.startsWith("@")) {
          addNames(v, meta);
        }
      }
      dropPublisher(meta);
      if (!meta.authors.isEmpty()) {
        return;
      }
    }
    // A visible byline: "By Jane Doe", "Written by Jane Doe and John Roe", or a label with the name beside it.
    for (Element e : doc.select("p, span, div, li, a, address, strong, em, small, dt, td")) {
      String own = e.ownText().strip();
      if (own.length() > 90 || own.length() < 2 || !BY_START.matcher(own).find()) {
        continue;
      }
      if (e.parents().is("nav, footer, aside, [class*=comment], [id*=comment], [class*=related]")) {
        continue;
      }
      String t = Meta.clean(e.text());
      String name = null;
      if (BY_LABEL.matcher(t).matches()) {
        Element next = e.nextElementSibling();
        if (next != null && next.text().length() <= 80) {
          name = next.text();
        }
      } else if (t.length() <= 100 && VISIBLE_BY.matcher(t).find()) {
        name = t;
      }
      if (name != null) {
        addNames(name, meta);
        dropPublisher(meta);
        if (!meta.authors.isEmpty()) {
          return;
        }
      }
    }
    List<Element> bylines = doc.select(BYLINE);
    for (String sel : BYLINE.split(",\\s*")) {
      for (Element e : bylines) {
        if (!e.is(sel)) {
          continue;
        }
        if (e.parents().is("nav, footer, aside, [class*=comment], [id*=comment], [class*=related]")) {
          continue;
        }
        String t = Meta.clean(e.text());
        if (t.isEmpty() || t.length() > 100 || REVIEWER.matcher(t).find()) {
          continue;
        }
        addNames(t, meta);
        dropPublisher(meta);
        if (!meta.authors.isEmpty()) {
          return;
        }
      }
    }
  }

  /** Publishers named as authors (an outlet's name in the author field) are not authors. */
  private static void dropPublisher(Meta meta) {
    String site = meta.siteName == null ? "" : meta.siteName.toLowerCase(Locale.ROOT);
    String domain = meta.url == null ? "" : meta.url.toLowerCase(Locale.ROOT);
    if (meta.authors.size() < 2) {
      return;
    }
    meta.authors.removeIf(a -> {
      String l = a.toLowerCase(Locale.ROOT);
      String squashed = l.replaceAll("[^a-z0-9]", "");
      return l.equals(site) || squashed.length() >= 4 && domain.contains(squashed) || !l.contains(" ")
          && l.contains(".");
    });
  }

  private void addNames(String raw, Meta meta) {
    if (raw == null) {
      return;
    }
    String s = org.jsoup.parser.Parser.unescapeEntities(Meta.clean(raw), false);
    if (REVIEWER.matcher(s).find()) {
      return;
    }
    s = BY.matcher(s).replaceFirst("");
    s = s.replaceFirst("(?i)^(author|authors|posted by|by)\\s*:?\\s*", "");
    s = s.replaceFirst("(?i)\\s+(on|published|updated|posted)\\b.*$", "");
    s = s.replaceFirst("\\s*[|\u2022\u00b7].*$", "");
    if (s.length() > 80) {
      return;
    }
    for (String name : NAME_SPLIT.split(s)) {
      String n = name.strip().replaceAll("^[-\u2013\u2014:]+|[-\u2013\u2014:.]+$", "").strip();
      if (n.length() < 3 || n.length() > 50 || n.split("\\s+").length > 5 || NOT_A_NAME.matcher(n).matches()
          || boilerplate.classify(n) != null || !Character.isLetter(n.charAt(0))) {
        continue;
      }
      meta.author(n);
    }
  }

  // -- dates -----------------------------------------------------------------------------------------------

  private void published(Document doc, Meta ld, String pageUrl, Instant reference, Meta meta) {
    datesFromMarkup(doc, ld, pageUrl, reference, meta);
  }

  private void datesFromMarkup(Document doc, Meta ld, String pageUrl, Instant reference, Meta meta) {
    meta.modified = ld.modified;
    for (String sel : MODIFIED_META) {
      if (meta.modified == null) {
        Dates.absolute(metaAttr(sel, "content"), null).ifPresent(d -> meta.modified = d);
      }
    }
    meta.published(ld.published);
    for (String sel : DATE_META) {
      if (meta.published != null) {
        return;
      }
      for (Element m : metaElements(sel)) {
        Optional<String> d = Dates.absolute(m.attr("content"), null);
        if (d.isPresent()) {
          meta.published(d.get());
          break;
        }
      }
    }
    if (meta.published != null) {
      return;
    }
    for (Element t : doc.select("time[datetime], [itemprop=datePublished]")) {
      if (t.parents().is("[class*=comment], [id*=comment], aside, [class*=related]")) {
        continue;
      }
      String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
      Optional<String> d = Dates.absolute(v.isBlank() ? t.text() : v, reference);
      if (d.isEmpty()) {
        d = Dates.absolute(t.text(), reference);
      }
      if (d.isPresent()) {
        meta.published(d.get());
        return;
      }
    }
    String url = meta.url != null ? meta.url : pageUrl;
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (!m.find()) {
        m = URL_DATE_COMPACT.matcher(url);
        if (!m.find()) {
          m = null;
        }
      }
      if (m != null) {
        try {
          meta.published(java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))).toString());
          return;
        } catch (java.time.DateTimeException ignored) {
          // not a date after all
        }
      }
    }
    for (Element e : doc.select(".date, .dateline, .published, .post-date, .entry-date, .timestamp, "
        + ".article-date, .pubdate, .publish-date, time, [class*=date], [class*=time], .byline, .meta, "
        + "[class*=meta], [class*=byline], .submitted, [class*=submitted], [class*=posted], [class*=dateline]")) {
      if (e.parents().is("[class*=comment], [id*=comment], aside, footer, [class*=related]")) {
        continue;
      }
      String t = e.text();
      if (t.length() > 150) {
        continue;
      }
      Optional<String> d = Dates.absolute(t, reference);
      if (d.isPresent()) {
        meta.published(d.get());
        return;
      }
      if (meta.relativePublished == null) {
        Dates.relative(t, reference).ifPresent(r -> meta.relativePublished = r);
      }
    }
    // A date standing alone in a short element ("Aug 04, 2025", "Updated: December 31, 2024"), first on the page.
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      String own = e.ownText().strip();
      if (own.length() < 6 || own.length() > 60) {
        continue;
      }
      String bare = LABEL.matcher(own).replaceFirst("");
      if (bare.length() > 32 || !Character.isLetterOrDigit(bare.isEmpty() ? ' ' : bare.charAt(0))) {
        continue;
      }
      Optional<String> d = Dates.absolute(bare, reference);
      if (d.isPresent() && !e.parents().is("nav, footer, aside, [class*=comment], [id*=comment], [class*=related]")) {
        meta.published(d.get());
        return;
      }
    }
  }

  // -- JSON-LD ---------------------------------------------------------------------------------------------

  private static void readJsonLd(String json, Meta meta) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json.strip().replaceAll(";\\s*$", ""));
    } catch (Exception e) {
      return;
    }
    List<JsonNode> nodes = new ArrayList<>();
    collect(root, nodes, 0);
    String siteName = null;
    boolean faq = false;
    for (JsonNode n : nodes) {
      faq |= n.path("@type").toString().toLowerCase(Locale.ROOT).contains("faqpage");
    }
    for (JsonNode n : nodes) {
      String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
      if (faq && type.contains("\"question\"")) {
        continue;
      }
      if (type.contains("website") || type.contains("organization") && !type.contains("article")) {
        if (siteName == null && n.path("name").isTextual()) {
          siteName = n.path("name").asText();
        }
        continue;
      }
      boolean article = type.contains("article") || type.contains("posting") || type.contains("report")
          || type.contains("blog") || type.contains("discussionforum") || type.contains("question")
          || type.contains("review") || type.contains("howto") || type.contains("recipe");
      boolean page = type.contains("webpage");
      if (type.contains("discussionforum") || type.contains("qapage") || type.contains("\"question\"")) {
        meta.forum = true;
      }
      if (!article && !page) {
        continue;
      }
      if (article) {
        meta.title(text(n.path("headline")));
        if (n.path("name").isTextual()) {
          meta.title(n.path("name").asText());
        }
        meta.subtitle(text(n.path("alternativeHeadline")));
        String body = text(n.path("articleBody"));
        if (body != null && (meta.articleBody == null || body.length() > meta.articleBody.length())) {
          meta.articleBody = body;
        }
      }
      meta.url(text(n.path("url")));
      Dates.absolute(text(n.path("datePublished")), null).ifPresent(meta::published);
      if (meta.modified == null) {
        Dates.absolute(text(n.path("dateModified")), null).ifPresent(d -> meta.modified = d);
      }
      if (article) {
        Dates.absolute(text(n.path("dateCreated")), null).ifPresent(meta::published);
      }
      JsonNode author = n.path("author");
      if (author.isMissingNode()) {
        author = n.path("creator");
      }
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        if (a.isTextual()) {
          meta.author(a.asText());
        } else if (a.isObject()) {
          JsonNode name = a.path("name");
          if (name.isArray() && !name.isEmpty()) {
            name = name.get(0);
          }
          if (name.isTextual()) {
            meta.author(name.asText());
          }
        }
      }
      JsonNode publisher = n.path("publisher");
      meta.site(publisher.isTextual() ? publisher.asText() : text(publisher.path("name")));
    }
    meta.site(siteName);
  }

  private static String text(JsonNode n) {
    if (n.isArray() && !n.isEmpty()) {
      n = n.get(0);
    }
    return n.isTextual() ? org.jsoup.parser.Parser.unescapeEntities(n.asText(), false) : null;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 6) {
      return;
    }
    if (n.isArray()) {
      n.forEach(x -> collect(x, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) {
        collect(n.get("@graph"), out, depth + 1);
      }
      // The questions of a FAQ page are a section of the page, not a thread with answers nor its article.
      if (n.has("mainEntity") && !n.path("@type").toString().toLowerCase(Locale.ROOT).contains("faqpage")) {
        collect(n.get("mainEntity"), out, depth + 1);
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

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
