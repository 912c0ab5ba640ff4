package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingFact;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * RCM-MTG-5: a GRCM preparatory meeting names the recorded Vice-Ministerial meeting it prepares,
 * ends by its start and starts at most the charter's lead time before it.
 */
public final class Mtg5 {
  private Mtg5() {}

  public static List<Finding> faults(Situation s, MeetingProposal p) {
    Meeting m = p.meeting();
    if (m.unknown().contains(MeetingFact.PREPARES)) {
      return List.of(Partial.unknown(p, MeetingFact.PREPARES));
    }
    if (m.prepares().isEmpty()) {
      return List.of(
          Finding.at(Target.missing("/meeting/prepares"))
              .says("noPrepares", Argument.meeting(m))
              .read(Values.act("/meeting/prepares", m.prepares()))
              .advise("remedy.link"));
    }
    String id = m.prepares().get();
    Meeting vm = s.meeting(id);
    if (vm == null || vm.kind() != MeetingKind.VICE_MINISTERIAL) {
      Finding f =
          Finding.at(Target.meeting(id))
              .read(Values.act("/meeting/prepares", id))
              .advise("remedy.link");
      return List.of(
          vm == null
              ? f.says("notRecorded", Argument.meeting(m), Argument.id(id))
              : f.says(
                      "notViceMinisterial",
                      Argument.meeting(m),
                      Argument.meeting(vm),
                      Argument.term(vm.kind()))
                  .read(Values.meeting(s.history(), vm)));
    }
    if (!m.isDated() || !vm.isDated()) {
      // The days decide this rule: known only in part, they leave it undetermined.
      List<Finding> unknown = new ArrayList<>();
      if (!m.isDated()) {
        unknown.add(Partial.dates(m));
      }
      if (!vm.isDated()) {
        unknown.add(Partial.dates(vm));
      }
      return unknown;
    }
    int lead = s.charter().preparatoryLeadDays();
    boolean endsAfter = m.end().isAfter(vm.start());
    boolean startsEarly = m.start().isBefore(vm.start().minusDays(lead));
    if (!endsAfter && !startsEarly) {
      return List.of();
    }
    String key =
        endsAfter ? (startsEarly ? "endsAfterAndStartsEarly" : "endsAfter") : "startsEarly";
    Finding f =
        Finding.at(Target.meeting(m.id()))
            .says(
                key,
                Argument.meeting(m),
                Argument.date(m.start()),
                Argument.date(m.end()),
                Argument.meeting(vm),
                Argument.date(vm.start()),
                Argument.number(lead))
            .read(
                Values.act("/meeting/start", m.start()),
                Values.act("/meeting/end", m.end()),
                Values.meeting(s.history(), vm));
    LocalDate day = vm.start().minusDays(Math.min(1, lead));
    boolean otherThatYear =
        s.history().meetingsOf(MeetingKind.GRCM_PREPARATORY, day.getYear()).stream()
            .anyMatch(other -> !other.id().equals(m.id()));
    // The model has no day before 0001-01-01: the remedy is then advice.
    if (day.getYear() < 1 || (day.getYear() != m.start().getYear() && otherThatYear)) {
      return List.of(f.advise("remedy.justBefore", Argument.meeting(vm)));
    }
    return List.of(
        f.fix(
            Edits.withMeeting(p, x -> Edits.moved(x, day, day)),
            "remedy.holdOn",
            Argument.date(day),
            Argument.meeting(vm)));
  }
}
