package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the date parser (Jazzer). In the normal suite this runs the seed inputs under
 * {@code src/test/resources/org/parley/extract/DatesFuzzTestInputs}; {@code scripts/fuzz.sh} fuzzes it.
 * Contract: any text with any reference time between 1900 and 2200 (or none) gives a date or nothing, never an
 * exception, and what it gives is an ISO day or an ISO instant with its offset.
 */
class DatesFuzzTest {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final long FROM = LocalDate.of(1900, 1, 1).toEpochDay() * 86400;
  private static final long TO = LocalDate.of(2200, 12, 31).toEpochDay() * 86400;

  @FuzzTest(maxDuration = "3m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyTextGivesAnIsoDateOrNothing(FuzzedDataProvider data) {
    Instant reference = data.consumeBoolean() ? Instant.ofEpochSecond(data.consumeLong(FROM, TO)) : null;
    String text = data.consumeRemainingAsString();
    check(Dates.absolute(text, reference));
    check(Dates.relative(text, reference));
    check(Dates.any(text, reference));
  }

  static void check(Optional<String> date) {
    if (date.isEmpty()) {
      return;
    }
    String s = date.get();
    if (DAY.matcher(s).matches()) {
      assertThat(LocalDate.parse(s)).isNotNull();
    } else {
      assertThat(OffsetDateTime.parse(s)).as(s).isNotNull();
    }
  }
}
