package io.github.rcmgovernance.rules.catalogue;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.meeting.Meeting;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Small helpers the rules' remedies use to build the fixed act. */
public final class Edits {
  static final Actor VMC = Actor.of(Body.VICE_MINISTERIAL_CONFERENCE);
  static final Actor GRCM = Actor.of(Body.GRCM);
  static final Actor PPT = Actor.of(Body.PRO_TEMPORE_PRESIDENCY);
  static final Actor TS = Actor.of(Body.TECHNICAL_SECRETARIAT);
  static final Actor IOM_OFFICE = Actor.of(Body.IOM_REGIONAL_OFFICE);

  private Edits() {}

  /** The list without the elements a predicate matches. */
  static <T> ImmutableList<T> without(List<T> list, Predicate<? super T> drop) {
    return list.stream().filter(drop.negate()).collect(ImmutableList.toImmutableList());
  }

  /** The list with each element changed, keeping the first of any that become equal. */
  static <T> ImmutableList<T> map(List<T> list, UnaryOperator<T> change) {
    LinkedHashSet<T> out = new LinkedHashSet<>();
    list.forEach(e -> out.add(change.apply(e)));
    return ImmutableList.copyOf(out);
  }

  /** The list with one more element. */
  static <T> ImmutableList<T> with(List<T> list, T element) {
    return ImmutableList.<T>builder().addAll(list).add(element).build();
  }

  /**
   * The act with the delegations that a predicate picks sent from Foreign Affairs instead, in every
   * list of delegations the act has.
   */
  static Act fromForeignAffairs(Act act, Predicate<Delegation> pick) {
    UnaryOperator<List<Delegation>> fix =
        list ->
            map(
                list,
                del ->
                    pick.test(del)
                        ? Delegation.of(del.party(), del.level(), Service.FOREIGN_AFFAIRS)
                        : del);
    if (act instanceof MeetingProposal m) {
      return withMeeting(
          m,
          x ->
              x.withAttendees(fix.apply(x.attendees()))
                  .withClosedSessionAttendees(fix.apply(x.closedSessionAttendees())));
    }
    if (act instanceof Decision d) {
      return d.withDeciders(fix.apply(d.deciders()))
          .withSessionAttendees(fix.apply(d.sessionAttendees()));
    }
    if (act instanceof Recommendation r) {
      return r.withDelegations(fix.apply(r.delegations()));
    }
    AgendaApproval a = (AgendaApproval) act;
    return a.withDelegations(fix.apply(a.delegations()));
  }

  /** The proposal with its meeting changed. */
  static MeetingProposal withMeeting(MeetingProposal p, UnaryOperator<Meeting> change) {
    return p.withMeeting(change.apply(p.meeting()));
  }

  /** The meeting on other days; both change at once, so the end never precedes the start. */
  static Meeting moved(Meeting m, LocalDate start, LocalDate end) {
    return Meeting.builder().from(m).start(start).end(end).build();
  }
}
