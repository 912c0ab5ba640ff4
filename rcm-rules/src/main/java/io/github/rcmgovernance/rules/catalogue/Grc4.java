package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/** RCM-GRC-4: a GRCM recommendation is addressed to the Vice-Ministerial Conference. */
public final class Grc4 {
  private Grc4() {}

  public static boolean ofTheGrcm(Recommendation r) {
    return r.issuer().is(Body.GRCM);
  }

  public static boolean toTheConference(Recommendation r) {
    return r.addressee().is(Body.VICE_MINISTERIAL_CONFERENCE);
  }

  public static Finding addressee(Recommendation r) {
    return Finding.at(Target.of(r.addressee()))
        .says("addressee", Argument.id(r.id()), Argument.actor(r.addressee()))
        .read(Values.act("/issuer", r.issuer()), Values.act("/addressee", r.addressee()))
        .fix(r.withAddressee(Edits.VMC), "remedy.toConference");
  }
}
