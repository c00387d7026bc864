package org.parley.model;

import java.util.List;

/**
 * One day of the relations index for a dyad ("USA-RUS").
 *
 * @param quad the counts of events in QuadClass 1 to 4
 * @param tone the mean tone of the documents that reported the day's events, or null
 */
public record DayIndex(String date, String dyad, int events, double goldsteinSum, double goldsteinMean,
                       List<Integer> quad, Double tone) {
  public DayIndex {
    quad = quad == null ? List.of(0, 0, 0, 0) : List.copyOf(quad);
  }
}
