package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.TechnicalCooperation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/**
 * RCM-IOM-1: IOM's technical cooperation to the Conference is given at the request of Member
 * countries (the PPT or a Vice-Ministerial decision counts). IOM's facilities to the TS need none.
 */
public final class Iom1 {
  private Iom1() {}

  public static boolean requestedByAMember(Situation s, TechnicalCooperation c) {
    for (Actor a : c.requestedBy()) {
      if (a.is(Body.PRO_TEMPORE_PRESIDENCY)
          || a.is(Body.VICE_MINISTERIAL_CONFERENCE)
          || s.isMember(a)) {
        return true;
      }
    }
    return false;
  }

  public static Finding nobodyNamed(TechnicalCooperation c) {
    return request(
        Finding.at(Target.missing("/requestedBy")).says("nobody", Argument.id(c.id())), c);
  }

  public static Finding noMember(TechnicalCooperation c) {
    return request(
        Finding.at(Target.document(c.id()))
            .says(
                "noMember",
                Argument.id(c.id()),
                Argument.list(c.requestedBy().stream().map(Argument::actor).toList())),
        c);
  }

  private static Finding request(Finding f, TechnicalCooperation c) {
    return f.read(Values.act("/requestedBy", c.requestedBy()))
        .fix(
            c.withRequestedBy(Edits.with(c.requestedBy(), Edits.PPT)), "remedy.presidencyRequests");
  }
}
