package org.parley.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Document;
import org.parley.model.Ids;
import org.parley.model.Page;
import org.parley.model.Source;
import org.parley.model.Via;
import org.parley.pipeline.Extractor;
import org.parley.pipeline.InputException;

/**
 * The extract stage's entry point: {@code ArticleExtractor.standard().extract(page)} gives the document with the
 * article's clean text (paragraphs separated by a blank line) and its metadata. Immutable and thread-safe.
 */
public final class ArticleExtractor implements Extractor {
  private static final long serialVersionUID = 1L;
  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
      "with", "as", "was", "by", "it", "said", "has", "have", "are", "from", "this", "be", "at", "not");

  private final Boilerplate boilerplate;
  private final Markup markup;

  private ArticleExtractor(Boilerplate boilerplate, Markup markup) {
    this.boilerplate = boilerplate;
    this.markup = markup;
  }

  public static ArticleExtractor standard() {
    return new ArticleExtractor(Boilerplate.standard(), Markup.standard());
  }

  @Override
  public Document extract(Page page) {
    Meta meta = new Meta();
    TextExtractor text = new TextExtractor(boilerplate);
    String body = switch (page.format()) {
      case HTML -> String.join("\n\n",
          new HtmlExtractor(boilerplate, markup, text).extract(page.content(), page.url(), page.fetched(), meta));
      case TEXT -> String.join("\n\n", text.extract(page.content(), page.fetched(), meta));
      case ARTICLE -> page.content();
    };
    if (body.isBlank() && page.format() == Page.Format.TEXT) {
      body = String.join("\n\n", TextExtractor.paragraphs(page.content()));
    }
    if (body.isBlank() && meta.title == null) {
      throw new InputException("no article text found");
    }
    String url = page.url() != null && meta.url == null ? page.url() : meta.url;
    if (url == null) {
      url = page.url();
    }
    List<Via> via = new ArrayList<>(meta.via);
    if (meta.siteName != null && !via.isEmpty() && via.stream().noneMatch(v -> v.name().equalsIgnoreCase(meta.siteName))) {
      via.add(new Via(meta.siteName, page.url()));
    }
    String siteName = meta.siteName != null ? meta.siteName : via.isEmpty() ? null : via.getFirst().name();
    String domain = meta.siteDomain != null ? meta.siteDomain : host(url);
    Source source = siteName == null && domain == null ? null : new Source(siteName, domain);
    String published = page.published() != null ? page.published()
        : meta.published != null ? meta.published : meta.relativePublished;
    String title = page.title() != null ? page.title() : meta.title;
    return Document.builder()
        .id(page.id() != null ? page.id() : Ids.forDocument(url, body))
        .input(page.input())
        .url(url)
        .title(title)
        .subtitle(meta.subtitle != null && !meta.subtitle.equals(title) ? meta.subtitle : null)
        .authors(meta.authors)
        .via(via)
        .source(source)
        .published(published)
        .language(language(body.isBlank() ? title : body))
        .text(body)
        .build();
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The language of the text, by Lingua; "en" by function words when Lingua cannot tell. */
  static String language(String text) {
    if (text == null) {
      return null;
    }
    String detected = Language.detect(text);
    return detected != null ? detected : english(text);
  }

  private static String english(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2000);
    int n = 0;
    int hits = 0;
    for (String w : words) {
      if (!w.isEmpty()) {
        n++;
        if (ENGLISH.contains(w)) {
          hits++;
        }
      }
    }
    return n > 0 && hits >= Math.max(2, n * 0.12) ? "en" : null;
  }
}
