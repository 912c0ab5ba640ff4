package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.time.LocalDate;
import java.util.List;

/**
 * Resolves the meeting a forum names: it must be a history meeting of the forum's kind whose dates
 * include the act's day (used by RCM-DEC-5 and RCM-GRC-5, each with its own messages: {@code
 * forumNotRecorded}, {@code forumWrongKind}, {@code forumWrongDates}).
 */
public final class ForumMeetings {
  private ForumMeetings() {}

  /**
   * The finding about a forum's meeting, if it does not resolve.
   *
   * @param s the situation
   * @param act the act taken at the forum
   * @param forum the forum
   * @param day the act's day
   * @return no finding, or one about the named meeting
   */
  public static List<Finding> fault(Situation s, Act act, Forum forum, LocalDate day) {
    if (forum.meetingId().isEmpty()) {
      return List.of();
    }
    String id = forum.meetingId().get();
    Meeting m = s.meeting(id);
    Finding f =
        Finding.at(Target.meeting(id))
            .read(Values.act("/forum/meetingId", id))
            .fix(forumWithoutMeeting(act, forum), "remedy.forumWithoutMeeting");
    if (m == null) {
      return List.of(f.says("forumNotRecorded", Argument.act(act), Argument.id(id)));
    }
    f = f.read(Values.meeting(s.history(), m));
    if (m.kind() != forum.kind()) {
      return List.of(
          f.says(
              "forumWrongKind",
              Argument.act(act),
              Argument.meeting(m),
              Argument.term(m.kind()),
              Argument.term(forum.kind())));
    }
    if (day.isBefore(m.start()) || day.isAfter(m.end())) {
      return List.of(
          f.says(
              "forumWrongDates",
              Argument.act(act),
              Argument.meeting(m),
              Argument.date(m.start()),
              Argument.date(m.end()),
              Argument.date(day)));
    }
    return List.of();
  }

  private static Act forumWithoutMeeting(Act act, Forum forum) {
    Forum bare = Forum.of(forum.kind());
    if (act instanceof io.github.rcmgovernance.model.act.Decision d) {
      return d.withForum(bare);
    }
    return ((io.github.rcmgovernance.model.act.AgendaApproval) act).withForum(bare);
  }
}
