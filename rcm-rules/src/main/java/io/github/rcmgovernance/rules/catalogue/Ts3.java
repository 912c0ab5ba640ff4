package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/** RCM-TS-3: the TS acts within its terms of reference. */
public final class Ts3 {
  private Ts3() {}

  public static Finding outsideTermsOfReference(SecretariatAction a) {
    return Finding.at(Target.document(a.id()))
        .says("outside", Argument.id(a.id()), Argument.text(a.description()))
        .read(Values.act("/task", a.task()), Values.act("/description", a.description()))
        .advise("remedy.withinTerms");
  }
}
