package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;

/**
 * RCM-DEC-5: a decision is taken at a Vice-Ministerial meeting, or by consultation between meetings
 * only when it names the recorded GRCM recommendations it reviews; a forum's meeting resolves.
 */
public final class Dec5 {
  private Dec5() {}

  public static boolean qualifyingKind(MeetingKind kind) {
    return kind == MeetingKind.VICE_MINISTERIAL || kind == MeetingKind.INTERSESSIONAL_CONSULTATION;
  }

  public static Finding forumKind(Decision d) {
    return Finding.at(Target.document(d.id()))
        .says("forumKind", Argument.id(d.id()), Argument.term(d.forum().kind()))
        .read(Values.act("/forum/kind", d.forum().kind()))
        .fix(
            d.withForum(Forum.of(MeetingKind.VICE_MINISTERIAL)), "remedy.atViceMinisterialMeeting");
  }

  public static Finding noReviews(Decision d) {
    return Finding.at(Target.missing("/reviews"))
        .says("noReviews", Argument.id(d.id()))
        .read(Values.act("/reviews", d.reviews()), Values.act("/forum/kind", d.forum().kind()))
        .advise("remedy.nameReviews");
  }

  public static Finding unrecordedReview(Decision d, String recommendation) {
    Finding f =
        Finding.at(Target.document(recommendation))
            .says("unrecordedReview", Argument.id(d.id()), Argument.id(recommendation))
            .read(Values.act("/reviews/" + d.reviews().indexOf(recommendation), recommendation));
    List<String> others = Edits.without(d.reviews(), recommendation::equals);
    return others.isEmpty()
        ? f.advise("remedy.reviewRecorded")
        : f.fix(d.withReviews(others), "remedy.dropReview", Argument.id(recommendation));
  }

  public static List<Finding> forumMeeting(Situation s, Decision d) {
    return ForumMeetings.fault(s, d, d.forum(), d.date());
  }
}
