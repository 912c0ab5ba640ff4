package io.github.rcmgovernance.examples.quiet;

import io.github.rcmgovernance.examples.benchmarks.Inputs;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.plan.Plan;
import io.github.rcmgovernance.rules.Validator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host that builds validators (the standard one, one with another charter, one with a custom
 * rule) and uses them, one act at a time, in a batch and in a plan, and prints nothing itself:
 * anything on its output comes from the library or the engine.
 */
public final class QuietHost {
  static final String CUSTOM_RULE =
      """
      package com.example.rules;

      import io.github.rcmgovernance.model.act.Decision;
      import io.github.rcmgovernance.rules.Findings;
      import io.github.rcmgovernance.rules.Target;

      global Findings findings;

      rule "ACME-QUORUM-1"
        @ruleId("ACME-QUORUM-1") @severity("WARNING") @cite("house rules 4.2")
        @appliesTo("Decision") @description("A decision has at least four deciders.")
      when
        $d : Decision( deciders.size() < 4 )
      then
        findings.report("ACME-QUORUM-1", Target.document($d.id()), "too few deciders");
      end
      """;

  private QuietHost() {}

  public static void main(String[] args) {
    Decision decision =
        Decision.builder()
            .id("DEC-2024-7")
            .date(LocalDate.of(2024, 5, 22))
            .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
            .forum(Forum.of(MeetingKind.VICE_MINISTERIAL))
            .subject(Subject.POLICY)
            .addDeciders(Delegation.deputyMinister(Party.state("MX")))
            .addDeciders(Delegation.deputyMinister(Party.state("AR")))
            .sessionClosed(true)
            .recordedIn("Declaration of XXIX RCM")
            .build();
    Charter practice =
        Charter.builder().from(Charter.rcm()).viceMinisterialWindow(MonthWindow.of(11, 12)).build();
    int violations = 0;
    for (Validator v :
        new Validator[] {
          Validator.standard(),
          Validator.builder().charter(practice).build(),
          Validator.builder().addRules("quorum.drl", CUSTOM_RULE).build()
        }) {
      violations += v.validate(decision, History.empty()).violations().size();
    }
    // A batch and a plan of acts of every type, on the benchmarks' realistic record.
    History record = Inputs.realisticHistory();
    List<Act> acts = Inputs.mix().stream().map(Scenario::act).toList();
    int batch = Validator.standard().validateAll(acts, record).size();
    Map<String, Act> distinct = new LinkedHashMap<>();
    acts.forEach(a -> distinct.putIfAbsent(a.id(), a));
    int steps =
        Validator.standard().validatePlan(Plan.of(distinct.values()), record).steps().size();
    // The exit status, not the output, says that the validators judged: 2 + 2 + 3 violations, a
    // verdict per act of the batch and a step per act of the plan.
    System.exit(violations == 7 && batch == acts.size() && steps == distinct.size() ? 0 : 1);
  }
}
