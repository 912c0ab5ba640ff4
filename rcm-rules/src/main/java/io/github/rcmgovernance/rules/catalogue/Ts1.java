package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/**
 * RCM-TS-1: the TS supports; it neither decides nor recommends: the TS deciding, issuing or
 * drafting a recommendation, or drafting a document that contains recommendations.
 */
public final class Ts1 {
  private Ts1() {}

  public static boolean decidesOrRecommends(Act act) {
    if (act instanceof Decision d) {
      return d.decidedBy().is(Body.TECHNICAL_SECRETARIAT);
    }
    if (act instanceof Recommendation r) {
      return r.issuer().is(Body.TECHNICAL_SECRETARIAT) || r.drafters().contains(Edits.TS);
    }
    return act instanceof Document d
        && d.containsRecommendations()
        && d.authors().contains(Edits.TS);
  }

  public static Finding secretariat(Act act) {
    Finding f = Finding.at(Target.body(Body.TECHNICAL_SECRETARIAT));
    if (act instanceof Decision d) {
      return f.says("decides", Argument.id(d.id()))
          .read(Values.act("/decidedBy", d.decidedBy()))
          .fix(d.withDecidedBy(Edits.VMC), "remedy.toConference");
    }
    if (act instanceof Recommendation r) {
      f =
          f.says("recommends", Argument.id(r.id()))
              .read(Values.act("/issuer", r.issuer()), Values.act("/drafters", r.drafters()));
      return r.issuer().equals(Edits.TS)
          ? f.advise("remedy.grcmIssues")
          : f.fix(
              r.withDrafters(Edits.without(r.drafters(), Edits.TS::equals)), "remedy.notADrafter");
    }
    Document d = (Document) act;
    f =
        f.says("document", Argument.act(d), Argument.term(d.kind()))
            .read(
                Values.act("/authors", d.authors()), Values.act("/containsRecommendations", true));
    var authors = Edits.without(d.authors(), Edits.TS::equals);
    return authors.isEmpty()
        ? f.advise("remedy.othersRecommend")
        : f.fix(d.withAuthors(authors), "remedy.notAnAuthor");
  }
}
