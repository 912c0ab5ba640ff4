package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.meeting.Meeting;
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
                Argument.date(m.start()),
                Argument.date(m.end()),
                Argument.window(window))
            .read(Values.act("/meeting/start", m.start()), Values.act("/meeting/end", m.end()));
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
