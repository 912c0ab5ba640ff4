package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingFact;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * RCM-MTG-7: the mid-term meeting is usually held in the country that hosted the most recent
 * Vice-Ministerial meeting (the one with the latest start on or before its start).
 */
public final class Mtg7 {
  private Mtg7() {}

  public static List<Finding> awayFromLastHost(Situation s, MeetingProposal p) {
    Meeting m = p.meeting();
    if (Partial.any(s, p)) {
      List<Finding> unknown = undetermined(s, p);
      if (!unknown.isEmpty()) {
        return unknown;
      }
    }
    Meeting last = s.history().lastViceMinisterialMeeting(m.start()).orElse(null);
    if (last == null || last.host().isEmpty() || m.host().equals(last.host())) {
      return List.of();
    }
    Party host = last.host().get();
    Finding f =
        Finding.at(Target.meeting(m.id()))
            .read(Values.act("/meeting/host", m.host()), Values.meeting(s.history(), last))
            .fix(
                Edits.withMeeting(p, x -> x.withHost(host)),
                "remedy.lastHost",
                Argument.party(host));
    return List.of(
        m.host().isEmpty()
            ? f.says("noHost", Argument.meeting(m), Argument.party(host), Argument.meeting(last))
            : f.says(
                "elsewhere",
                Argument.meeting(m),
                Argument.party(m.host().get()),
                Argument.party(host),
                Argument.meeting(last)));
  }

  /**
   * What leaves the rule undetermined on a record known only in part: the meeting's first day or
   * host not known; a Vice-Ministerial meeting whose days are not known that may be the most recent
   * one; the most recent one's host not known.
   */
  private static List<Finding> undetermined(Situation s, MeetingProposal p) {
    Meeting m = p.meeting();
    List<Finding> out = new ArrayList<>();
    if (!m.startAsKnown().isDay()) {
      out.add(Partial.dates(m));
      return out;
    }
    if (m.unknown().contains(MeetingFact.HOST)) {
      out.add(Partial.unknown(p, MeetingFact.HOST));
    }
    LocalDate day = m.start();
    Meeting last = s.history().lastViceMinisterialMeeting(day).orElse(null);
    for (Meeting other : s.history().undatedMeetings()) {
      if (other.kind() != MeetingKind.VICE_MINISTERIAL) {
        continue;
      }
      // It may be the most recent if it may start on or before the day, and after the last dated.
      boolean mayBeBefore = other.startAsKnown().earliest().map(d -> !d.isAfter(day)).orElse(true);
      boolean mayBeLater =
          last == null
              || other.startAsKnown().latest().map(d -> !d.isBefore(last.start())).orElse(true);
      if (mayBeBefore && mayBeLater) {
        out.add(Partial.dates(other));
      }
    }
    if (out.isEmpty() && last != null && last.unknown().contains(MeetingFact.HOST)) {
      out.add(Partial.unknown(last, MeetingFact.HOST));
    }
    return out;
  }
}
