package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.rules.internal.RuleBases;
import io.github.rcmgovernance.rules.internal.RuleMetadata;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * The catalogue judges each act with the rules of its type alone, in a rule base per act type. That
 * must change no verdict: every act is judged as the whole catalogue, in one rule base, judges it.
 */
class ActTypeBasesTest {
  private static final int EXAMPLES = 3_000;

  @Test
  void generatedActsGetTheVerdictsOfTheWholeCatalogue() {
    Validator split = Validator.standard();
    Validator whole = Validator.builder().catalogueBase(RuleBases.catalogue()).build();
    Set<String> typesSeen = new HashSet<>();
    qt().withExamples(EXAMPLES)
        .forAll(ModelGens.scenarios())
        .checkAssert(
            (Scenario s) -> {
              typesSeen.add(ActTypes.of(s.act()));
              assertThat(split.validate(s.act(), s.history(), s.asOf()))
                  .as(s.describe())
                  .isEqualTo(whole.validate(s.act(), s.history(), s.asOf()));
            });
    assertThat(typesSeen).hasSize(Act.class.getPermittedSubclasses().length);
  }

  @Test
  void everyRuleCaseGetsTheVerdictOfTheWholeCatalogue() {
    for (RuleCases.Case c : RuleCases.all()) {
      Validator split = Validator.builder().charter(c.charter()).build();
      Validator whole =
          Validator.builder().charter(c.charter()).catalogueBase(RuleBases.catalogue()).build();
      assertThat(split.validate(c.violating(), c.history()))
          .as(c.title())
          .isEqualTo(whole.validate(c.violating(), c.history()));
      assertThat(split.validate(c.passing(), c.passingHistory()))
          .as(c.title())
          .isEqualTo(whole.validate(c.passing(), c.passingHistory()));
    }
  }

  /**
   * Each act type's rule base holds exactly the rules of the whole catalogue whose id's
   * {@code @appliesTo} names the type, and every rule is in at least one.
   */
  @Test
  void eachActTypeHasTheRulesThatApplyToItAndNoOther() {
    KieBase wholeBase = RuleBases.catalogue();
    RuleMetadata metadata = RuleMetadata.read(wholeBase);
    Set<String> covered = new TreeSet<>();
    for (Class<?> type : Act.class.getPermittedSubclasses()) {
      String actType = type.getSimpleName();
      Set<String> expected = new TreeSet<>();
      for (String rule : names(wholeBase)) {
        String id = metadata.idByRuleName().get(rule);
        if (metadata.entries().get(id).appliesTo().contains(actType)) {
          expected.add(rule);
        }
      }
      KieSession session = RuleBases.catalogueSessions(actType).newKieSession();
      try {
        assertThat(names(session.getKieBase())).as(actType).isEqualTo(expected);
      } finally {
        session.dispose();
      }
      covered.addAll(expected);
    }
    assertThat(covered).isEqualTo(names(wholeBase)).hasSizeGreaterThan(40);
  }

  private static Set<String> names(KieBase base) {
    Set<String> names = new TreeSet<>();
    for (KiePackage pkg : base.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        names.add(rule.getName());
      }
    }
    return names;
  }
}
