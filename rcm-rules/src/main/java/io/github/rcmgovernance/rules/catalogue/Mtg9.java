package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

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
            Argument.date(t.start()),
            Argument.date(t.end()),
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
                    !other.holder().equals(t.holder())
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
}
