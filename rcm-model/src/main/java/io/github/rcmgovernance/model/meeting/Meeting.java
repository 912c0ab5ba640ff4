package io.github.rcmgovernance.model.meeting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
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
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting implements WithMeeting {
  Meeting() {}

  /** The meeting's id, unique within a history (for example {@code "VM-2026"}). */
  public abstract String id();

  /** The kind of meeting. */
  public abstract MeetingKind kind();

  /** The ordinal number of a Vice-Ministerial meeting, from 1 (GI-3). */
  public abstract OptionalInt number();

  /** The first day of the meeting. */
  public abstract LocalDate start();

  /** The last day of the meeting; not before {@link #start()}. */
  public abstract LocalDate end();

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
    Checks.day("Meeting.start", start());
    Checks.day("Meeting.end", end());
    Checks.notBefore("Meeting " + id(), "start", start(), "end", end());
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
  }

  @Override
  public final String toString() {
    return displayName() + " (" + kind() + ", " + start() + ")";
  }
}
