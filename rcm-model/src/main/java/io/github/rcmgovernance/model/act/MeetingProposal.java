package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.meeting.Meeting;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting proposed to be held (GI-3, GR-2, GR-3). The act's date is the day it is proposed; the
 * meeting carries its own dates.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("meetingProposal")
@JsonSerialize(as = ImmutableMeetingProposal.class)
@JsonDeserialize(as = ImmutableMeetingProposal.class)
public abstract non-sealed class MeetingProposal implements Act, WithMeetingProposal {
  MeetingProposal() {}

  @Override
  public abstract String id();

  /**
   * The day of the proposal; defaults to the first day the meeting can start on (its first day, or
   * the first of the month or the year it is known by). Required when nothing is known of the
   * meeting's start: {@code build()} then throws {@link
   * io.github.rcmgovernance.model.text.InvalidValueException} naming the meeting.
   */
  @Override
  @Value.Default
  public LocalDate date() {
    Optional<LocalDate> first = meeting().startAsKnown().earliest();
    Checks.check(first.isPresent(), "check.proposalDate", meeting().id());
    return first.orElseThrow();
  }

  /** The meeting to hold. */
  public abstract Meeting meeting();

  /**
   * A proposal to hold a meeting, dated on its first day and named after it.
   *
   * @param meeting the meeting
   * @return the proposal
   */
  public static MeetingProposal of(Meeting meeting) {
    return ImmutableMeetingProposal.builder().id(meeting.id()).meeting(meeting).build();
  }

  /** A builder of a proposal. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MeetingProposal}: set its attributes, then call {@code build()}, which checks
   * them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the
   * first one that is missing or wrong.
   */
  public static final class Builder extends ImmutableMeetingProposal.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("MeetingProposal.id", id());
  }
}
