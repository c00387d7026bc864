package org.parley.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.ActorCodes;

/**
 * The relations index of a dyad, per day, from the store's events (definitions in docs/index.md). An actor is
 * the first three letters of an event's actor code (its country, as in CAMEO: {@code USAGOV} is {@code USA}).
 * {@code A-B} is the undirected dyad (events from A to B and from B to A), {@code A>B} the directed one. Events
 * of documents that are copies ({@code duplicate_of} set) are not counted. A day is the event's date, else the
 * publication day of its document.
 */
public final class RelationsIndex {
  /** Days of the trailing window of the swing measure. */
  public static final int SWING_WINDOW = 7;
  /** Weight of the newest day in the exponentially smoothed trend. */
  public static final double TREND_ALPHA = 0.3;
  /** How many standard deviations from the trend make a change point. */
  public static final double CHANGE_SIGMAS = 2.0;

  private static final Pattern DYAD = Pattern.compile(
      "([A-Za-z]{3}|IGO[A-Za-z0-9]{2,3})([->])([A-Za-z]{3}|IGO[A-Za-z0-9]{2,3})");
  /** The dyad actors of an event's source and target: countries or international organisations (ActorCodes). */
  private static final String SRC = ActorCodes.dyadActorSql("e.source_code");
  private static final String TGT = ActorCodes.dyadActorSql("e.target_code");

  private RelationsIndex() {
  }

  /** A dyad as asked for: two actor codes and whether direction counts. */
  public record Dyad(String a, String b, boolean directed) {
    public static Dyad parse(String s) {
      Matcher m = DYAD.matcher(s == null ? "" : s.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException("a dyad is two actor codes, countries (USA) or organisations (IGOUNO), "
            + "A-B (either direction) or A>B (from A to B): " + s);
      }
      return new Dyad(m.group(1).toUpperCase(Locale.ROOT), m.group(3).toUpperCase(Locale.ROOT),
          m.group(2).equals(">"));
    }

    @Override
    public String toString() {
      return a + (directed ? ">" : "-") + b;
    }
  }

  /**
   * One day of the index, the contract's fields first.
   *
   * @param trend       exponentially smoothed Goldstein mean up to this day
   * @param changePoint true when this day's Goldstein mean is more than two standard deviations off the trend
   * @param swing       the swing measure over the trailing window, 0 (no alternation) to 1
   * @param flips       how many times the dyad switched between cooperation and conflict in the window
   */
  public record Day(String date, String dyad, int events, double goldsteinSum, double goldsteinMean,
                    List<Integer> quad, Double tone, double trend, boolean changePoint, double swing, int flips) {
  }

  /** The days of {@code dyad} between {@code from} and {@code to} (inclusive, ISO dates, either may be null). */
  public static List<Day> days(Connection conn, Dyad dyad, String from, String to) {
    // the table's reading, restricted to the events between the two actors
    String only = dyad.directed() ? "SRC = ? AND TGT = ?" : "((SRC = ? AND TGT = ?) OR (SRC = ? AND TGT = ?))";
    List<String> args = dyad.directed() ? List.of(dyad.a(), dyad.b())
        : List.of(dyad.a(), dyad.b(), dyad.b(), dyad.a());
    Map<String, List<Day>> read = Table.read(conn, dyad.directed(), only, args);
    return new Table(dyad.directed() ? read : Map.of(), dyad.directed() ? Map.of() : read).days(dyad, from, to);
  }

  /**
   * Every dyad's days at once, from two scans of the events instead of one per dyad: for a service that answers
   * many dyads (the API, the dashboard). {@link #days(Dyad, String, String)} gives what
   * {@link RelationsIndex#days(Connection, Dyad, String, String)} gives; the table is a snapshot, so build a new
   * one after the events changed.
   */
  public static final class Table {
    private final Map<String, List<Day>> directed;
    private final Map<String, List<Day>> undirected;

    private Table(Map<String, List<Day>> directed, Map<String, List<Day>> undirected) {
      this.directed = directed;
      this.undirected = undirected;
    }

    /** Reads every dyad-day of the store behind {@code conn}. */
    public static Table build(Connection conn) {
      return new Table(read(conn, true, "TRUE", List.of()), read(conn, false, "TRUE", List.of()));
    }

