package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingFact;
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
 * RCM-MTG-3: the Vice-Ministerial meeting is hosted, in its territory, and organised by the Member
 * State holding the PPT on its start date. Without a recorded holder, only the missing holder and
 * an absent host or organiser are reported.
 */
public final class Mtg3 {
  private Mtg3() {}

  public static List<Finding> faults(Situation s, MeetingProposal p) {
    if (Partial.any(s, p) && needsPartialJudgement(s, p.meeting())) {
      return partialFaults(s, p);
    }
    Meeting m = p.meeting();
    Party holder = s.presidencyHolder(m.start());
    boolean organiserOk = m.organiser().map(o -> s.isPresidency(o, m.start())).orElse(false);
    Argument start = Argument.date(m.start());
    List<Finding> faults = new ArrayList<>();
    if (holder == null) {
      faults.add(noHolder(m, m.start()).advise("remedy.recordTerm", start));
      if (m.host().isEmpty()) {
        faults.add(noHost(m).advise("remedy.recordTerm", start));
      }
      if (m.organiser().isEmpty()) {
        faults.add(
            noOrganiser(m)
                .fix(
                    Edits.withMeeting(p, x -> x.withOrganiser(Edits.PPT)),
                    "remedy.organisedByThePresidency"));
      }
      return faults;
    }
    // With a holder, one change puts both right: the holder hosts, the Presidency organises.
    Act fixed =
        Edits.withMeeting(
            p, x -> organiserOk ? x.withHost(holder) : x.withHost(holder).withOrganiser(Edits.PPT));
    Argument holderArg = Argument.party(holder);
    if (m.host().isEmpty()) {
      faults.add(noHost(m).fix(fixed, "remedy.byThePresidency", holderArg));
    } else if (!m.host().get().equals(holder)) {
      faults.add(wrongHost(m, m.start(), holder).fix(fixed, "remedy.byThePresidency", holderArg));
    }
    if (m.organiser().isEmpty()) {
      faults.add(noOrganiser(m).fix(fixed, "remedy.byThePresidency", holderArg));
    } else if (!organiserOk) {
      faults.add(
          wrongOrganiser(m, m.start(), holder).fix(fixed, "remedy.byThePresidency", holderArg));
    }
    return faults;
  }

  private static Finding noHost(Meeting m) {
    return Finding.at(Target.missing("/meeting/host"))
        .says("noHost", Argument.meeting(m))
        .read(Values.act("/meeting/host", m.host()));
  }

  private static Finding noHolder(Meeting m, LocalDate day) {
    return Finding.at(Target.meeting(m.id()))
        .says("noHolder", Argument.meeting(m), Argument.date(day))
        .read(Values.act("/meeting/start", day));
  }

  /** The host is not the holder; the meeting has a host. */
  private static Finding wrongHost(Meeting m, LocalDate day, Party holder) {
    Party host = m.host().orElseThrow();
    return Finding.at(Target.party(host))
        .says(
            "host",
            Argument.meeting(m),
            Argument.party(host),
            Argument.date(day),
            Argument.party(holder))
        .read(Values.act("/meeting/host", host));
  }

  /** The organiser does not speak for the holder; the meeting has an organiser. */
  private static Finding wrongOrganiser(Meeting m, LocalDate day, Party holder) {
    Actor organiser = m.organiser().orElseThrow();
    return Finding.at(Target.of(organiser))
        .says(
            "organiser",
            Argument.meeting(m),
            Argument.actor(organiser),
            Argument.date(day),
            Argument.party(holder))
        .read(Values.act("/meeting/organiser", organiser));
  }

  private static Finding noOrganiser(Meeting m) {
    return Finding.at(Target.missing("/meeting/organiser"))
        .says("noOrganiser", Argument.meeting(m))
        .read(Values.act("/meeting/organiser", m.organiser()));
  }

  /**
   * Whether the meeting or the presidency on its first day is known only in part; otherwise the
   * complete judgement applies, remedies included.
   */
  private static boolean needsPartialJudgement(Situation s, Meeting m) {
    return !m.isDated()
        || !m.unknown().isEmpty()
        || (s.presidencyHolder(m.start()) == null && !s.history().isComplete());
  }

  /**
   * The same judgement where the meeting or the history is known only in part. Who held the
   * presidency on the first day is known when the day is, and a dated term covers it; with no dated
   * term covering it, a term known only by its year may, so the holder is not known. What can be
   * established is reported; a host or organiser declared unknown, or a holder not known, leaves
   * the rule undetermined for that part.
   */
  private static List<Finding> partialFaults(Situation s, MeetingProposal p) {
    Meeting m = p.meeting();
    List<Finding> out = new ArrayList<>();
    boolean hostUnknown = m.unknown().contains(MeetingFact.HOST);
    boolean organiserUnknown = m.unknown().contains(MeetingFact.ORGANISER);
    if (hostUnknown) {
      out.add(Partial.unknown(p, MeetingFact.HOST));
    } else if (m.host().isEmpty()) {
      out.add(noHost(m).advise("remedy.recordHost"));
    }
    if (organiserUnknown) {
      out.add(Partial.unknown(p, MeetingFact.ORGANISER));
    } else if (m.organiser().isEmpty()) {
      out.add(noOrganiser(m).advise("remedy.organisedByThePresidency"));
    }
    if (!m.startAsKnown().isDay()) {
      out.add(Partial.dates(m));
      return out;
    }
    LocalDate day = m.start();
    Party holder = s.presidencyHolder(day);
    if (holder == null) {
      if (!s.history().undatedTerms().isEmpty()) {
        for (PresidencyTerm t : s.history().undatedTerms()) {
          out.add(Partial.term(t));
        }
      } else if (!s.history().isComplete()) {
        // A record known only in part may lack the term: its absence proves nothing.
        out.add(
            Finding.undetermined(
                Target.meeting(m.id()), "undetermined.holder", Argument.date(day)));
      } else {
        out.add(noHolder(m, day).advise("remedy.recordTerm", Argument.date(day)));
      }
      return out;
    }
    Argument holderArg = Argument.party(holder);
    if (m.host().isPresent() && !m.host().get().equals(holder)) {
      out.add(wrongHost(m, day, holder).advise("remedy.byThePresidency", holderArg));
    }
    if (m.organiser().isPresent() && !s.isPresidency(m.organiser().get(), day)) {
      out.add(wrongOrganiser(m, day, holder).advise("remedy.byThePresidency", holderArg));
    }
    return out;
  }
}
