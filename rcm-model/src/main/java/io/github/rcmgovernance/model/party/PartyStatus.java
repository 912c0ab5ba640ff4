package io.github.rcmgovernance.model.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party's status in the Conference over a period (GI-1, GI-2). Either end may be open or unknown:
 * an empty {@link #since()} means "since before any date we judge", an empty {@link #until()} means
 * "still valid". Both ends are inclusive.
 *
 * <p>A record may know the first day only as a range: the status began on some day from {@link
 * #since()} (or before, when it is empty) to {@link #sinceBy()}. On the days of that range the
 * status is neither known to hold nor known not to: {@link #validOn} is false there and {@link
 * #uncertainOn} true, and a rule that needs it reports itself undetermined.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartyStatus.class)
@JsonDeserialize(as = ImmutablePartyStatus.class)
public abstract class PartyStatus implements WithPartyStatus {
  PartyStatus() {}

  /** The party holding the status. */
  public abstract Party party();

  /** Member or observer. */
  public abstract Status status();

  /** The first day of validity, if known. */
  public abstract Optional<LocalDate> since();

  /**
   * The last day on which the status may have begun, when its first day is known only as a range
   * ending there: on and after this day the status is known to hold.
   */
  public abstract Optional<LocalDate> sinceBy();

  /** The last day of validity, if the status has ended. */
  public abstract Optional<LocalDate> until();

  /**
   * Whether the status is known to be valid on a day.
   *
   * @param date the day
   * @return true when {@code since <= date <= until}, open ends included, and the day is not before
   *     {@link #sinceBy()}
   */
  public final boolean validOn(LocalDate date) {
    return since().map(s -> !date.isBefore(s)).orElse(true)
        && sinceBy().map(s -> !date.isBefore(s)).orElse(true)
        && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Whether the record cannot tell if the status held on a day: the day lies in the range its first
   * day is known by, before {@link #sinceBy()}.
   *
   * @param date the day
   * @return true when {@code since <= date < sinceBy}
   */
  public final boolean uncertainOn(LocalDate date) {
    return sinceBy().isPresent()
        && date.isBefore(sinceBy().get())
        && since().map(s -> !date.isBefore(s)).orElse(true);
  }

  /** A builder of a status. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PartyStatus}: set its attributes, then call {@code build()}, which checks them
   * and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the first
   * one that is missing or wrong.
   */
  public static final class Builder extends ImmutablePartyStatus.Builder {
    Builder() {}
  }

  /**
   * A status with an open end.
   *
   * @param party the party
   * @param status member or observer
   * @param since first day, or {@code null} when unknown
   * @return the status
   */
  public static PartyStatus of(
      Party party, Status status, @org.jspecify.annotations.Nullable LocalDate since) {
    return builder().party(party).status(status).since(Optional.ofNullable(since)).build();
  }

  @Value.Check
  final void check() {
    since().ifPresent(d -> Checks.day("PartyStatus.since", d));
    until().ifPresent(d -> Checks.day("PartyStatus.until", d));
    sinceBy().ifPresent(d -> Checks.day("PartyStatus.sinceBy", d));
    Checks.notBefore("PartyStatus " + party(), since(), until());
    if (sinceBy().isPresent()) {
      since()
          .ifPresent(
              s ->
                  Checks.notBefore(
                      "PartyStatus " + party(), "since", s, "sinceBy", sinceBy().get()));
      until()
          .ifPresent(
              u ->
                  Checks.notBefore(
                      "PartyStatus " + party(), "sinceBy", sinceBy().get(), "until", u));
    }
  }
}
