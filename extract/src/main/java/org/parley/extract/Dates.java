package org.parley.extract;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date in the common ways news pages write one and gives it in ISO 8601: {@code 2025-10-27} when only the
 * day is known, {@code 2025-10-27T02:00:00Z} when the instant is. Understands ISO forms, "Oct. 27, 2025",
 * "27 October 2025", "Mon, 06/30/2025 – 02:00" (US order), a bare "December 6" (the year from the reference
 * time), and relative forms such as "5 hours ago" or "yesterday", resolved against the reference time.
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
      + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile(
      "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(\\d{1,6}|an?|one)\\s+(second|sec|minute|min|hour|hr|day|week|month)s?\\s+ago\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|today)\\b", Pattern.CASE_INSENSITIVE);

  /** The earliest date a relative form may give (as for absolute ones: 1900). */
  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  private Dates() {
  }

  /** The first absolute date in {@code s}, or empty. {@code reference} supplies the year a bare "December 6" lacks. */
  public static Optional<String> absolute(String s, Instant reference) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return iso(m);
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = SLASHED.matcher(s);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      // US order (month first) unless the first number cannot be a month.
      return a > 12 ? date(y, b, a) : date(y, a, b);
    }
    if (reference != null) {
      m = MONTH_DAY.matcher(s);
      if (m.find()) {
        LocalDate ref = reference.atOffset(ZoneOffset.UTC).toLocalDate();
        int month = month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        Optional<String> same = date(ref.getYear(), month, day);
        if (same.isPresent() && LocalDate.parse(same.get()).isAfter(ref.plusDays(1))) {
          return date(ref.getYear() - 1, month, day);
        }
        return same;
      }
    }
    return Optional.empty();
  }

  /** A relative date ("5 hours ago", "yesterday") in {@code s}, resolved against {@code reference}, or empty. */
  public static Optional<String> relative(String s, Instant reference) {
    if (s == null || reference == null) {
      return Optional.empty();
    }
    Matcher m = RELATIVE.matcher(s);
    if (m.find()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      long count = n.equals("a") || n.equals("an") || n.equals("one") ? 1 : Long.parseLong(n);
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      Duration d = switch (unit) {
        case "second", "sec" -> Duration.ofSeconds(count);
        case "minute", "min" -> Duration.ofMinutes(count);
        case "hour", "hr" -> Duration.ofHours(count);
        case "day" -> Duration.ofDays(count);
        case "week" -> Duration.ofDays(7 * count);
        default -> Duration.ofDays(30 * count);
      };
      Instant at = reference.minus(d);
      if (at.isBefore(EARLIEST)) {
        return Optional.empty(); // "99999 days ago" is no publication date
      }
      boolean precise = unit.startsWith("s") || unit.startsWith("m") && !unit.equals("month") || unit.startsWith("h");
      return Optional.of(precise ? DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
          : at.atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }
    m = YESTERDAY.matcher(s);
    if (m.find()) {
      LocalDate d = reference.atOffset(ZoneOffset.UTC).toLocalDate();
      return Optional.of((m.group(1).equalsIgnoreCase("yesterday") ? d.minusDays(1) : d).toString());
    }
    return Optional.empty();
  }

  /** An absolute date if there is one, else a relative one. */
  public static Optional<String> any(String s, Instant reference) {
    Optional<String> a = absolute(s, reference);
    return a.isPresent() ? a : relative(s, reference);
  }

  private static Optional<String> iso(Matcher m) {
    Optional<String> day = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
    if (day.isEmpty() || m.group(4) == null || m.group(7) == null) {
      return day;
    }
    String zone = m.group(7).equals("Z") ? "Z" : m.group(7).replaceAll("(\\d{2}):?(\\d{2})$", "$1:$2");
    String sec = m.group(6) == null ? "00" : m.group(6);
    try {
      OffsetDateTime t = OffsetDateTime.parse(day.get() + "T" + m.group(4) + ":" + m.group(5) + ":" + sec + zone);
      // The local date and time with its offset: the day stays the one the page was dated.
      return Optional.of(t.getOffset().equals(ZoneOffset.UTC) ? DateTimeFormatter.ISO_INSTANT.format(t.toInstant())
          : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
    } catch (DateTimeParseException e) {
      return day;
    }
  }

  private static int month(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer v = MONTHS.get(k.length() > 4 ? k.substring(0, 3) : k);
    if (v == null) {
      v = MONTHS.get(k.substring(0, Math.min(3, k.length())));
    }
    return v == null ? 0 : v;
  }

  private static Optional<String> date(int y, int m, int d) {
    if (y < 1900 || y > 2200) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, m, d).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
