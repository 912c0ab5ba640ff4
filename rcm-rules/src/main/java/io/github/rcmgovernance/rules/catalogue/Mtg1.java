package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** RCM-MTG-1: one Vice-Ministerial meeting a calendar year. */
public final class Mtg1 {
  private Mtg1() {}

  /** A year no meeting falls in: what {@link #year} gives when the year is not known. */
  static final int NO_YEAR = Integer.MIN_VALUE;

  /**
   * The calendar year of a meeting's first day, or {@link #NO_YEAR} when it is not known.
   *
   * @param m the meeting
   * @return the year
   */
  public static int year(Meeting m) {
    return m.startAsKnown().year().orElse(NO_YEAR);
  }

  public static Finding second(Situation s, MeetingProposal p, Meeting other) {
    Meeting m = p.meeting();
    return Finding.at(Target.meeting(other.id()))
        .says("second", Argument.meeting(m), Argument.number(year(m)), Argument.meeting(other))
        .read(Values.act("/meeting/start", Partial.start(m)), Values.meeting(s.history(), other))
        .advise("remedy.anotherYear");
  }

  /**
   * The findings about meetings known only in part: a proposal of unknown year cannot be judged; an
   * undated meeting of the same kind in the same year is a second one; one of unknown year may be.
   *
   * @param s the situation
   * @param p the proposal
   * @return the findings, empty on a complete record
   */
  public static List<Finding> partial(Situation s, MeetingProposal p) {
    return secondsInYear(s, p, MeetingKind.VICE_MINISTERIAL, Mtg1::second);
  }

  /** A finding of a second meeting in the year. */
  interface Second {
    Finding of(Situation s, MeetingProposal p, Meeting other);
  }

  static List<Finding> secondsInYear(
      Situation s, MeetingProposal p, MeetingKind kind, Second second) {
    Meeting m = p.meeting();
    OptionalInt year = m.startAsKnown().year();
    if (year.isEmpty()) {
      return List.of(Partial.dates(m));
    }
    List<Finding> out = new ArrayList<>();
    for (Meeting other : s.history().undatedMeetings()) {
      if (other.kind() != kind || other.id().equals(m.id())) {
        continue;
      }
      OptionalInt otherYear = other.startAsKnown().year();
      if (otherYear.isEmpty()) {
        out.add(Partial.dates(other));
      } else if (otherYear.getAsInt() == year.getAsInt()) {
        out.add(second.of(s, p, other));
      }
    }
    return out;
  }
}
