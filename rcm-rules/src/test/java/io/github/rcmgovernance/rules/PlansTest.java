package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.plan.Plan;
import io.github.rcmgovernance.model.plan.Recording;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Plans of acts that build on each other, and batches of acts that do not. */
class PlansTest {
  private static final Validator VALIDATOR = Validator.standard();

  /** A generated history and 0 to 30 acts built against it (ids may repeat). */
  record Batch(History history, List<Act> acts) {
    String describe() {
      return acts.size() + " acts on a history of " + history.meetings().size() + " meetings";
    }
  }

  static Gen<Batch> batches(int most) {
    return in -> {
      History history = ModelGens.histories().generate(in);
      int size = org.quicktheories.generators.SourceDSL.integers().between(0, most).generate(in);
      Gen<Act> acts = ModelGens.acts(history);
      List<Act> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(acts.generate(in));
      }
      return new Batch(history, list);
    };
  }

  @Test
  void aBatchGivesTheVerdictsOfOneCallPerAct() {
    Set<String> types = new HashSet<>();
    qt().withExamples(300)
        .forAll(batches(30))
        .checkAssert(
            b -> {
              List<Verdict> one = new ArrayList<>();
              for (Act act : b.acts()) {
                types.add(ActTypes.of(act));
                one.add(VALIDATOR.validate(act, b.history()));
              }
              assertThat(VALIDATOR.validateAll(b.acts(), b.history()))
                  .as(b.describe())
                  .containsExactlyElementsOf(one);
            });
    assertThat(types).hasSize(Act.class.getPermittedSubclasses().length);
  }

  @Test
  void aBatchWithATimeLimitGivesTheSameVerdicts() {
    Validator limited = Validator.builder().timeLimit(Duration.ofMinutes(1)).build();
    qt().withExamples(30)
        .forAll(batches(20))
        .checkAssert(
            b ->
                assertThat(limited.validateAll(b.acts(), b.history()))
                    .as(b.describe())
                    .isEqualTo(VALIDATOR.validateAll(b.acts(), b.history())));
  }

  @Test
  void aBatchKeepsOverridesAndSwitches() {
    Validator changed =
        Validator.builder()
            .disable("RCM-DEC-1")
            .severity("RCM-OBS-1", Severity.WARNING)
            .severity("RCM-MTG-1", Severity.WARNING)
            .build();
    qt().withExamples(40)
        .forAll(batches(20))
        .checkAssert(
            b -> {
              List<Verdict> one = new ArrayList<>();
              b.acts().forEach(a -> one.add(changed.validate(a, b.history())));
              assertThat(changed.validateAll(b.acts(), b.history()))
                  .as(b.describe())
                  .containsExactlyElementsOf(one);
            });
  }

  @Test
  void anEmptyBatchHasNoVerdicts() {
    assertThat(VALIDATOR.validateAll(List.of(), History.empty())).isEmpty();
  }

  @Test
  void aNullActInABatchIsNamedByItsIndex() {
    List<Act> acts = new ArrayList<>();
    acts.add(RuleCases.all().get(0).violating());
    acts.add(null);
    assertThatThrownBy(() -> VALIDATOR.validateAll(acts, History.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("acts[1]");
    assertThatThrownBy(() -> VALIDATOR.validateAll(null, History.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("acts");
    assertThatThrownBy(() -> VALIDATOR.validateAll(List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("history");
  }

  /** Plans of generated acts with distinct ids. */
  static Gen<Batch> plans() {
    return batches(25)
        .map(
            b -> {
              Set<String> ids = new HashSet<>();
              List<Act> distinct = new ArrayList<>();
              for (Act act : b.acts()) {
                if (ids.add(act.id())) {
                  distinct.add(act);
                }
              }
              return new Batch(b.history(), distinct);
            })
        .assuming(b -> !b.acts().isEmpty());
  }

  @Test
  void aPlanJudgedStepByStepGivesTheSameVerdicts() {
    int[] entered = new int[2];
    qt().withExamples(300)
        .forAll(plans())
        .checkAssert(
            b -> {
              PlanVerdict plan = VALIDATOR.validatePlan(Plan.of(b.acts()), b.history());
              assertThat(plan.steps()).hasSameSizeAs(b.acts());
              History current = b.history();
              for (int i = 0; i < b.acts().size(); i++) {
                Act act = b.acts().get(i);
                PlanStep step = plan.steps().get(i);
                Verdict alone = VALIDATOR.validate(act, current);
                assertThat(step.verdict()).as(b.describe() + ", step " + i).isEqualTo(alone);
                assertThat(step.actId()).isEqualTo(act.id());
                if (alone.isValid() && Recording.record(current, act).isPresent()) {
                  assertThat(step.entered()).as("step %s entered", i).isTrue();
                  current = Recording.record(current, act).get();
                  entered[0]++;
                } else {
                  assertThat(step.entered()).as("step %s entered", i).isFalse();
                  entered[1]++;
                }
              }
              assertThat(plan.history()).isEqualTo(current);
              assertThat(plan.isValid())
                  .isEqualTo(plan.steps().stream().allMatch(s -> s.verdict().isValid()));
            });
    assertThat(entered[0]).as("steps that entered").isPositive();
    assertThat(entered[1]).as("steps that did not").isPositive();
  }

  @Test
  void anInvalidActDoesNotEnterAndTheNextActIsJudgedWithoutIt() {
    RuleCases.Case holding = caseOf("RCM-MTG-1");
    MeetingProposal invalid = (MeetingProposal) holding.violating();
    Meeting meeting = invalid.meeting();
    PlanVerdict plan =
        VALIDATOR.validatePlan(
            Plan.of(invalid, MeetingProposal.of(meeting.withId("AGAIN"))), holding.history());
    assertThat(plan.steps().get(0).verdict().isValid()).isFalse();
    assertThat(plan.steps().get(0).entered()).isFalse();
    assertThat(plan.history().meeting(meeting.id()))
        .isEqualTo(holding.history().meeting(meeting.id()));
    assertThat(plan.steps().get(1).verdict())
        .isEqualTo(
            VALIDATOR.validate(MeetingProposal.of(meeting.withId("AGAIN")), holding.history()));
    assertThat(plan.isValid()).isFalse();
  }

  @Test
  void aValidActEntersAndTheNextActIsJudgedWithIt() {
    RuleCases.Case endorsed =
        RuleCases.all().stream()
            .filter(c -> c.ruleId().equals("RCM-GRC-2"))
            .filter(c -> c.passing() instanceof PlanOfActionActivity)
            .findFirst()
            .orElseThrow();
    Act activity = endorsed.passing();
    PlanVerdict plan = VALIDATOR.validatePlan(Plan.of(activity), endorsed.passingHistory());
    assertThat(plan.isValid()).isTrue();
    assertThat(plan.steps()).singleElement().satisfies(s -> assertThat(s.entered()).isTrue());
    assertThat(plan.history().planActivities())
        .anySatisfy(a -> assertThat(a.id()).isEqualTo(activity.id()));
  }

  @Test
  void refusesNullArguments() {
    Plan plan = Plan.of(RuleCases.all().get(0).violating());
    assertThatThrownBy(() -> VALIDATOR.validatePlan(null, History.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
    assertThatThrownBy(() -> VALIDATOR.validatePlan(plan, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("history");
  }

  private static RuleCases.Case caseOf(String ruleId) {
    return RuleCases.all().stream()
        .filter(c -> c.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow();
  }
}
