package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;

/**
 * RCM-GRC-5: the Vice-Ministerial agenda is approved by the GRCM at its mid-term meeting, which,
 * when named, is a recorded mid-term meeting held on the approval's day.
 */
public final class Grc5 {
  private Grc5() {}

  public static Finding approver(AgendaApproval a) {
    return Finding.at(Target.of(a.approvedBy()))
        .says("approver", Argument.id(a.id()), Argument.actor(a.approvedBy()))
        .read(Values.act("/approvedBy", a.approvedBy()))
        .fix(a.withApprovedBy(Edits.GRCM), "remedy.byTheGrcm");
  }

  public static Finding forumKind(Situation s, AgendaApproval a) {
    boolean keep =
        a.forum().meetingId().isPresent()
            && ForumMeetings.fault(
                    s,
                    a,
                    Forum.of(MeetingKind.GRCM_MID_TERM, a.forum().meetingId().get()),
                    a.date())
                .isEmpty();
    Forum midTerm =
        keep
            ? Forum.of(MeetingKind.GRCM_MID_TERM, a.forum().meetingId().get())
            : Forum.of(MeetingKind.GRCM_MID_TERM);
    return Finding.at(Target.document(a.id()))
        .says("forumKind", Argument.id(a.id()), Argument.term(a.forum().kind()))
        .read(Values.act("/forum/kind", a.forum().kind()))
        .fix(a.withForum(midTerm), "remedy.atMidTerm");
  }

  public static List<Finding> forumMeeting(Situation s, AgendaApproval a) {
    return ForumMeetings.fault(s, a, a.forum(), a.date());
  }
}
