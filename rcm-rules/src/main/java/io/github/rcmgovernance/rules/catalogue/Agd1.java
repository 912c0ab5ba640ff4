package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Fact;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * RCM-AGD-1: the Vice-Ministerial agenda was discussed at the most recent GRCM mid-term meeting
 * before it and reviewed at the preparatory meeting that prepares it, as the history's agenda
 * records of the meeting name them. Each part is right when some record names the right meeting;
 * otherwise each wrong id is named, or the part is missing.
 */
public final class Agd1 {
  private Agd1() {}

  public static List<Finding> faults(Situation s, MeetingProposal p) {
    Meeting m = p.meeting();
    History h = s.history();
    List<AgendaRecord> records = h.agendasFor(m.id());
    List<Fact> facts = new ArrayList<>();
    for (AgendaRecord r : records) {
      facts.add(Values.history("/agendas/" + h.agendas().indexOf(r), r));
    }
    if (facts.isEmpty()) {
      facts.add(Values.act("/meeting/id", m.id()));
    }
    Meeting lastMidTerm = lastMidTermBefore(h, m);
    List<Finding> faults = new ArrayList<>();
    part(
        s,
        m,
        records,
        r -> r.discussedAt().orElse(null),
        named ->
            named.kind() == MeetingKind.GRCM_MID_TERM
                && lastMidTerm != null
                && named.end().isBefore(m.start())
                && named.start().equals(lastMidTerm.start()),
        "discussed",
        lastMidTerm,
        facts,
        faults);
    part(
        s,
        m,
        records,
        r -> r.reviewedAt().orElse(null),
        named ->
            named.kind() == MeetingKind.GRCM_PREPARATORY
                && named.prepares().map(m.id()::equals).orElse(false),
        "reviewed",
        null,
        facts,
        faults);
    return faults;
  }

  private static void part(
      Situation s,
      Meeting m,
      List<AgendaRecord> records,
      Function<AgendaRecord, String> field,
      Predicate<Meeting> right,
      String part,
      Meeting expected,
      List<Fact> facts,
      List<Finding> faults) {
    TreeSet<String> named = new TreeSet<>();
    for (AgendaRecord r : records) {
      String id = field.apply(r);
      if (id != null) {
        named.add(id);
      }
    }
    if (named.isEmpty()) {
      faults.add(
          Finding.at(Target.missing("agenda." + part + "At"))
              .says(part + "Missing", Argument.meeting(m))
              .read(facts)
              .advise("remedy.review"));
      return;
    }
    for (String id : named) {
      Meeting meeting = s.meeting(id);
      if (meeting != null && right.test(meeting)) {
        return;
      }
    }
    for (String id : named) {
      faults.add(
          Finding.at(Target.meeting(id))
              .says(
                  expected == null && part.equals("discussed")
                      ? part + "WrongNoMidTerm"
                      : part + "Wrong",
                  Argument.meeting(m),
                  Argument.id(id),
                  expected == null ? Argument.id("") : Argument.meeting(expected))
              .read(facts)
              .advise("remedy.review"));
    }
  }

  /** The GRCM mid-term meeting that ended last before a Vice-Ministerial meeting starts. */
  static Meeting lastMidTermBefore(History history, Meeting vm) {
    Meeting last = null;
    for (Meeting candidate : history.meetings()) {
      if (candidate.kind() == MeetingKind.GRCM_MID_TERM
          && candidate.end().isBefore(vm.start())
          && (last == null || candidate.start().isAfter(last.start()))) {
        last = candidate;
      }
    }
    return last;
  }
}
