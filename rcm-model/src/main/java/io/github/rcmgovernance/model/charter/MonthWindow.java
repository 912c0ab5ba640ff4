package io.github.rcmgovernance.model.charter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A window of months within a calendar year, both ends inclusive (for example April to June, the
 * second quarter).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMonthWindow.class)
@JsonDeserialize(as = ImmutableMonthWindow.class)
public abstract class MonthWindow implements WithMonthWindow {
  MonthWindow() {}

  /** The first month, 1 to 12. */
  @Value.Parameter
  public abstract int fromMonth();

  /** The last month, 1 to 12, not before {@link #fromMonth()}. */
  @Value.Parameter
  public abstract int toMonth();

  /**
   * A window.
   *
   * @param fromMonth the first month, 1 to 12
   * @param toMonth the last month, 1 to 12
   * @return the window
   */
  public static MonthWindow of(int fromMonth, int toMonth) {
    return ImmutableMonthWindow.of(fromMonth, toMonth);
  }

  /**
   * Whether a day falls in the window.
   *
   * @param date the day
   * @return true when its month is within the window
   */
  public final boolean contains(LocalDate date) {
    int month = date.getMonthValue();
    return month >= fromMonth() && month <= toMonth();
  }

  @Value.Check
  final void check() {
    Checks.check(fromMonth() >= 1 && fromMonth() <= 12, "check.month", "fromMonth", fromMonth());
    Checks.check(toMonth() >= 1 && toMonth() <= 12, "check.month", "toMonth", toMonth());
    Checks.check(toMonth() >= fromMonth(), "check.monthOrder", toMonth(), fromMonth());
  }

  @Override
  public final String toString() {
    return java.time.Month.of(fromMonth()) + "-" + java.time.Month.of(toMonth());
  }
}
