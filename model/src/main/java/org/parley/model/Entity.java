package org.parley.model;

import java.util.List;

/**
 * A person, organisation, place or country that a document mentions, with all its mentions joined.
 *
 * @param text      the fullest surface form seen ("Kremlin spokesman Dmitry Peskov" gives "Dmitry Peskov")
 * @param type      PERSON, ORGANIZATION, LOCATION, COUNTRY or MISC
 * @param canonical the registry's name for it when known, else the fullest form
 * @param role      the office or function given in the text ("Kremlin spokesman"), or null
 * @param country   the ISO 3166 alpha-3 code of the country it belongs to or acts for, or null
 * @param actor     a CAMEO-style actor code such as RUSGOV, or null
 * @param mentions  where it is mentioned in the document's text
 */
public record Entity(String text, String type, String canonical, String role, String country, String actor,
                     List<Span> mentions) {
  public Entity {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