    /** The raw days (no trend, change points or swing yet) by dyad key, of the events {@code only} admits. */
    private static Map<String, List<Day>> read(Connection conn, boolean directed, String only, List<String> args) {
      String a = directed ? "SRC" : "least(SRC, TGT)";
      String b = directed ? "TGT" : "greatest(SRC, TGT)";
      String sql = """
          WITH ev AS (
            SELECT A AS a, B AS b, coalesce(TRY_CAST(substr(e.event_date, 1, 10) AS DATE), d.published_day) AS day,
                   e.goldstein, e.quad, d.id AS doc, d.tone
            FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE d.duplicate_of IS NULL AND SRC IS NOT NULL AND TGT IS NOT NULL AND ONLY),
          tones AS (SELECT a, b, day, avg(tone) AS tone FROM (SELECT DISTINCT a, b, day, doc, tone FROM ev)
                    GROUP BY a, b, day)
          SELECT c.a, c.b, CAST(c.day AS VARCHAR), c.n, c.gsum, c.gmean, c.q1, c.q2, c.q3, c.q4, t.tone
          FROM (SELECT a, b, day, count(*) AS n, sum(goldstein) AS gsum, avg(goldstein) AS gmean,
                       count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
                       count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4
                FROM ev WHERE day IS NOT NULL GROUP BY a, b, day) c
          JOIN tones t ON t.a = c.a AND t.b = c.b AND t.day = c.day
          ORDER BY c.a, c.b, c.day""".replace("A AS a", a + " AS a").replace("B AS b", b + " AS b")
          .replace("ONLY", only).replace("SRC", SRC).replace("TGT", TGT);
      Map<String, List<Day>> out = new java.util.HashMap<>();
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        for (int i = 0; i < args.size(); i++) {
          ps.setString(i + 1, args.get(i));
        }
        ResultSet rs = ps.executeQuery();
        while (rs.next()) {
          String key = rs.getString(1) + (directed ? ">" : "-") + rs.getString(2);
          double tone = rs.getDouble(11);
          Double t = rs.wasNull() ? null : round(tone);
          out.computeIfAbsent(key, k -> new ArrayList<>()).add(new Day(rs.getString(3), null, rs.getInt(4),
              round(rs.getDouble(5)), round(rs.getDouble(6)), List.of(rs.getInt(7), rs.getInt(8), rs.getInt(9),
              rs.getInt(10)), t, 0, false, 0, 0));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the events: " + e.getMessage(), e);
      }
      return out;
    }

    /** The days of {@code dyad} between {@code from} and {@code to}, as the store's query gives them. */
    public List<Day> days(Dyad dyad, String from, String to) {
      List<Day> raw;
      if (dyad.directed()) {
        raw = directed.getOrDefault(dyad.a() + ">" + dyad.b(), List.of());
      } else {
        boolean ordered = dyad.a().compareTo(dyad.b()) <= 0;
        raw = undirected.getOrDefault((ordered ? dyad.a() : dyad.b()) + "-" + (ordered ? dyad.b() : dyad.a()),
            List.of());
      }
      List<Day> named = new ArrayList<>(raw.size());
      for (Day d : raw) {
        named.add(new Day(d.date(), dyad.toString(), d.events(), d.goldsteinSum(), d.goldsteinMean(), d.quad(),
            d.tone(), 0, false, 0, 0));
      }
      List<Day> out = new ArrayList<>();
      for (Day d : measure(named)) {
        if ((from == null || d.date().compareTo(from) >= 0) && (to == null || d.date().compareTo(to) <= 0)) {
          out.add(d);
        }
      }
      return out;
    }
  }

  /** Adds trend, change points and swing to days in date order (the whole history, so a range starts warm). */
  public static List<Day> measure(List<Day> days) {
    List<Day> out = new ArrayList<>(days.size());
    double trend = 0;
    double var = 0;
    int seen = 0;
    java.time.LocalDate[] epoch = new java.time.LocalDate[days.size()];
    for (int i = 0; i < days.size(); i++) {
      epoch[i] = java.time.LocalDate.parse(days.get(i).date());
    }
    int lo = 0;
    for (int i = 0; i < days.size(); i++) {
      Day d = days.get(i);
      double m = d.goldsteinMean();
      boolean change = false;
      if (seen == 0) {
        trend = m;
      } else {
        double dev = m - trend;
        change = seen >= 3 && Math.abs(dev) > CHANGE_SIGMAS * Math.max(Math.sqrt(var), 1.0);
        var = (1 - TREND_ALPHA) * (var + TREND_ALPHA * dev * dev);
        trend = trend + TREND_ALPHA * dev;
      }
      seen++;
      // the days of the trailing window are a run ending at this one (the days come in date order)
      while (java.time.temporal.ChronoUnit.DAYS.between(epoch[lo], epoch[i]) >= SWING_WINDOW) {
        lo++;
      }
      int flips = 0;
      double strength = 0;
      Day prev = null;
      for (int j = lo; j <= i; j++) {
        Day w = days.get(j);
        if (prev != null && sign(prev) != 0 && sign(w) != 0 && sign(prev) != sign(w)) {
          flips++;
          strength += Math.abs(w.goldsteinMean() - prev.goldsteinMean()) / 20.0;
        }
        if (sign(w) != 0) {
          prev = w;
        }
      }
      double swing = Math.min(1.0, strength / (SWING_WINDOW - 1) * 2);
      out.add(new Day(d.date(), d.dyad(), d.events(), d.goldsteinSum(), d.goldsteinMean(), d.quad(), d.tone(),
          round(trend), change, round(swing), flips));
    }
    return out;
  }

