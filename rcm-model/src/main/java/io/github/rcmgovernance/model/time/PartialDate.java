package io.github.rcmgovernance.model.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.rcmgovernance.model.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A day as far as a record knows it: the day itself, only its month, only its year, or nothing.
 * Real records are often incomplete (a meeting "held in 2013", a meeting "in November 2017"); a
 * partial date keeps what is known and says plainly what is not, so that a rule never reads a
 * guess.
 *
 * <p>The JSON form is a string in ISO 8601 at the precision known: {@code "2019-11-13"}, {@code
 * "2019-11"}, {@code "2019"}, or {@code "unknown"}. Nothing else is read.
 *
 * <p>Instances are immutable and thread-safe; equal when they have the same precision and value.
 *
 * @since 0.1.0
 */
public final class PartialDate {
  /** How much of a date is known. */
  public enum Precision {
    /** The day is known. */
    DAY,
    /** Only the year and the month are known. */
    MONTH,
    /** Only the year is known. */
    YEAR,
    /** Nothing is known. */
    UNKNOWN
  }

  private static final String UNKNOWN_TEXT = "unknown";
  private static final Pattern DAY_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH_FORM = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR_FORM = Pattern.compile("\\d{4}");
  private static final PartialDate UNKNOWN = new PartialDate(Precision.UNKNOWN, null);

  private final Precision precision;

  /** The first day the date can be; null when unknown. */
  private final @Nullable LocalDate earliest;

  private PartialDate(Precision precision, @Nullable LocalDate earliest) {
    this.precision = precision;
    this.earliest = earliest;
  }

  /**
   * A date known to the day.
   *
   * @param day the day, in a year from 0001 to 9999
   * @return the date
   * @throws io.github.rcmgovernance.model.text.InvalidValueException if the year has not four
   *     digits
   */
  public static PartialDate of(LocalDate day) {
    Checks.day("day", Objects.requireNonNull(day, "day"));
    return new PartialDate(Precision.DAY, day);
  }

  /**
   * A date known to the month.
   *
   * @param month the month, in a year from 0001 to 9999
   * @return the date
   * @throws io.github.rcmgovernance.model.text.InvalidValueException if the year has not four
   *     digits
   */
  public static PartialDate inMonth(YearMonth month) {
    return new PartialDate(
        Precision.MONTH, Checks.day("month", Objects.requireNonNull(month, "month").atDay(1)));
  }

  /**
   * A date known to the year.
   *
   * @param year the year, 0001 to 9999
   * @return the date
   * @throws io.github.rcmgovernance.model.text.InvalidValueException if the year has not four
   *     digits
   */
  public static PartialDate inYear(int year) {
    Checks.check(year >= Checks.FIRST_YEAR && year <= Checks.LAST_YEAR, "check.year", "year", year);
    return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1));
  }

  /** A date of which nothing is known. */
  public static PartialDate unknown() {
    return UNKNOWN;
  }

  /**
   * Reads the JSON form: {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy} or {@code unknown}.
   *
   * @param text the text
   * @return the date
   * @throws io.github.rcmgovernance.model.text.InvalidValueException naming the text when it has
   *     none of these forms or is not a date of the calendar
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PartialDate parse(String text) {
    Checks.check(text != null, "check.partialDate", text);
    try {
      if (text.equals(UNKNOWN_TEXT)) {
        return UNKNOWN;
      }
      if (DAY_FORM.matcher(text).matches()) {
        return of(LocalDate.parse(text));
      }
      if (MONTH_FORM.matcher(text).matches()) {
        return inMonth(YearMonth.parse(text));
      }
      if (YEAR_FORM.matcher(text).matches()) {
        return inYear(Integer.parseInt(text));
      }
    } catch (DateTimeParseException e) {
      // falls through to the refusal below, which names the text
    }
    Checks.check(false, "check.partialDate", text);
    throw new AssertionError("unreachable");
  }

  /** How much of the date is known. */
  public Precision precision() {
    return precision;
  }

  /** Whether the day is known. */
  public boolean isDay() {
    return precision == Precision.DAY;
  }

  /** Whether nothing is known. */
  public boolean isUnknown() {
    return precision == Precision.UNKNOWN;
  }

  /** The day, when it is known. */
  public Optional<LocalDate> day() {
    return isDay() ? Optional.of(earliest) : Optional.empty();
  }

  /** The year, when it is known (at any precision but {@link Precision#UNKNOWN}). */
  public OptionalInt year() {
    return earliest == null ? OptionalInt.empty() : OptionalInt.of(earliest.getYear());
  }

  /**
   * The first day the date can be: the day, the month's first or the year's first; empty when
   * unknown.
   */
  public Optional<LocalDate> earliest() {
    return Optional.ofNullable(earliest);
  }

  /**
   * The last day the date can be: the day, the month's last or the year's last; empty when unknown.
   */
  public Optional<LocalDate> latest() {
    if (earliest == null) {
      return Optional.empty();
    }
    return Optional.of(
        switch (precision) {
          case DAY -> earliest;
          case MONTH -> YearMonth.from(earliest).atEndOfMonth();
          default -> earliest.withMonth(12).withDayOfMonth(31);
        });
  }

  /**
   * Whether the date may be a given day: always when unknown.
   *
   * @param day the day
   * @return false only when the known part rules the day out
   */
  public boolean mayBe(LocalDate day) {
    return earliest == null || (!day.isBefore(earliest) && !day.isAfter(latest().orElseThrow()));
  }

  /** The JSON form: {@code 2019-11-13}, {@code 2019-11}, {@code 2019} or {@code unknown}. */
  @JsonValue
  @Override
  public String toString() {
    if (earliest == null) {
      return UNKNOWN_TEXT;
    }
    return switch (precision) {
      case DAY -> earliest.toString();
      case MONTH -> YearMonth.from(earliest).toString();
      default -> String.format(Locale.ROOT, "%04d", earliest.getYear());
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PartialDate p
        && p.precision == precision
        && Objects.equals(p.earliest, earliest);
  }

  @Override
  public int hashCode() {
    return precision.hashCode() * 31 + Objects.hashCode(earliest);
  }
}
