package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/**
 * RCM-DEC-6: a Vice-Ministerial decision is recorded in the press release or statement after it.
 */
public final class Dec6 {
  private Dec6() {}

  public static Finding unrecorded(Decision d) {
    return Finding.at(Target.document(d.id()))
        .says("unrecorded", Argument.id(d.id()))
        .read(Values.act("/recordedIn", d.recordedIn()))
        .advise("remedy.nameRecord");
  }
}
