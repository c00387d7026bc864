package org.parley.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an actor code (CAMEO style: {@code RUSGOV}, {@code IGONAT}, {@code MIL}) says about its actor: its
 * country, and the actor it stands for in a dyad. The prefixes that are not countries are in
 * {@code actor-prefixes.txt}. One rule for the registry, the relations index and the server.
 */
public final class ActorCodes {
  private static final Set<String> NOT_COUNTRIES = load(false);
  private static final Set<String> REGIONS = load(true);

  private ActorCodes() {
  }

  private static Set<String> load(boolean regionsOnly) {
    Set<String> out = new TreeSet<>();
    try (InputStream s = Objects.requireNonNull(ActorCodes.class.getResourceAsStream("actor-prefixes.txt"));
         BufferedReader in = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          String[] words = line.split("\\s+");
          if (!regionsOnly || words.length > 1 && words[1].equals("region")) {
            out.add(words[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  /** The country of a code: its first three letters, unless they name an organisation or a bare sector. */
  public static String country(String code) {
    if (code == null || code.length() < 3) {
      return null;
    }
    String c = code.substring(0, 3).toUpperCase(Locale.ROOT);
    return NOT_COUNTRIES.contains(c) ? null : c;
  }

  /**
   * The sector part of a code, as GDELT's {@code Type1Code}: RUSGOV and EURGOV (a region) give GOV, a bare sector
   * is its own, an international or non-governmental body gives IGO, NGO or IMG; empty where there is none (USA).
   */
  public static String sector(String code) {
    if (code == null || code.length() < 3) {
      return "";
    }
    String head = code.substring(0, 3).toUpperCase(Locale.ROOT);
    if (country(code) != null || REGIONS.contains(head)) {
      return code.length() >= 6 ? code.substring(3, 6) : "";
    }
    return head.equals("IGO") || head.equals("NGO") || head.equals("IMG") ? head : code;
  }

  /**
   * The actor a code stands for in a dyad: its country ({@code USAGOV} is {@code USA}), or for an international
   * organisation the organisation ({@code IGOUNOREF} is {@code IGOUNO}); null for a bare sector ({@code GOV},
   * "officials" of no known country) and other codes without a country, which belong to no dyad.
   */
  public static String dyadActor(String code) {
    String c = country(code);
    if (c != null || code == null) {
      return c;
    }
    String u = code.toUpperCase(Locale.ROOT);
    return u.startsWith("IGO") && u.length() > 4 ? u.substring(0, Math.min(6, u.length())) : null;
  }

  /** {@link #dyadActor(String)} as a SQL expression over a column (DuckDB); NULL where the code has no dyad actor. */
  public static String dyadActorSql(String column) {
    String head = "upper(substr(" + column + ", 1, 3))";
    return "(CASE WHEN " + column + " IS NULL OR length(" + column + ") < 3 THEN NULL"
        + " WHEN " + head + " = 'IGO' AND length(" + column + ") > 4 THEN upper(substr(" + column + ", 1, 6))"
        + " WHEN " + head + " IN (" + String.join(", ", NOT_COUNTRIES.stream().sorted().map(p -> "'" + p + "'")
        .toList()) + ") THEN NULL ELSE " + head + " END)";
  }
}
