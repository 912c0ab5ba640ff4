package io.github.rcmgovernance.model.meeting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.time.PartialDate;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A meeting of the Conference, held or planned (GI-3, GR-2, GR-3, SEC-2).
 *
 * <p>Kind-specific fields: only a {@link MeetingKind#VICE_MINISTERIAL Vice-Ministerial} meeting has
 * a {@link #number()} (from 1) and {@link #closedSessionAttendees()}; only a {@link
 * MeetingKind#GRCM_PREPARATORY preparatory} meeting {@link #prepares()} a Vice-Ministerial one;
 * only an {@link MeetingKind#isEvent() event} records who {@link #agreedBy() agreed} it.
 *
 * <p>A meeting of the record may be known only in part. Its dates may be known only to the month or
 * the year, or not at all ({@link #startAsKnown()}, {@link #endAsKnown()}), and its host, organiser
 * or attendees may be declared {@link #unknown() unknown}: written as unknown, never left out. A
 * meeting proposed for validation has exact dates; {@link #start()} and {@link #end()} give them,
 * and refuse to guess when they are not known ({@link #isDated()} tells).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonPropertyOrder({
  "id",
  "kind",
  "number",
  "start",
  "end",
  "host",
  "organiser",
  "attendees",
  "closedSessionAttendees",
  "prepares",
  "agreedBy",
  "unknown"
})
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting implements WithMeeting {
  Meeting() {}

  /** The meeting's id, unique within a history (for example {@code "VM-2026"}). */
  public abstract String id();

  /** The kind of meeting. */
  public abstract MeetingKind kind();

  /** The ordinal number of a Vice-Ministerial meeting, from 1 (GI-3). */
  public abstract OptionalInt number();

  /**
   * The first day as far as it is known: a day, a month, a year or unknown (JSON {@code start}).
   */
  @JsonProperty("start")
  public abstract PartialDate startAsKnown();

  /**
   * The last day as far as it is known: a day, a month, a year or unknown (JSON {@code end}); never
   * certainly before {@link #startAsKnown()}.
   */
  @JsonProperty("end")
  public abstract PartialDate endAsKnown();

  /** Whether both the first and the last day are known to the day. */
  @JsonIgnore
  public final boolean isDated() {
    return startAsKnown().isDay() && endAsKnown().isDay();
  }

  /**
   * The first day of the meeting.
   *
   * @return the day
   * @throws IllegalStateException naming the meeting when its first day is not known to the day
   *     (see {@link #isDated()})
   */
  @JsonIgnore
  public final LocalDate start() {
    return known("start", startAsKnown());
  }

  /**
   * The last day of the meeting; not before {@link #start()}.
   *
   * @return the day
   * @throws IllegalStateException naming the meeting when its last day is not known to the day (see
   *     {@link #isDated()})
   */
  @JsonIgnore
  public final LocalDate end() {
    return known("end", endAsKnown());
  }

  private LocalDate known(String field, PartialDate date) {
    return date.day()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the "
                        + field
                        + " of meeting "
                        + id()
                        + " is known only as "
                        + date
                        + "; read "
                        + field
                        + "AsKnown()"));
  }

  /**
   * The facts of this meeting the record declares unknown (JSON {@code unknown}); a fact listed
   * here is not also given. A rule that needs one of them reports the rule as undetermined.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableSet<MeetingFact> unknown();

  /** The State in whose territory the meeting is held. */
  public abstract Optional<Party> host();

  /** Who organises the meeting. */
  public abstract Optional<Actor> organiser();

  /** The delegations attending. */
  public abstract ImmutableList<Delegation> attendees();

  /**
   * Copies this meeting with {@link #attendees()} replaced by the given elements.
   *
   * @param elements the new elements of {@code attendees}, none of them {@code null}
   * @return a changed copy, or this meeting itself if its {@code attendees} is empty and no element
   *     is given
   * @throws NullPointerException naming {@code attendees} if an element is {@code null}
   */
  public abstract Meeting withAttendees(Delegation... elements);

  /**
   * Copies this meeting with {@link #attendees()} replaced by the given elements.
   *
   * @param elements the new elements of {@code attendees}, none of them {@code null}
   * @return a changed copy, or this meeting if {@code elements} is its own {@code attendees}
   * @throws NullPointerException naming {@code attendees} if an element is {@code null}
   */
  public abstract Meeting withAttendees(Iterable<? extends Delegation> elements);

  /** Who attends the closed decision session of a Vice-Ministerial meeting (GI-3). */
  public abstract ImmutableList<Delegation> closedSessionAttendees();

  /**
   * Copies this meeting with {@link #closedSessionAttendees()} replaced by the given elements.
   *
   * @param elements the new elements of {@code closedSessionAttendees}, none of them {@code null}
   * @return a changed copy, or this meeting itself if its {@code closedSessionAttendees} is empty
   *     and no element is given
   * @throws NullPointerException naming {@code closedSessionAttendees} if an element is {@code
   *     null}
   */
  public abstract Meeting withClosedSessionAttendees(Delegation... elements);

  /**
   * Copies this meeting with {@link #closedSessionAttendees()} replaced by the given elements.
   *
   * @param elements the new elements of {@code closedSessionAttendees}, none of them {@code null}
   * @return a changed copy, or this meeting if {@code elements} is its own {@code
   *     closedSessionAttendees}
   * @throws NullPointerException naming {@code closedSessionAttendees} if an element is {@code
   *     null}
   */
  public abstract Meeting withClosedSessionAttendees(Iterable<? extends Delegation> elements);

  /** For a preparatory meeting: the id of the Vice-Ministerial meeting it prepares (GR-2). */
  public abstract Optional<String> prepares();

  /** For an event: who agreed it within the Conference (SEC-2). */
  public abstract Optional<Actor> agreedBy();

  /** A builder of a meeting. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Meeting}: set its attributes, then call {@code build()}, which checks them and
   * throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the first one
   * that is missing or wrong.
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}

    /**
     * Sets the first day, known to the day.
     *
     * @param day the first day
     * @return this builder
     */
    public final Builder start(LocalDate day) {
      startAsKnown(PartialDate.of(Objects.requireNonNull(day, "start")));
      return this;
    }

    /**
     * Sets the last day, known to the day.
     *
     * @param day the last day
     * @return this builder
     */
    public final Builder end(LocalDate day) {
      endAsKnown(PartialDate.of(Objects.requireNonNull(day, "end")));
      return this;
    }
  }

  /**
   * The name the Conference uses: {@code "XXXI RCM"} for a Vice-Ministerial meeting, the id
   * otherwise.
   */
  @JsonIgnore
  public final String displayName() {
    return number().isPresent() ? RomanNumerals.toRoman(number().getAsInt()) + " RCM" : id();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Meeting.id", id());
    Checks.notCertainlyBefore("Meeting " + id(), startAsKnown(), endAsKnown());
    if (kind() == MeetingKind.VICE_MINISTERIAL) {
      Checks.check(number().isPresent(), "check.numberRequired", id());
      int number = number().getAsInt();
      Checks.check(number >= 1 && number <= 3999, "check.numberRange", id(), number);
    } else {
      Checks.check(number().isEmpty(), "check.onlyViceMinisterial", "number", id());
      Checks.check(
          closedSessionAttendees().isEmpty(),
          "check.onlyViceMinisterial",
          "closedSessionAttendees",
          id());
    }
    Checks.check(
        prepares().isEmpty() || kind() == MeetingKind.GRCM_PREPARATORY,
        "check.onlyPreparatory",
        id());
    prepares().ifPresent(p -> Checks.notBlank("Meeting.prepares", p));
    Checks.check(agreedBy().isEmpty() || kind().isEvent(), "check.onlyEvents", id());
    host().ifPresent(h -> Checks.check(h.isState(), "check.host", id(), h));
    Checks.check(
        !unknown().contains(MeetingFact.HOST) || host().isEmpty(),
        "check.knownAndUnknown",
        id(),
        "host");
    Checks.check(
        !unknown().contains(MeetingFact.ORGANISER) || organiser().isEmpty(),
        "check.knownAndUnknown",
        id(),
        "organiser");
    Checks.check(
        !unknown().contains(MeetingFact.ATTENDEES)
            || (attendees().isEmpty() && closedSessionAttendees().isEmpty()),
        "check.knownAndUnknown",
        id(),
        "attendees");
    Checks.check(
        !unknown().contains(MeetingFact.PREPARES) || prepares().isEmpty(),
        "check.knownAndUnknown",
        id(),
        "prepares");
  }

  @Override
  public final String toString() {
    return displayName() + " (" + kind() + ", " + startAsKnown() + ")";
  }
}
