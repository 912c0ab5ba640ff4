package io.github.rcmgovernance.model.history;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A term of the Pro-Tempore Presidency: the State holding it, from its first to its last day, both
 * inclusive (GI-3, SEC-2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePresidencyTerm.class)
@JsonDeserialize(as = ImmutablePresidencyTerm.class)
public abstract class PresidencyTerm implements WithPresidencyTerm {
  PresidencyTerm() {}

  /** The State holding the presidency. */
  @Value.Parameter
  public abstract Party holder();

  /** The first day of the term. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day of the term. */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * A term.
   *
   * @param holder the State
   * @param start the first day
   * @param end the last day
   * @return the term
   */
  public static PresidencyTerm of(Party holder, LocalDate start, LocalDate end) {
    return ImmutablePresidencyTerm.of(holder, start, end);
  }

  /**
   * A calendar-year term, the default (SEC-2).
   *
   * @param holder the State
   * @param year the year
   * @return the term from 1 January to 31 December
   */
  public static PresidencyTerm forYear(Party holder, int year) {
    return of(holder, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Whether the term includes a day.
   *
   * @param date the day
   * @return true when {@code start <= date <= end}
   */
  public final boolean covers(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Whether two terms share a day.
   *
   * @param other the other term
   * @return true when they overlap
   */
  public final boolean overlaps(PresidencyTerm other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  @Value.Check
  final void check() {
    // The presidency rotates among the Member States (SEC-2): never an organisation.
    Checks.check(holder().isState(), "check.holderState", holder());
    Checks.day("PresidencyTerm.start", start());
    Checks.day("PresidencyTerm.end", end());
    Checks.notBefore("PresidencyTerm " + holder(), "start", start(), "end", end());
  }

  @Override
  public final String toString() {
    return "PPT " + holder() + " " + start() + ".." + end();
  }
}
