package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Fact;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;
import java.util.Optional;

/**
 * RCM-GRC-2: only a recorded recommendation the Deputy Ministers endorsed may be acted on; the
 * Vice-Ministerial Conference's own decision reviewing it is the only exception.
 */
public final class Grc2 {
  private Grc2() {}

  /** The ids of the recommendations an act acts on, carries out or serves. */
  public static List<String> actedOn(Act act) {
    if (act instanceof Decision d) {
      return d.actsOn();
    }
    if (act instanceof PlanOfActionActivity a) {
      return a.basedOn().map(List::of).orElse(List.of());
    }
    if (act instanceof SecretariatAction a) {
      return a.servesRecommendation().map(List::of).orElse(List.of());
    }
    return List.of();
  }

  /** Whether the act may act on the recommendation. */
  public static boolean mayActOn(Situation s, Act act, String recommendation) {
    return s.isRecorded(recommendation)
        && (s.isEndorsed(recommendation) || reviewedByTheConference(act, recommendation));
  }

  private static boolean reviewedByTheConference(Act act, String recommendation) {
    return act instanceof Decision d
        && d.decidedBy().is(Body.VICE_MINISTERIAL_CONFERENCE)
        && d.reviews().contains(recommendation);
  }

  public static Finding actsOn(Situation s, Act act, String recommendation) {
    Finding f =
        Finding.at(Target.document(recommendation))
            .says(
                s.isRecorded(recommendation) ? "notEndorsed" : "notRecorded",
                Argument.act(act),
                Argument.id(recommendation))
            .read(fact(act, recommendation));
    Argument id = Argument.id(recommendation);
    if (act instanceof Decision d) {
      return withHistory(s, recommendation, f)
          .fix(d.withActsOn(Edits.without(d.actsOn(), recommendation::equals)), "remedy.drop", id);
    }
    if (act instanceof PlanOfActionActivity a) {
      return withHistory(s, recommendation, f)
          .fix(a.withBasedOn(Optional.empty()), "remedy.drop", id);
    }
    return withHistory(s, recommendation, f)
        .fix(
            ((SecretariatAction) act).withServesRecommendation(Optional.empty()),
            "remedy.drop",
            id);
  }

  private static Finding withHistory(Situation s, String recommendation, Finding f) {
    return s.history()
        .recommendation(recommendation)
        .map(
            r ->
                f.read(
                    Values.history(
                        "/recommendations/" + s.history().recommendations().indexOf(r), r)))
        .orElse(f);
  }

  private static Fact fact(Act act, String recommendation) {
    if (act instanceof Decision d) {
      return Values.act("/actsOn/" + d.actsOn().indexOf(recommendation), recommendation);
    }
    return Values.act(
        act instanceof PlanOfActionActivity ? "/basedOn" : "/servesRecommendation", recommendation);
  }
}
