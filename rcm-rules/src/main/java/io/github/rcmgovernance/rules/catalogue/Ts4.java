package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/**
 * RCM-TS-4: the TS prepares background documents only on request of the PPT, the Vice-Ministerial
 * Conference or the GRCM.
 */
public final class Ts4 {
  private Ts4() {}

  public static boolean secretariatsBackgroundDocument(Document d) {
    return d.kind() == DocumentKind.BACKGROUND_DOCUMENT && d.authors().contains(Edits.TS);
  }

  public static Finding noRequest(Document d) {
    return Finding.at(Target.missing("/requestedBy"))
        .says("noRequest", Argument.id(d.id()))
        .read(Values.act("/requestedBy", d.requestedBy()))
        .fix(d.withRequestedBy(Edits.PPT), "remedy.onRequest");
  }

  public static Finding requester(Situation s, Document d) {
    var by = d.requestedBy().get();
    return Finding.at(Target.of(by))
        .says("requester", Argument.id(d.id()), Argument.actor(by), Argument.date(s.asOf()))
        .read(Values.act("/requestedBy", by))
        .fix(d.withRequestedBy(Edits.PPT), "remedy.onRequest");
  }
}
