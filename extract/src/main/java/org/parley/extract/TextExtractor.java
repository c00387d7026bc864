package org.parley.extract;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction for plain text, such as a page copied from a browser: each line is a paragraph (hard-wrapped
 * paragraphs are joined), metadata lines ("Authored by X via Y", "From Ekspert, Oct. 27, 2025, URL",
 * "dailyblitz.de 5 hours ago") are read and dropped, and the body is chosen by {@link Lines}.
 */
final class TextExtractor {
  private static final Pattern AUTHORED = Pattern.compile(
      "^(?:authored|written|posted|submitted)\\s+by\\s+(.+?)(?:\\s+via\\s+(.+?))?[,.:]?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_LINE = Pattern.compile("^by\\s+((?:[A-Z][\\p{L}.'-]+\\s?){2,4})$");
  private static final Pattern FROM_SOURCE = Pattern.compile(
      "^(?:from|originally (?:published|appeared) (?:in|on|at)|this article first appeared (?:in|on|at))\\s+"
          + "([^,]+?),\\s*(.*?)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST_APPEARED = Pattern.compile(
      "^(?:this (?:article|story|piece) )?(?:first|originally) (?:appeared|published) (?:in|on|at)\\s+(.+?)\\.?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile("https?://[^\\s,;]+[^\\s,;.)]");
  private static final Pattern SITE_AGO = Pattern.compile(
      "^([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\\s+(.*\\bago|yesterday|today)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_ONLY = Pattern.compile(
      "^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?[\\p{L}0-9.,/ -]{4,30}?(?:\\s*[\u2013\u2014-]\\s*\\d{1,2}:\\d{2}"
          + "(?:\\s*[ap]m)?)?$", Pattern.CASE_INSENSITIVE);

  private static final Pattern SITE_DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.&'-]*(?:\\s+\\p{Lu}[\\p{L}.&'-]*){0,4})\\s*[|\u00b7\u2022\u2013\u2014-]\\s*(.{6,40})$");

  private final Boilerplate boilerplate;

  TextExtractor(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** The body paragraphs of {@code text}; metadata found on the way goes into {@code meta}. */
  List<String> extract(String text, Instant reference, Meta meta) {
    List<String> lines = paragraphs(text);
    return select(lines, reference, meta, true);
  }

  /** Chooses the body among {@code lines}, reading metadata lines; shared with the HTML extractor. */
  List<String> select(List<String> lines, Instant reference, Meta meta, boolean guessTitle) {
    List<Lines.Kind> kinds = new ArrayList<>();
    for (String line : lines) {
      kinds.add(readMetadataLine(line, reference, meta) ? Lines.Kind.JUNK : Lines.kind(line, boilerplate));
    }
    Lines.Run body = Lines.body(lines, kinds);
    if (body == null) {
      return List.of();
    }
    if (guessTitle) {
      guessTitle(lines, kinds, body.from(), meta);
    }
    List<String> out = new ArrayList<>();
    for (int i = body.from(); i < body.to(); i++) {
      if (kinds.get(i) != Lines.Kind.JUNK) {
        out.add(lines.get(i).strip());
      }
    }
    // Dates written after the body (a signature line) count when the header had none.
    for (int i = body.to(); i < lines.size() && meta.published == null; i++) {
      String l = lines.get(i).strip();
      if (l.length() <= 40 && DATE_ONLY.matcher(l).matches()) {
        Dates.absolute(l, reference).ifPresent(meta::published);
      }
    }
    return out;
  }

  /** {@code lines} less the metadata lines (bylines, syndication notes, datelines), read into {@code meta}. */
  List<String> dropMetadataLines(List<String> lines, Instant reference, Meta meta) {
    List<String> out = new ArrayList<>(lines.size());
    for (String l : lines) {
      if (!readMetadataLine(l, reference, meta)) {
        out.add(l);
      }
    }
    return out;
  }

  /** Reads a metadata line into {@code meta}; true when the line is metadata and not article text. */
  private boolean readMetadataLine(String raw, Instant reference, Meta meta) {
    String line = raw.strip();
    if (line.length() > 300) {
      return false;
    }
    Matcher m = AUTHORED.matcher(line);
    if (m.matches()) {
      meta.author(m.group(1));
      if (m.group(2) != null) {
        meta.via(m.group(2), null);
      }
      return true;
    }
    m = FROM_SOURCE.matcher(line);
    if (m.matches() && (URL.matcher(m.group(2)).find() || Dates.absolute(m.group(2), reference).isPresent())) {
      Matcher u = URL.matcher(m.group(2));
      String url = u.find() ? u.group() : null;
      meta.via.addFirst(new org.parley.model.Via(Meta.clean(m.group(1)), url));
      meta.url(url);
      Dates.absolute(m.group(2), reference).ifPresent(meta::published);
      if (url != null) {
        meta.domain(URI.create(url).getHost());
      }
      return true;
    }
    m = FIRST_APPEARED.matcher(line);
    if (m.matches() && m.group(1).length() < 80) {
      meta.via.addFirst(org.parley.model.Via.of(Meta.clean(m.group(1))));
      return true;
    }
    m = SITE_AGO.matcher(line);
    if (m.matches()) {
      meta.site(m.group(1));
      meta.domain(m.group(1));
      Dates.relative(m.group(2), reference).ifPresent(d -> meta.relativePublished = d);
      return true;
    }
    m = BY_LINE.matcher(line);
    if (m.matches()) {
      meta.author(m.group(1));
      return true;
    }
    // A dateline with the outlet's name: "World Ticker | Oct. 10, 2025", "Eastern Ledger - 8 September 2025".
    Matcher dl = SITE_DATELINE.matcher(line);
    if (line.length() <= 80 && dl.matches()) {
      Optional<String> d = Dates.absolute(dl.group(2), reference);
      if (d.isPresent()) {
        meta.site(dl.group(1));
        meta.published(d.get());
        return true;
      }
    }
    if (line.length() <= 40 && DATE_ONLY.matcher(line).matches()) {
      Optional<String> d = Dates.absolute(line, null);
      if (d.isPresent()) {
        meta.published(d.get());
        return true;
      }
    }
    return false;
  }

  /** The headline: among the short lines before the body, the one most like a headline. */
  private void guessTitle(List<String> lines, List<Lines.Kind> kinds, int bodyStart, Meta meta) {
    if (meta.title != null) {
      return;
    }
    String best = null;
    int bestIndex = -1;
    double bestScore = 0;
    for (int i = 0; i < bodyStart; i++) {
      if (kinds.get(i) != Lines.Kind.SHORT) {
        continue;
      }
      String l = lines.get(i).strip();
      int words = l.split("\\s+").length;
      if (words < 3 || words > 25 || l.length() > 200) {
        continue;
      }
      double score = Math.min(words, 14);
      if (l.contains(":")) {
        score += 2;
      }
      for (int j = 0; j < lines.size(); j++) {
        if (j != i && lines.get(j).strip().equals(l)) {
          score += 4;
        }
      }
      if (i == 0) {
        score += 3;
      }
      if (words > 16) {
        score -= 6;
      }
      if (score > bestScore) {
        bestScore = score;
        best = l;
        bestIndex = i;
      }
    }
    if (best != null) {
      meta.title(best);
      for (int i = bestIndex + 1; i < bodyStart; i++) {
        String l = lines.get(i).strip();
        if (kinds.get(i) == Lines.Kind.SHORT && !l.equals(best) && l.split("\\s+").length >= 8) {
          meta.subtitle(l);
          break;
        }
      }
    }
  }

  /**
   * Lines as paragraphs. A page copied from a browser has one paragraph per line; a hard-wrapped text has
   * paragraphs split over lines. A line is joined to the next when it stops mid-sentence and is not a headline,
   * and the next line goes on with it (starts in lower case, or the line is long enough to have been wrapped).
   */
  static List<String> paragraphs(String text) {
    String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n");
    int lines = 0;
    int cut = 0;
    for (String r : raw) {
      String line = r.strip();
      if (!line.isEmpty()) {
        lines++;
        if (line.length() >= 55 && line.length() <= 100 && !endsSentence(line)) {
          cut++;
        }
      }
    }
    boolean wrapped = lines >= 4 && cut >= lines * 0.3;
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      current.append(current.isEmpty() ? "" : " ").append(line);
      String next = i + 1 < raw.length ? raw[i + 1].strip() : "";
      if (next.isEmpty() || !continues(current.toString(), line, next, wrapped)) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString());
    }
    return out;
  }

  private static boolean endsSentence(String line) {
    return ".!?:;\"'\u201d\u2019)\u2026".indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  private static boolean continues(String paragraph, String line, String next, boolean wrapped) {
    if (endsSentence(line) || line.length() < 40) {
      return false;
    }
    if (Character.isLowerCase(next.charAt(0)) && next.length() >= 20) {
      return true;
    }
    return wrapped && line.length() >= 55 && !isHeadline(paragraph);
  }

  /** Most words capitalised, as in "Continued Russian-US Talks Prove That Putin ...". */
  private static boolean isHeadline(String s) {
    String[] words = s.split("\\s+");
    int caps = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    return words.length <= 25 && caps >= words.length * 0.6;
  }
}
