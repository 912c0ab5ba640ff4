package io.github.rcmgovernance.model.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.time.PartialDate;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A term of the Pro-Tempore Presidency: the State holding it, from its first to its last day, both
 * inclusive (GI-3, SEC-2).
 *
 * <p>A term of the record may be known only by a year in which the State held the presidency
 * ({@link #heldIn(Party, int)}): it includes some day of that year, and nothing more is known of
 * its days (it may have begun before the year or ended after it). Such a term is not {@link
 * #isDated() dated}; {@link #start()}, {@link #end()}, {@link #covers} and {@link #overlaps} refuse
 * to guess for it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePresidencyTerm.class)
@JsonPropertyOrder({"holder", "start", "end", "heldIn"})
@JsonDeserialize(as = ImmutablePresidencyTerm.class)
public abstract class PresidencyTerm implements WithPresidencyTerm {
  PresidencyTerm() {}

  /** The State holding the presidency. */
  public abstract Party holder();

  /** The first day as far as it is known (JSON {@code start}). */
  @JsonProperty("start")
  public abstract PartialDate startAsKnown();

  /** The last day as far as it is known (JSON {@code end}). */
  @JsonProperty("end")
  public abstract PartialDate endAsKnown();

  /**
   * A year in which the holder is known to have held the presidency, for a term whose days are not
   * known (JSON {@code heldIn}); required when the term is not {@link #isDated() dated}.
   */
  public abstract OptionalInt heldIn();

  /**
   * A term.
   *
   * @param holder the State
   * @param start the first day
   * @param end the last day
   * @return the term
   */
  public static PresidencyTerm of(Party holder, LocalDate start, LocalDate end) {
    return ImmutablePresidencyTerm.builder()
        .holder(holder)
        .startAsKnown(PartialDate.of(start))
        .endAsKnown(PartialDate.of(end))
        .build();
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
   * A term of the record known only by a year in which the State held the presidency; its first and
   * last days are unknown (not the first and last of that year: see {@link #forYear} for that).
   *
   * @param holder the State
   * @param year a year in which it held the presidency
   * @return the term
   */
  public static PresidencyTerm heldIn(Party holder, int year) {
    return ImmutablePresidencyTerm.builder()
        .holder(holder)
        .startAsKnown(PartialDate.unknown())
        .endAsKnown(PartialDate.unknown())
        .heldIn(year)
        .build();
  }

  /** Whether both the first and the last day are known. */
  @JsonIgnore
  public final boolean isDated() {
    return startAsKnown().isDay() && endAsKnown().isDay();
  }

  /**
   * The first day of the term.
   *
   * @return the day
   * @throws IllegalStateException when the term is not {@link #isDated() dated}
   */
  @JsonIgnore
  public final LocalDate start() {
    return dated().startAsKnown().day().orElseThrow();
  }

  /**
   * The last day of the term.
   *
   * @return the day
   * @throws IllegalStateException when the term is not {@link #isDated() dated}
   */
  @JsonIgnore
  public final LocalDate end() {
    return dated().endAsKnown().day().orElseThrow();
  }

  private PresidencyTerm dated() {
    if (!isDated()) {
      throw new IllegalStateException(
          "the days of " + this + " are not known; read startAsKnown(), endAsKnown(), heldIn()");
    }
    return this;
  }

  /**
   * Whether the term includes a day.
   *
   * @param date the day
   * @return true when {@code start <= date <= end}
   * @throws IllegalStateException when the term is not {@link #isDated() dated}
   */
  public final boolean covers(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Whether two terms share a day.
   *
   * @param other the other term
   * @return true when they overlap
   * @throws IllegalStateException when either term is not {@link #isDated() dated}
   */
  public final boolean overlaps(PresidencyTerm other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  @Value.Check
  final void check() {
    // The presidency rotates among the Member States (SEC-2): never an organisation.
    Checks.check(holder().isState(), "check.holderState", holder());
    Checks.notCertainlyBefore("PresidencyTerm " + holder(), startAsKnown(), endAsKnown());
    Checks.check(isDated() || heldIn().isPresent(), "check.termUndated", holder());
    if (heldIn().isPresent()) {
      int year = heldIn().getAsInt();
      Checks.check(
          year >= Checks.FIRST_YEAR
              && year <= Checks.LAST_YEAR
              && startAsKnown().earliest().map(d -> d.getYear() <= year).orElse(true)
              && endAsKnown().latest().map(d -> d.getYear() >= year).orElse(true),
          "check.termYear",
          holder(),
          year);
    }
  }

  @Override
  public final String toString() {
    return "PPT "
        + holder()
        + " "
        + (isDated() ? startAsKnown() + ".." + endAsKnown() : "held in " + heldIn().getAsInt());
  }
}
