package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.time.PartialDate;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The charter's windows of months (RCM-MTG-4 for Vice-Ministerial meetings, RCM-MTG-6 for mid-term
 * meetings): a meeting is in its window when both its first and last day are.
 */
public final class Windows {
  private Windows() {}

  public static boolean inWindow(MonthWindow window, Meeting m) {
    return window.contains(m.start()) && window.contains(m.end());
  }

  /**
   * Whether a meeting is certainly held outside a window: a day it certainly starts or ends on lies
   * outside. For a dated meeting, the negation of {@link #inWindow}; for a meeting known by its
   * month, whether that month lies outside; for one known by its year only, or not at all, never
   * (it may or may not be).
   *
   * @param window the window
   * @param m the meeting
   * @return true when the meeting is known to be outside
   */
  public static boolean certainlyOutside(MonthWindow window, Meeting m) {
    return m.isDated()
        ? !inWindow(window, m)
        : certainlyOutside(window, m.startAsKnown()) || certainlyOutside(window, m.endAsKnown());
  }

  /**
   * Whether the record cannot tell if a meeting is held in a window.
   *
   * @param window the window
   * @param m the meeting
   * @return true when it is neither known to be inside nor known to be outside
   */
  public static boolean undetermined(MonthWindow window, Meeting m) {
    return !m.isDated()
        && !certainlyOutside(window, m)
        && !(certainlyInside(window, m.startAsKnown()) && certainlyInside(window, m.endAsKnown()));
  }

  /** Every day the date can be lies outside the window's months. */
  private static boolean certainlyOutside(MonthWindow window, PartialDate d) {
    return switch (d.precision()) {
      case DAY, MONTH -> !window.contains(d.earliest().orElseThrow());
      default -> false;
    };
  }

  /** Every day the date can be lies inside the window's months. */
  private static boolean certainlyInside(MonthWindow window, PartialDate d) {
    return switch (d.precision()) {
      case DAY, MONTH -> window.contains(d.earliest().orElseThrow());
      case YEAR -> window.fromMonth() == 1 && window.toMonth() == 12;
      case UNKNOWN -> false;
    };
  }

  /**
   * The finding of a meeting outside its window; the remedy moves it to the window's first days of
   * the same year, unless that would leave the window or the presidency term of its start.
   */
  public static Finding outside(Situation s, MeetingProposal p, MonthWindow window) {
    Meeting m = p.meeting();
    Finding f =
        Finding.at(Target.meeting(m.id()))
            .says(
                "outside",
                Argument.meeting(m),
                Values.partial(m.startAsKnown()),
                Values.partial(m.endAsKnown()),
                Argument.window(window))
            .read(
                Values.act("/meeting/start", Partial.start(m)),
                Values.act("/meeting/end", Partial.end(m)));
    if (!m.isDated()) {
      return f.advise("remedy.intoWindow", Argument.window(window));
    }
    long days = ChronoUnit.DAYS.between(m.start(), m.end());
    LocalDate start = LocalDate.of(m.start().getYear(), window.fromMonth(), 1);
    LocalDate end = start.plusDays(days);
    if (!window.contains(end)
        || end.getYear() != start.getYear()
        || !Objects.equals(s.presidencyHolder(start), s.presidencyHolder(m.start()))) {
      return f.advise("remedy.intoWindow", Argument.window(window));
    }
    return f.fix(
        Edits.withMeeting(p, x -> Edits.moved(x, start, end)),
        "remedy.moveInto",
        Argument.window(window),
        Argument.date(start),
        Argument.date(end));
  }
}