  /** +1 for a cooperative day (more events in quads 1-2 than 3-4), -1 for a conflictual one, 0 for a tie. */
  static int sign(Day d) {
    int coop = d.quad().get(0) + d.quad().get(1);
    int conf = d.quad().get(2) + d.quad().get(3);
    return Integer.signum(coop - conf);
  }

  /** The JSON line of a day: the contract's fields, then the measures. */
  public static Map<String, Object> line(Day d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", d.date());
    m.put("dyad", d.dyad());
    m.put("events", d.events());
    m.put("goldstein_sum", d.goldsteinSum());
    m.put("goldstein_mean", d.goldsteinMean());
    m.put("quad", d.quad());
    m.put("tone", d.tone());
    m.put("trend", d.trend());
    m.put("change_point", d.changePoint());
    m.put("swing", d.swing());
    m.put("flips", d.flips());
    return m;
  }

  /** Every undirected dyad with events between {@code from} and {@code to}, most events first. */
  public static List<Dyad> dyads(Connection conn, String from, String to, int limit) {
    String sql = """
        SELECT least(SRC, TGT) a,
               greatest(SRC, TGT) b, count(*) n
        FROM events e JOIN documents d ON d.id = e.doc_id
        WHERE d.duplicate_of IS NULL AND SRC IS NOT NULL AND TGT IS NOT NULL AND SRC <> TGT
          AND (? IS NULL OR CAST(coalesce(TRY_CAST(substr(e.event_date, 1, 10) AS DATE), d.published_day) AS VARCHAR) >= ?)
          AND (? IS NULL OR CAST(coalesce(TRY_CAST(substr(e.event_date, 1, 10) AS DATE), d.published_day) AS VARCHAR) <= ?)
        GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?""".replace("SRC", SRC).replace("TGT", TGT);
    List<Dyad> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, from);
      ps.setString(2, from);
      ps.setString(3, to);
      ps.setString(4, to);
      ps.setInt(5, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Dyad(rs.getString(1), rs.getString(2), false));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the events: " + e.getMessage(), e);
    }
    return out;
  }

  /** The documents (id, url or input) that report most of the dyad's events in the period, most events first. */
  public static List<String[]> sources(Connection conn, Dyad dyad, String from, String to, int limit) {
    String sql = """
        SELECT d.id, coalesce(d.url, d.input, d.id), count(*) n
        FROM events e JOIN documents d ON d.id = e.doc_id
        WHERE d.duplicate_of IS NULL AND ((SRC = ? AND TGT = ?)
             OR (? AND SRC = ? AND TGT = ?))
          AND (? IS NULL OR CAST(coalesce(TRY_CAST(substr(e.event_date, 1, 10) AS DATE), d.published_day) AS VARCHAR) >= ?)
          AND (? IS NULL OR CAST(coalesce(TRY_CAST(substr(e.event_date, 1, 10) AS DATE), d.published_day) AS VARCHAR) <= ?)
        GROUP BY d.id, d.url, d.input ORDER BY n DESC, d.id LIMIT ?""".replace("SRC", SRC).replace("TGT", TGT);
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, dyad.a());
      ps.setString(2, dyad.b());
      ps.setBoolean(3, !dyad.directed());
      ps.setString(4, dyad.b());
      ps.setString(5, dyad.a());
      ps.setString(6, from);
      ps.setString(7, from);
      ps.setString(8, to);
      ps.setString(9, to);
      ps.setInt(10, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the events: " + e.getMessage(), e);
    }
    return out;
  }

  /** Figures of the index are kept to three decimals. */
  public static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
