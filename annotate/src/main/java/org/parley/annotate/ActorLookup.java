package org.parley.annotate;

import java.io.Serializable;
import java.util.List;

/**
 * What Parley knows about actors, as the annotate stage needs it: the country a phrase points to ("Russian",
 * "the Kremlin", "U.S.", "Valdai Club"), the CAMEO-style code a place or organisation stands for ("Moscow" gives
 * RUSGOV), and what is known of a person by name on a date. The actor registry implements it.
 */
public interface ActorLookup extends Serializable {

  /** The ISO alpha-3 code of the first country named or implied in {@code phrase}, or null. */
  String countryIn(String phrase);

  /** The actor code of a place, organisation or country name ("Moscow" gives RUSGOV, "NATO" gives NATO), or null. */
  String actorOf(String name);

  /** The country (ISO alpha-3) of a place that is no seat of government ("Kharkiv" gives UKR), or null. */
  default String placeCountry(String name) {
    return null;
  }

  /**
   * The actor code a descriptive phrase stands for, read from its head noun phrase ("the Russian foreign ministry"
   * gives RUSGOV, "Israeli officials" ISRGOV, "North Korean state media" PRKMED, "US State Department" USAGOV), or
   * null when its head names no known actor ("officials familiar with the talks", "analysts in Vilnius") or only a
   * sector with no side ("the ministry"). {@code date} (ISO, may be null) dates office titles.
   */
  default String actorIn(String phrase, String date) {
    return null;
  }

  /**
   * The sector a bare noun names ("ministry" GOV, "army" MIL, "Joint Chiefs of Staff" MIL), with no side, or null.
   */
  default String sectorOf(String noun) {
    return null;
  }

  /** What is known of a person by name (full name or surname) on a date (ISO, may be null), or null. */
  Person person(String name, String date);

  /** Where the text names people the registry knows, as [start, end) spans (a tagger may miss some). */
  default List<int[]> people(String text, String date) {
    return List.of();
  }

  /** A known person: canonical name, role, country, actor code. */
  record Person(String canonical, String role, String country, String actor) implements Serializable {
  }

  /** Knows nothing: every answer is null. */
  ActorLookup NONE = new ActorLookup() {
    @Override
    public String countryIn(String phrase) {
      return null;
    }

    @Override
    public String actorOf(String name) {
      return null;
    }

    @Override
    public Person person(String name, String date) {
      return null;
    }
  };
}
