package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingFact;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.PartialFacts;
import io.github.rcmgovernance.rules.internal.Values;
import java.time.LocalDate;

/**
 * What the rules that judge records known only in part ({@code @partialFacts}) share: whether a
 * proposal meets a partial fact at all, the undetermined findings that name the missing fact, and
 * partial dates as message arguments. On a complete record none of this is reached.
 */
public final class Partial {
  private Partial() {}

  /**
   * Whether the proposal or the history holds a fact known only in part: the cheap test that keeps
   * the partial branches of the rules out of the way of complete records.
   *
   * @param s the situation
   * @param p the proposal
   * @return true when the meeting or the history is incomplete
   */
  public static boolean any(Situation s, MeetingProposal p) {
    return !s.history().isComplete() || !PartialFacts.isComplete(p.meeting());
  }

  /**
   * Why a rule could not judge a meeting: its days are not known.
   *
   * @param m the meeting
   * @return the finding
   */
  public static Finding dates(Meeting m) {
    return Finding.undetermined(
        Target.meeting(m.id()),
        "undetermined.dates",
        Argument.meeting(m),
        Values.partial(m.startAsKnown()),
        Values.partial(m.endAsKnown()));
  }

  /**
   * Why a rule could not judge a meeting of the history: a fact of it is declared unknown.
   *
   * @param m the meeting
   * @param fact the fact
   * @return the finding, about the meeting
   */
  public static Finding unknown(Meeting m, MeetingFact fact) {
    return Finding.undetermined(Target.meeting(m.id()), key(fact), Argument.meeting(m));
  }

  /**
   * Why a rule could not judge the proposed meeting: a fact of it is declared unknown.
   *
   * @param p the proposal
   * @param fact the fact
   * @return the finding, about the act's field ({@code missing:/meeting/host})
   */
  public static Finding unknown(MeetingProposal p, MeetingFact fact) {
    String field =
        switch (fact) {
          case HOST -> "/meeting/host";
          case ORGANISER -> "/meeting/organiser";
          case ATTENDEES -> "/meeting/attendees";
          case PREPARES -> "/meeting/prepares";
        };
    return Finding.undetermined(Target.missing(field), key(fact), Argument.meeting(p.meeting()));
  }

  private static String key(MeetingFact fact) {
    return switch (fact) {
      case HOST -> "undetermined.host";
      case ORGANISER -> "undetermined.organiser";
      case ATTENDEES -> "undetermined.attendees";
      case PREPARES -> "undetermined.prepares";
    };
  }

  /**
   * Why a rule could not judge a presidency term: its days are not known.
   *
   * @param t the term, not dated
   * @return the finding
   */
  public static Finding term(PresidencyTerm t) {
    return Finding.undetermined(
        Target.party(t.holder()),
        "undetermined.term",
        Argument.party(t.holder()),
        Argument.number(t.heldIn().orElse(0)));
  }

  /**
   * Why a rule could not judge a party's status on a day.
   *
   * @param s the situation
   * @param party the party
   * @return the finding
   */
  public static Finding status(Situation s, Party party) {
    LocalDate by =
        s.charter().statuses().stream()
            .filter(x -> x.party().equals(party) && x.uncertainOn(s.asOf()))
            .map(x -> x.sinceBy().orElseThrow())
            .findFirst()
            .orElse(s.asOf());
    return Finding.undetermined(
        Target.party(party),
        "undetermined.status",
        Argument.party(party),
        Argument.date(s.asOf()),
        Argument.date(by));
  }

  /**
   * The value of a meeting's first day for the facts a finding read: the day when it is known, the
   * partial date otherwise.
   *
   * @param m the meeting
   * @return the value
   */
  public static Object start(Meeting m) {
    return m.startAsKnown().isDay() ? m.start() : m.startAsKnown();
  }

  /**
   * The value of a meeting's last day for the facts a finding read.
   *
   * @param m the meeting
   * @return the value
   */
  public static Object end(Meeting m) {
    return m.endAsKnown().isDay() ? m.end() : m.endAsKnown();
  }
}
