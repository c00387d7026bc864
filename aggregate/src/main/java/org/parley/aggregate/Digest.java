package org.parley.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Document;
import org.parley.model.Quote;
import org.parley.model.Story;
import org.parley.store.Store;

/**
 * The round-up of a period from the store: the stories with most articles, each with a summary drawn from its
 * articles without repeating a fact (a sentence too similar to one already taken is dropped); the notable quotes
 * (direct quotes with a named speaker, strongest tone first); the dyads whose Goldstein sum moved most, with their
 * swing. Every claim links to the articles it comes from.
 */
public final class Digest {
  private Digest() {
  }

  /** The digest in Markdown ({@code html=false}) or HTML. */
  public static String render(Store store, String from, String to, boolean html, int topStories) {
    Map<String, Document> docs = new HashMap<>();
    store.forEachDocument(d -> {
      String day = d.published() == null ? null : d.published().substring(0, Math.min(10, d.published().length()));
      if ((from == null || (day != null && day.compareTo(from) >= 0)) && (to == null || (day != null
          && day.compareTo(to) <= 0))) {
        docs.put(d.id(), d);
      }
    });
    StringBuilder md = new StringBuilder();
    md.append("# Parley digest").append(from != null || to != null ? ": " + (from == null ? "…" : from) + " to "
        + (to == null ? "…" : to) : "").append("\n\n");
    md.append(docs.size()).append(" articles.\n\n## Top stories\n\n");
    List<Story> stories = new ArrayList<>();
    for (Story s : store.stories()) {
      if (s.documents().stream().anyMatch(docs::containsKey)) {
        stories.add(s);
      }
    }
    stories.sort(Comparator.comparingInt((Story s) -> -(int) s.documents().stream().filter(docs::containsKey)
        .filter(id -> docs.get(id).duplicateOf() == null).count()).thenComparing(Story::id));
    for (Story s : stories.subList(0, Math.min(topStories, stories.size()))) {
      List<Document> members = s.documents().stream().filter(docs::containsKey).map(docs::get).toList();
      String title = members.stream().filter(d -> d.duplicateOf() == null && d.title() != null).map(Document::title)
          .findFirst().orElse(s.title());
      md.append("### ").append(title == null ? "(untitled)" : title).append("\n\n");
      md.append("*").append(s.start() == null ? "date unknown" : s.start().equals(s.end()) ? s.start()
          : s.start() + " to " + s.end()).append(", ").append(members.size())
          .append(" article").append(members.size() == 1 ? "" : "s").append(":* ");
      List<String> links = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        links.add(link(members.get(i), "[" + (i + 1) + "]"));
      }
      md.append(String.join(" ", links)).append("\n\n");
      for (String[] sentence : storySummary(members, 3)) {
        md.append("- ").append(sentence[0]).append(" ").append(link(docs.get(sentence[1]), "(source)")).append("\n");
      }
      md.append("\n");
    }
    md.append("## Notable quotes\n\n");
    List<Object[]> quotes = new ArrayList<>();
    for (Document d : docs.values()) {
      if (d.duplicateOf() != null) {
        continue;
      }
      for (Quote q : d.quotes()) {
        if (q.direct() && q.speaker() != null && q.text() != null && q.text().length() > 30) {
          Double t = Tone.of(q.text());
          quotes.add(new Object[] {q, d, t == null ? 0.0 : Math.abs(t)});
        }
      }
    }
    quotes.sort(Comparator.comparingDouble((Object[] o) -> -(double) o[2])
        .thenComparing(o -> ((Document) o[1]).id()).thenComparingInt(o -> ((Quote) o[0]).start()));
    for (Object[] o : quotes.subList(0, Math.min(8, quotes.size()))) {
      Quote q = (Quote) o[0];
      md.append("- **").append(q.speaker()).append("**: “").append(q.text().strip()).append("” ")
          .append(link((Document) o[1], "(source)")).append("\n");
    }
    if (quotes.isEmpty()) {
      md.append("None found.\n");
    }
    md.append("\n## Dyads that moved most\n\n");
    List<Object[]> moves = new ArrayList<>();
    for (RelationsIndex.Dyad dyad : RelationsIndex.dyads(store.connection(), from, to, 50)) {
      List<RelationsIndex.Day> days = RelationsIndex.days(store.connection(), dyad, from, to);
      if (days.isEmpty()) {
        continue;
      }
      double sum = days.stream().mapToDouble(RelationsIndex.Day::goldsteinSum).sum();
      double swing = days.stream().mapToDouble(RelationsIndex.Day::swing).max().orElse(0);
      int events = days.stream().mapToInt(RelationsIndex.Day::events).sum();
      double moved = days.getLast().trend() - days.getFirst().trend();
      moves.add(new Object[] {dyad, sum, swing, events, moved});
    }
    // moved most: the largest change of the smoothed trend over the period, then the largest Goldstein sum
    moves.sort(Comparator.comparingDouble((Object[] o) -> -Math.abs((double) o[4]))
        .thenComparingDouble(o -> -Math.abs((double) o[1])).thenComparing(o -> o[0].toString()));
    if (moves.isEmpty()) {
      md.append("No coded events in this period.\n");
    } else {
      md.append("| dyad | events | Goldstein sum | trend change | highest swing | sources |\n|---|---|---|---|---|---|\n");
      for (Object[] o : moves.subList(0, Math.min(8, moves.size()))) {
        List<String> links = new ArrayList<>();
        int k = 1;
        for (String[] src : RelationsIndex.sources(store.connection(), (RelationsIndex.Dyad) o[0], from, to, 3)) {
          links.add("[" + k++ + "](" + src[1].replace(" ", "%20") + ")");
        }
        md.append(String.format(Locale.ROOT, "| %s | %d | %+.1f | %+.2f | %.2f | %s |%n", o[0], (int) o[3],
            (double) o[1], (double) o[4], (double) o[2], String.join(" ", links)));
      }
      md.append("\n`parley index --dyad A-B` gives the days behind each row (definitions: docs/index.md).\n");
    }
    return html ? toHtml(md.toString()) : md.toString();
  }

  /**
   * A multi-document summary: up to {@code n} sentences taken in turn from the articles' own summaries (the first
   * sentence of each article, then the second ...), each with its article, a sentence too close to one already
   * taken (cosine of content words above 0.5) left out, so no fact is told twice.
   */
  public static List<String[]> storySummary(List<Document> members, int n) {
    List<List<String>> summaries = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Document d : members) {
      if (d.duplicateOf() != null) {
        continue;
      }
      summaries.add(d.summary().isEmpty() ? Summarizer.standard().summarize(d.text(), d.title()) : d.summary());
      ids.add(d.id());
    }
    List<String[]> out = new ArrayList<>();
    List<Map<String, Double>> taken = new ArrayList<>();
    int longest = summaries.stream().mapToInt(List::size).max().orElse(0);
    for (int rank = 0; rank < longest && out.size() < n; rank++) {
      for (int a = 0; a < summaries.size() && out.size() < n; a++) {
        if (rank >= summaries.get(a).size()) {
          continue;
        }
        String sentence = summaries.get(a).get(rank);
        Map<String, Double> v = new HashMap<>();
        for (String t : Text.terms(sentence)) {
          v.merge(t, 1.0, Double::sum);
        }
        if (taken.stream().anyMatch(o -> Summarizer.cosine(o, v) > 0.5)) {
          continue;
        }
        out.add(new String[] {sentence, ids.get(a)});
        taken.add(v);
      }
    }
    return out;
  }

  private static String link(Document d, String label) {
    String target = d.url() != null ? d.url() : d.input() != null ? d.input() : d.id();
    return "[" + label.replace("[", "").replace("]", "") + "](" + target.replace(" ", "%20") + ")";
  }

  /** A plain rendering of the digest's Markdown subset (headings, lists, emphasis, links, tables). */
  static String toHtml(String md) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Parley digest"
        + "</title></head><body>\n");
    boolean list = false;
    boolean table = false;
    for (String line : md.split("\n")) {
      if (list && !line.startsWith("- ")) {
        h.append("</ul>\n");
        list = false;
      }
      if (table && !line.startsWith("|")) {
        h.append("</table>\n");
        table = false;
      }
      if (line.startsWith("### ")) {
        h.append("<h3>").append(inline(line.substring(4))).append("</h3>\n");
      } else if (line.startsWith("## ")) {
        h.append("<h2>").append(inline(line.substring(3))).append("</h2>\n");
      } else if (line.startsWith("# ")) {
        h.append("<h1>").append(inline(line.substring(2))).append("</h1>\n");
      } else if (line.startsWith("- ")) {
        if (!list) {
          h.append("<ul>\n");
          list = true;
        }
        h.append("<li>").append(inline(line.substring(2))).append("</li>\n");
      } else if (line.startsWith("|")) {
        if (line.startsWith("|---")) {
          continue;
        }
        if (!table) {
          h.append("<table>\n");
          table = true;
        }
        h.append("<tr>");
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
          h.append("<td>").append(inline(cell.strip())).append("</td>");
        }
        h.append("</tr>\n");
      } else if (!line.isBlank()) {
        h.append("<p>").append(inline(line)).append("</p>\n");
      }
    }
    if (list) {
      h.append("</ul>\n");
    }
    if (table) {
      h.append("</table>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  private static String inline(String s) {
    String e = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    e = e.replaceAll("\\[([^\\]]*)\\]\\(([^)]*)\\)", "<a href=\"$2\">$1</a>");
    e = e.replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
    e = e.replaceAll("\\*([^*]+)\\*", "<i>$1</i>");
    return e.replaceAll("`([^`]+)`", "<code>$1</code>");
  }
}
