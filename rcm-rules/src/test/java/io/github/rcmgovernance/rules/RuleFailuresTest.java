package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kie.api.runtime.rule.ConsequenceException;

/** How a failure inside the engine becomes one {@link ValidationException}. */
class RuleFailuresTest {
  private static <T extends Throwable> T withStack(T t, String... classes) {
    StackTraceElement[] frames = new StackTraceElement[classes.length];
    for (int i = 0; i < classes.length; i++) {
      frames[i] = new StackTraceElement(classes[i], "run", null, -1);
    }
    t.setStackTrace(frames);
    return t;
  }

  @Test
  void aFailureOfARuleNamesTheActTheRuleAndWhatWasThrown() {
    IllegalStateException boom = new IllegalStateException("boom");
    ValidationException e = RuleFailures.of("DEC-1", "RCM-DEC-1", boom);
    assertThat(e.actId()).isEqualTo("DEC-1");
    assertThat(e.ruleId()).contains("RCM-DEC-1");
    assertThat(e.getMessage())
        .isEqualTo("rule RCM-DEC-1 failed while judging act DEC-1 (IllegalStateException: boom)");
    assertThat(e.getCause()).isSameAs(boom);
  }

  @Test
  void withoutARuleTheConditionsAreBlamed() {
    ValidationException e = RuleFailures.of("A", null, new ArithmeticException());
    assertThat(e.ruleId()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("the rules' conditions failed while judging act A (ArithmeticException)");
  }

  @Test
  void theEnginesWrappersAreDroppedAndItsNamesNeverShown() {
    ArithmeticException ours = new ArithmeticException("/ by zero");
    ConsequenceException wrapper = new ConsequenceException(ours, null, null);
    ValidationException e = RuleFailures.of("A", "RCM-MTG-5", wrapper);
    assertThat(e.getCause()).isSameAs(ours);
    assertThat(e.getMessage()).endsWith("(ArithmeticException: / by zero)");

    ValidationException engineOnly =
        RuleFailures.of("A", null, new ConsequenceException(null, null, null));
    assertThat(engineOnly.getMessage())
        .endsWith("(a failure in the rule engine)")
        .doesNotContain("org.");

    ValidationException leaky =
        RuleFailures.of(
            "A", null, new IllegalStateException("see org.drools.Lambda@1f for details"));
    assertThat(leaky.getMessage()).endsWith("(IllegalStateException)");
  }

  @Test
  void rulesThatCannotBeLoadedAreNamedByTypeWithoutTheEnginesClasses() {
    ValidationException e =
        RuleFailures.loading(
            "DEC-1", "Decision", new IllegalStateException("see org.drools.Lambda@1f for details"));
    assertThat(e.actId()).isEqualTo("DEC-1");
    assertThat(e.ruleId()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo(
            "the rules for Decision acts cannot be loaded to judge act DEC-1"
                + " (IllegalStateException)");

    ValidationException plain =
        RuleFailures.loading("DEC-1", "Decision", new IllegalStateException("no index"));
    assertThat(plain.getMessage()).endsWith("(IllegalStateException: no index)");
  }

  @Test
  void aSelfCausedFailureEndsTheSearch() {
    Throwable selfish =
        new IllegalStateException("loop") {
          @Override
          public synchronized Throwable getCause() {
            return this;
          }
        };
    assertThat(RuleFailures.of("A", null, selfish).getCause()).isSameAs(selfish);
  }

  @Test
  void theRuleIsReadFromTheStackOfItsCatalogueClass() {
    RuntimeException inMtg5 =
        withStack(
            new IllegalStateException("x"),
            "java.util.ArrayList",
            "io.github.rcmgovernance.rules.catalogue.Mtg5",
            "io.github.rcmgovernance.rules.catalogue.Dec4");
    assertThat(RuleFailures.rule(inMtg5)).isEqualTo("RCM-MTG-5");
    assertThat(RuleFailures.rule(new RuntimeException(inMtg5))).isEqualTo("RCM-MTG-5");
    // Helper classes of the catalogue are not rules.
    RuntimeException inHelper =
        withStack(
            new IllegalStateException("x"), "io.github.rcmgovernance.rules.catalogue.Windows");
    assertThat(RuleFailures.rule(inHelper)).isNull();
  }

  @Test
  void theRuleIsReadFromTheEnginesMessage() {
    assertThat(
            RuleFailures.rule(
                withStack(new IllegalStateException("Error in rule \"RCM-DEC-4\" condition"))))
        .isEqualTo("RCM-DEC-4");
    assertThat(RuleFailures.rule(withStack(new IllegalStateException("Rule: RCM-TS-6 failed"))))
        .isEqualTo("RCM-TS-6");
    assertThat(RuleFailures.rule(withStack(new IllegalStateException("rule: lowercase-name"))))
        .isNull();
    assertThat(RuleFailures.rule(withStack(new IllegalStateException((String) null)))).isNull();
  }
}
