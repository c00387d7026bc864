package org.parley.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The day of an ISO 8601 date or date-time as the model writes them ({@code 2025-10-27}, {@code 2025-10-27T02:00Z}). */
public final class Days {
  private Days() {
  }

  /** The calendar day {@code iso} starts with, or null when it does not start with one. */
  public static LocalDate of(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
