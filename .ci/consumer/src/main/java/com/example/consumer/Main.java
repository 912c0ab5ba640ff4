package com.example.consumer;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.RuleCompilationException;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * The README quick start, as a consumer writes it, and the checks every host of the host matrix
 * (.ci/consumer-test) runs: each prints lines that must be the same on every host.
 */
public final class Main {
  private Main() {}

  private static Decision decision(String... deciders) {
    Decision.Builder b =
        Decision.builder()
            .id("DEC-2024-" + deciders.length)
            .date(LocalDate.of(2024, 5, 22))
            .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
            .forum(Forum.of(MeetingKind.VICE_MINISTERIAL))
            .subject(Subject.POLICY)
            .sessionClosed(true)
            .recordedIn("Declaration of XXIX RCM");
    for (String d : deciders) {
      b.addDeciders(Delegation.deputyMinister(Party.state(d)));
    }
    return b.build();
  }

  /** Validates a decision in which Argentina, an observer, takes part. */
  public static Verdict quickStart() {
    return Validator.standard().validate(decision("MX", "AR"), History.empty());
  }

  /** The acts every host judges. */
  static List<Act> acts() {
    Decision observer = decision("MX", "AR");
    return List.of(
        observer,
        decision("MX", "GT", "HN"),
        decision("MX", "GT", "HN", "SV").withSessionClosed(false),
        decision("CR").withDecidedBy(Actor.of(Body.GRCM)),
        observer.withId("DEC-OPEN").withSessionClosed(false));
  }

  private static String line(Verdict v) {
    return v.actId()
        + " "
        + (v.isValid() ? "VALID" : "INVALID")
        + " "
        + v.firedRules()
        + " "
        + v.fingerprint();
  }

  public static void main(String[] args) {
    String mode = args.length == 0 ? "quickstart" : args[0];
    Validator validator = Validator.standard();
    switch (mode) {
      case "quickstart" -> {
        Verdict verdict = quickStart();
        System.out.println(verdict.isValid() ? "VALID" : "INVALID");
        verdict.violations().forEach(v -> System.out.println(v.ruleId() + " " + v.message()));
      }
      case "verdicts" -> acts().forEach(a -> System.out.println(line(validator.validate(a, History.empty()))));
      case "json" -> {
        // Through the JSON form and back: the same acts, so the same lines as "verdicts".
        RcmJson json = RcmJson.standard();
        for (Act a : acts()) {
          Act read = json.readAct(json.write(a));
          if (!read.equals(a)) {
            throw new IllegalStateException("JSON round trip changed " + a);
          }
          System.out.println(line(validator.validate(read, json.readHistory("{}"))));
        }
      }
      case "custom" -> {
        String drl =
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
        try {
          Validator custom = Validator.builder().addRules("quorum.drl", drl).build();
          System.out.println(line(custom.validate(acts().get(1), History.empty())));
        } catch (RuleCompilationException e) {
          System.out.println("RuleCompilationException: " + e.getMessage());
        }
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }
}
