package org.parley.annotate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the actor registry: a name that stands for an actor.
 *
 * @param kind   what the name is
 * @param code   the CAMEO-style code: a country (RUS), a country and sector (RUSGOV), an organisation (IGONAT),
 *               or a bare sector (MIL) for sector words and titles
 * @param name   the name as the registry writes it
 * @param canonical the actor's main name (the first alias), e.g. "Sergei Lavrov" for "Sergey Lavrov"
 * @param titles for office holders, the offices' titles (lower case); else empty
 * @param from   first day in office (office holders), or null
 * @param to     first day out of office, or null while in office
 */
public record Actor(Kind kind, String code, String name, String canonical, List<String> titles, LocalDate from,
                    LocalDate to) implements Serializable {

  /** The kinds of registry names. */
  public enum Kind {
    /** a country's name: "Russia" */
    COUNTRY,
    /** an adjective or people of a country: "Russian" */
    DEMONYM,
    /** a place standing for a government: "Moscow", "the Kremlin" */
    METONYM,
    /** an organisation or named group: "NATO", "Hamas" */
    ORG,
    /** a word for a part of society or the state: "troops", "police" */
    SECTOR,
    /** a role word: "foreign minister" */
    TITLE,
    /** a person, usually an office holder */
    PERSON,
    /** a person's surname alone, kept when no other person in the registry shares it */
    SURNAME
  }

  public Actor {
    titles = titles == null ? List.of() : List.copyOf(titles);
  }

  /** The three-letter country part of the code, or null for organisations and bare sectors. */
  public String country() {
    return countryOf(code);
  }

  /** True when the entry holds at {@code date} (always, for entries without dates or when date is null). */
  public boolean holdsAt(LocalDate date) {
    if (date == null) {
      return to == null;
    }
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }

  /** The country of a code: its first three letters unless it starts with IGO, NGO, IMG or a sector. */
  public static String countryOf(String code) {
    return org.parley.model.ActorCodes.country(code);
  }
}
