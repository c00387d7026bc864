package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.annotate.Actor;
import org.parley.code.Codebook;
import org.parley.model.ActorCodes;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Json;

/**
 * The stored events in the forms researchers read: GDELT 2.0's event table (the columns that apply, tab-separated,
 * one header line) and PLOVER JSON records (one per line). See docs/formats.md.
 */
final class EventExport {
  static final String[] GDELT_COLUMNS = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name",
      "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
      "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED",
      "SOURCEURL"};

  private final Writer out;
  private final boolean gdelt;
  private final Codebook codebook = Codebook.standard();
  private long events;

  EventExport(Writer out, boolean gdelt) {
    this.out = out;
    this.gdelt = gdelt;
    if (gdelt) {
      write(String.join("\t", GDELT_COLUMNS) + "\n");
    }
  }

  long events() {
    return events;
  }

  void write(Document d) {
    int i = 0;
    for (Event e : d.events()) {
      write(gdelt ? gdeltRow(d, e, i) : Json.line(plover(d, e, i)) + "\n");
      i++;
      events++;
    }
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  /** A stable numeric id for the i-th event of a document: 15 digits from SHA-256 of the document id and i. */
  static long eventId(String docId, int i) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest((docId + "#" + i).getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int k = 0; k < 8; k++) {
        v = (v << 8) | (h[k] & 0xff);
      }
      return Math.floorMod(v, 1_000_000_000_000_000L);
    } catch (NoSuchAlgorithmException x) {
      throw new IllegalStateException(x);
    }
  }

  private String gdeltRow(Document d, Event e, int i) {
    String date = e.date() != null ? e.date() : d.published();
    String day = date == null || date.length() < 10 ? "" : date.substring(0, 10).replace("-", "");
    String monthYear = day.isEmpty() ? "" : day.substring(0, 6);
    String year = day.isEmpty() ? "" : day.substring(0, 4);
    String fraction = "";
    if (!day.isEmpty()) {
      int y = Integer.parseInt(year);
      int doy = java.time.LocalDate.parse(date.substring(0, 10)).getDayOfYear();
      fraction = String.format(java.util.Locale.ROOT, "%.4f", y + doy / 365.0);
    }
    String cameo = Codebook.gdeltNumber(e.cameo());
    String base = cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
    int firstParagraph = d.text().indexOf("\n\n");
    boolean root = firstParagraph < 0 || e.start() < firstParagraph;
    String[] f = {String.valueOf(eventId(d.id(), i)), day, monthYear, year, fraction,
        code(e.source().code()), name(e.source().text()), country(e.source().code()), sector(e.source().code()),
        code(e.target().code()), name(e.target().text()), country(e.target().code()), sector(e.target().code()),
        root ? "1" : "0", cameo, base, e.root(), String.valueOf(e.quad()), String.valueOf(e.goldstein()), "1", "1",
        "1", d.tone() == null ? "0" : String.valueOf(d.tone()), day, d.url() == null ? "" : d.url()};
    return String.join("\t", f) + "\n";
  }

  private static String code(String c) {
    return c == null ? "" : c;
  }

  private static String name(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").toUpperCase(java.util.Locale.ROOT);
  }

  private static String country(String c) {
    String k = Actor.countryOf(c);
    return k == null ? "" : k;
  }

  /** The first sector code after the country or region (RUSGOV gives GOV; a bare sector is its own). */
  private static String sector(String c) {
    return ActorCodes.sector(c);
  }

  private Map<String, Object> plover(Document d, Event e, int i) {
    Codebook.Code c = codebook.get(e.cameo());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id() + "-" + i);
    m.put("event_date", e.date() != null ? e.date() : d.published());
    m.put("event_type", e.plover());
    m.put("mode", c == null ? null : c.ploverMode());
    m.put("context", c == null ? null : c.ploverContext());
    m.put("actor", e.source().text());
    m.put("actor_code", e.source().code());
    m.put("actor_country", Actor.countryOf(e.source().code()));
    m.put("recipient", e.target().text());
    m.put("recipient_code", e.target().code());
    m.put("recipient_country", Actor.countryOf(e.target().code()));
    m.put("cameo", e.cameo());
    m.put("goldstein", e.goldstein());
    m.put("quad", e.quad());
    m.put("event_text", e.sentence());
    m.put("start", e.start());
    m.put("end", e.end());
    m.put("pattern", e.pattern());
    m.put("doc_id", d.id());
    m.put("url", d.url());
    m.put("source", d.source() == null ? null : d.source().name());
    m.put("title", d.title());
    return m;
  }
}
