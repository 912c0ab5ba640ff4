package io.github.rcmgovernance.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Guard clauses shared by the model's value types. Each throws {@link IllegalArgumentException}
 * with a message that names the offending field.
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
    checkArgument(!value.isBlank(), "%s must not be blank", field);
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
    checkArgument(
        !end.isBefore(start),
        "%s: %s (%s) must not be before %s (%s)",
        what,
        endField,
        end,
        startField,
        start);
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
}
