package io.github.rcmgovernance.model.meeting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an act is taken: the kind of meeting and, when known, the meeting's id in the history.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForum.class)
@JsonDeserialize(as = ImmutableForum.class)
public abstract class Forum implements WithForum {
  Forum() {}

  /** The kind of meeting. */
  public abstract MeetingKind kind();

  /** The id of the meeting, when it is recorded. */
  public abstract Optional<String> meetingId();

  /**
   * A forum of a kind, with no particular meeting.
   *
   * @param kind the kind of meeting
   * @return the forum
   */
  public static Forum of(MeetingKind kind) {
    return ImmutableForum.builder().kind(kind).build();
  }

  /**
   * A forum at a recorded meeting.
   *
   * @param kind the kind of meeting
   * @param meetingId the meeting's id
   * @return the forum
   */
  public static Forum of(MeetingKind kind, String meetingId) {
    return ImmutableForum.builder().kind(kind).meetingId(meetingId).build();
  }

  @Value.Check
  final void check() {
    meetingId().ifPresent(id -> Checks.notBlank("Forum.meetingId", id));
  }

  @Override
  public final String toString() {
    return kind() + meetingId().map(id -> " " + id).orElse("");
  }
}
