package io.github.rcmgovernance.rules.internal;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts of one validation that are known only in part: meetings whose days are not known or
 * that declare a fact unknown, presidency terms known by their year, parties whose status on the
 * act's day the record cannot tell. A rule that does not judge such facts itself is not run when
 * there is any, and is listed as undetermined with them.
 */
public final class PartialFacts {
  private PartialFacts() {}

  /**
   * The facts known only in part, named by id: meeting ids, {@code PPT <holder> <year>} for a term,
   * party codes for statuses.
   *
   * @param charter the charter, whose statuses are read on {@code asOf}
   * @param history the history
   * @param act the act
   * @param asOf the day of the act
   * @return the names, in the order found; empty (and not allocated) for a complete record
   */
  public static List<String> of(Charter charter, History history, Act act, LocalDate asOf) {
    List<Party> uncertain = charter.statusesUncertainOn(asOf);
    if (history.isComplete() && isComplete(act) && uncertain.isEmpty()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    if (act instanceof MeetingProposal p && !isComplete(p.meeting())) {
      names.add(p.meeting().id());
    }
    if (act instanceof PresidencyTermProposal p && !p.term().isDated()) {
      names.add(name(p.term()));
    }
    for (Meeting m : history.meetings()) {
      if (!isComplete(m)) {
        names.add(m.id());
      }
    }
    for (PresidencyTerm t : history.undatedTerms()) {
      names.add(name(t));
    }
    for (Party p : uncertain) {
      names.add(p.code());
    }
    return new ArrayList<>(names);
  }

  private static boolean isComplete(Act act) {
    if (act instanceof MeetingProposal p) {
      return isComplete(p.meeting());
    }
    if (act instanceof PresidencyTermProposal p) {
      return p.term().isDated();
    }
    return true;
  }

  /**
   * Whether a meeting is known in full: both days, and no fact declared unknown.
   *
   * @param m the meeting
   * @return true when nothing of it is known only in part
   */
  public static boolean isComplete(Meeting m) {
    return m.isDated() && m.unknown().isEmpty();
  }

  private static String name(PresidencyTerm t) {
    return "PPT " + t.holder().code() + " " + t.heldIn().orElse(0);
  }
}
