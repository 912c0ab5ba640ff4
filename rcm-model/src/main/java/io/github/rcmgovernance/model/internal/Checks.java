package io.github.rcmgovernance.model.internal;

import io.github.rcmgovernance.model.text.InvalidValueException;
import io.github.rcmgovernance.model.time.PartialDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Guard clauses shared by the model's value types. Each throws {@link InvalidValueException}, an
 * {@link IllegalArgumentException} whose message names the offending field, in English and, through
 * its key, in Spanish.
 *
 * @since 0.1.0
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires a string with visible content.
   *
   * @param field the field name used in the message
   * @param value the value to check
   * @return the value
   */
  public static String notBlank(String field, String value) {
    check(!value.isBlank(), "check.blank", field);
    return value;
  }

  /** The first year a day of the model may fall in. */
  public static final int FIRST_YEAR = 1;

  /** The last year a day of the model may fall in: years are written with four digits. */
  public static final int LAST_YEAR = 9999;

  /**
   * Requires a day whose year is written with four digits, 0001 to 9999, as the JSON form writes it
   * ({@code yyyy-MM-dd}).
   *
   * @param field the field name used in the message
   * @param value the day
   * @return the day
   */
  public static LocalDate day(String field, LocalDate value) {
    check(
        value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR,
        "check.year",
        field,
        value.getYear());
    return value;
  }

  /**
   * Requires that an interval does not end before it starts.
   *
   * @param what the kind of interval, used in the message
   * @param startField the name of the start field
   * @param start the start date
   * @param endField the name of the end field
   * @param end the end date
   */
  public static void notBefore(
      String what, String startField, LocalDate start, String endField, LocalDate end) {
    check(!end.isBefore(start), "check.before", what, endField, end, startField, start);
  }

  /**
   * Requires that an optional interval does not end before it starts.
   *
   * @param what the kind of interval, used in the message
   * @param start the optional start date, named {@code since}
   * @param end the optional end date, named {@code until}
   */
  public static void notBefore(String what, Optional<LocalDate> start, Optional<LocalDate> end) {
    if (start.isPresent() && end.isPresent()) {
      notBefore(what, "since", start.get(), "until", end.get());
    }
  }

  /**
   * Requires that an interval known only in part does not certainly end before it starts: its last
   * possible day is not before its first possible day.
   *
   * @param what the kind of interval, used in the message
   * @param start the first day as far as it is known
   * @param end the last day as far as it is known
   */
  public static void notCertainlyBefore(String what, PartialDate start, PartialDate end) {
    if (start.earliest().isPresent() && end.latest().isPresent()) {
      check(
          !end.latest().get().isBefore(start.earliest().get()),
          "check.before",
          what,
          "end",
          end,
          "start",
          start);
    }
  }

  /**
   * Requires a condition.
   *
   * @param condition what must hold
   * @param key the key of the reason in the model's bundle
   * @param arguments the reason's arguments, written with {@link String#valueOf(Object)}
   * @throws InvalidValueException if the condition does not hold
   */
  public static void check(boolean condition, String key, Object... arguments) {
    if (!condition) {
      throw new InvalidValueException(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
  }
}
