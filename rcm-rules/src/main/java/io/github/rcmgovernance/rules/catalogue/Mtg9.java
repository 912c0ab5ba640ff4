package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * RCM-MTG-9: the PPT is held by a Member State, one holder per term, for a term of the charter's
 * length (a calendar year by default).
 */
public final class Mtg9 {
  private Mtg9() {}

  public static boolean calendarYear(PresidencyTerm t) {
    return t.start().getDayOfYear() == 1
        && t.end().equals(t.start().withMonth(12).withDayOfMonth(31));
  }

  public static Finding notAMember(Situation s, PresidencyTermProposal p) {
    PresidencyTerm t = p.term();
    return Finding.at(Target.party(t.holder()))
        .says(
            s.isObserver(t.holder()) ? "observer" : "noStatus",
            Argument.party(t.holder()),
            Values.partial(t.startAsKnown()),
            Values.partial(t.endAsKnown()),
            Argument.date(s.asOf()))
        .read(Values.act("/term/holder", t.holder()))
        .advise("remedy.aMember");
  }

  public static Finding secondHolder(Situation s, PresidencyTermProposal p, PresidencyTerm other) {
    PresidencyTerm t = p.term();
    return Finding.at(Target.party(other.holder()))
        .says(
            "overlap",
            Argument.party(t.holder()),
            Argument.date(t.start()),
            Argument.date(t.end()),
            Argument.party(other.holder()),
            Argument.date(other.start()),
            Argument.date(other.end()))
        .read(
            Values.act("/term", t),
            Values.history(
                "/presidencyTerms/" + s.history().presidencyTerms().indexOf(other), other))
        .advise("remedy.freeTerm");
  }

  public static Finding length(Situation s, PresidencyTermProposal p) {
    PresidencyTerm t = p.term();
    PresidencyTerm year = PresidencyTerm.forYear(t.holder(), t.start().getYear());
    Finding f =
        Finding.at(Target.document(p.id()))
            .says(
                "length",
                Argument.party(t.holder()),
                Argument.date(t.start()),
                Argument.date(t.end()),
                Argument.id(p.id()))
            .read(Values.act("/term/start", t.start()), Values.act("/term/end", t.end()));
    boolean newOverlap =
        s.history().presidencyTerms().stream()
            .anyMatch(
                other ->
                    other.isDated()
                        && !other.holder().equals(t.holder())
                        && other.overlaps(year)
                        && !other.overlaps(t));
    if (newOverlap) {
      return f.advise("remedy.calendarYearLater");
    }
    return f.fix(
        p.withTerm(year),
        "remedy.calendarYear",
        Argument.party(t.holder()),
        Argument.number(t.start().getYear()));
  }

  /**
   * The dated terms of the history that share a day with a dated term.
   *
   * @param s the situation
   * @param t the proposed term
   * @return those terms, none when the proposed term is not dated
   */
  public static List<PresidencyTerm> overlapping(Situation s, PresidencyTerm t) {
    if (!t.isDated()) {
      return List.of();
    }
    List<PresidencyTerm> out = new ArrayList<>();
    for (PresidencyTerm other : s.history().presidencyTerms()) {
      if (other.isDated() && other.overlaps(t)) {
        out.add(other);
      }
    }
    return out;
  }

  /**
   * Where the record cannot tell whether another State holds the presidency during the proposed
   * term: the proposed term's days are not known, or another State's term is known only by year.
   *
   * @param s the situation
   * @param p the proposal
   * @return the undetermined findings, none on a complete record
   */
  public static List<Finding> overlapUndetermined(Situation s, PresidencyTermProposal p) {
    PresidencyTerm t = p.term();
    if (!t.isDated()) {
      return List.of(Partial.term(t));
    }
    List<Finding> out = new ArrayList<>();
    for (PresidencyTerm other : s.history().undatedTerms()) {
      if (!other.holder().equals(t.holder())) {
        out.add(Partial.term(other));
      }
    }
    return out;
  }
}
