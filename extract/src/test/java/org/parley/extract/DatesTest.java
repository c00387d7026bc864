package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final Instant REF = Instant.parse("2025-12-10T12:00:00Z");

  @Test
  void isoForms() {
    assertThat(Dates.absolute("2025-10-27", null)).contains("2025-10-27");
    assertThat(Dates.absolute("2025-10-27T02:00:00Z", null)).contains("2025-10-27T02:00:00Z");
    assertThat(Dates.absolute("2025-10-27T22:00:00-05:00", null)).contains("2025-10-27T22:00:00-05:00");
    assertThat(Dates.absolute("2025-10-27T02:00:00.123+0000", null)).contains("2025-10-27T02:00:00Z");
  }

  @Test
  void writtenForms() {
    assertThat(Dates.absolute("Oct. 27, 2025", null)).contains("2025-10-27");
    assertThat(Dates.absolute("October 27th, 2025", null)).contains("2025-10-27");
    assertThat(Dates.absolute("27 October 2025", null)).contains("2025-10-27");
    assertThat(Dates.absolute("Published on 3rd of March 2024 by Jane", null)).contains("2024-03-03");
    assertThat(Dates.absolute("Sept 5 2024", null)).contains("2024-09-05");
  }

  @Test
  void slashedFormsAreMonthFirstUnlessTheyCannotBe() {
    assertThat(Dates.absolute("Mon, 06/30/2025 \u2013 02:00", null)).contains("2025-06-30");
    assertThat(Dates.absolute("30/06/2025", null)).contains("2025-06-30");
  }

  @Test
  void aDayWithoutYearTakesTheReferenceYear() {
    assertThat(Dates.absolute("December 6", REF)).contains("2025-12-06");
    assertThat(Dates.absolute("December 28", REF)).contains("2024-12-28");
    assertThat(Dates.absolute("December 6", null)).isEmpty();
  }

  @Test
  void relativeForms() {
    assertThat(Dates.relative("dailyblitz.de 5 hours ago", REF)).contains("2025-12-10T07:00:00Z");
    assertThat(Dates.relative("2 days ago", REF)).contains("2025-12-08");
    assertThat(Dates.relative("an hour ago", REF)).contains("2025-12-10T11:00:00Z");
    assertThat(Dates.relative("yesterday", REF)).contains("2025-12-09");
    assertThat(Dates.relative("5 hours ago", null)).isEmpty();
    // Found by fuzzing (DatesFuzzTest): a count past a long was a NumberFormatException; past the range, no date.
    assertThat(Dates.relative("99999999999999999999 days ago", REF)).isEmpty();
    assertThat(Dates.relative("999999 months ago", REF)).isEmpty();
    assertThat(Dates.any("published 99999999999999999999 days ago", REF)).isEmpty();
  }

  @Test
  void noDate() {
    assertThat(Dates.absolute("no date here", REF)).isEmpty();
    assertThat(Dates.absolute("2025-13-45", null)).isEmpty();
    assertThat(Dates.absolute(null, null)).isEmpty();
  }
}
