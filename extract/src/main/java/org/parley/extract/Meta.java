package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Via;

/** Metadata gathered while reading one page; the first value found for a field wins, so sources go best first. */
final class Meta {
  String url;
  String title;
  String subtitle;
  final List<String> authors = new ArrayList<>();
  final List<Via> via = new ArrayList<>();
  String siteName;
  String siteDomain;
  String published;
  String relativePublished;
  /** When the page says it was last changed. */
  String modified;
  /** Set when the page says it is a forum thread or a question with answers. */
  boolean forum;
  /** The article's text as the page's JSON-LD gives it (schema.org articleBody), if it does. */
  String articleBody;
  /** The page's own summary (meta description), if any. */
  String description;

  void url(String v) {
    if (url == null && notBlank(v)) {
      url = v.strip();
    }
  }

  void title(String v) {
    if (title == null && notBlank(v)) {
      title = clean(v);
    }
  }

  void subtitle(String v) {
    if (subtitle == null && notBlank(v)) {
      subtitle = clean(v);
    }
  }

  void author(String v) {
    if (!notBlank(v)) {
      return;
    }
    String a = clean(v).replaceFirst("(?i)^(by|authored by|written by)\\s+", "").replaceAll("[,;]$", "").strip();
    if (a.isEmpty() || a.length() > 80 || a.contains("http")) {
      return;
    }
    for (String existing : authors) {
      if (existing.equalsIgnoreCase(a)) {
        return;
      }
    }
    authors.add(a);
  }

  /** Adds a syndication step at the end of the chain (the chain runs from the original to the page read). */
  void via(String name, String viaUrl) {
    if (!notBlank(name)) {
      return;
    }
    String n = clean(name).replaceAll("[,.;:]$", "");
    for (int i = 0; i < via.size(); i++) {
      if (via.get(i).name().equalsIgnoreCase(n)) {
        if (via.get(i).url() == null && viaUrl != null) {
          via.set(i, new Via(via.get(i).name(), viaUrl));
        }
        return;
      }
    }
    via.add(new Via(n, viaUrl));
  }

  void site(String name) {
    if (siteName == null && notBlank(name)) {
      siteName = clean(name);
    }
  }

  void domain(String d) {
    if (siteDomain == null && notBlank(d)) {
      siteDomain = d.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }
  }

  void published(String v) {
    if (published == null && notBlank(v)) {
      published = v;
    }
  }

  static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
