package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.RcmJson;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A remedy never makes things worse: applying a mechanical remedy to the act removes its violation
 * and adds no new error, judged again against the same history, charter and day of judgement; and
 * its JSON Patch, applied to the act's JSON form, gives the same act.
 */
class RemedyProperties {
  private static final Map<Charter, Validator> VALIDATORS = new ConcurrentHashMap<>();

  private static Validator validator(Charter charter) {
    return VALIDATORS.computeIfAbsent(charter, c -> Validator.builder().charter(c).build());
  }

  /** Rules whose fix always needs a human choice (another year, another Member, a record). */
  private static final Set<String> ADVICE_ONLY =
      Set.of(
          "RCM-DEC-6",
          "RCM-DEC-7",
          "RCM-MTG-1",
          "RCM-MTG-8",
          "RCM-MTG-10",
          "RCM-MTG-11",
          "RCM-AGD-1",
          "RCM-OBS-2",
          "RCM-TS-3",
          "RCM-TS-6");

  static java.util.List<RuleCases.Case> cases() {
    return RuleCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyViolationHasARemedyAndTheMechanicalOnesMakeNothingWorse(RuleCases.Case c) {
    Validator validator = validator(c.charter());
    Verdict verdict = validator.validate(c.violating(), c.history());
    assertThat(verdict.violations()).isNotEmpty();
    for (Violation v : verdict.violations()) {
      assertThat(v.remedy().description()).as("%s", v).isNotBlank();
      assertThat(v.facts()).as("facts of %s", v).isNotEmpty();
      if (ADVICE_ONLY.contains(v.ruleId())) {
        assertThat(v.remedy().mechanical()).as("%s", v).isFalse();
      }
      if (v.remedy().mechanical()) {
        checkRemedy(validator, c.violating(), c.history(), c.violating().date(), verdict, v);
      }
    }
  }

  @Test
  void mechanicalRemediesMakeNothingWorseOnGeneratedActs() {
    Set<String> remedied = new TreeSet<>();
    AtomicInteger applied = new AtomicInteger();
    qt().withExamples(6_000)
        .forAll(ModelGens.charters(), ModelGens.scenarios())
        .checkAssert(
            (charter, s) -> {
              Validator validator = validator(charter);
              Verdict verdict = validator.validate(s.act(), s.history(), s.asOf());
              for (Violation v : verdict.violations()) {
                if (v.remedy().mechanical()) {
                  checkRemedy(validator, s.act(), s.history(), s.asOf(), verdict, v);
                  remedied.add(v.ruleId());
                  applied.incrementAndGet();
                }
              }
            });
    assertThat(applied.get()).isGreaterThan(2_000);
    // Every rule with a mechanical remedy was exercised by some generated act.
    Set<String> mechanical = new TreeSet<>();
    Validator.standard().rules().forEach(r -> mechanical.add(r.id()));
    mechanical.removeAll(ADVICE_ONLY);
    assertThat(remedied).containsAll(mechanical);
  }

  private static void checkRemedy(
      Validator validator, Act act, History history, LocalDate asOf, Verdict before, Violation v) {
    Act fixed = v.remedy().applyTo(act);
    // The JSON Patch, applied to the act's JSON form, gives the same act.
    com.fasterxml.jackson.databind.JsonNode tree = RcmJson.standard().toTree(act);
    for (Edit edit : v.remedy().edits()) {
      tree = edit.applyTo(tree);
    }
    assertThat(RcmJson.standard().read(tree, Act.class, "$")).isEqualTo(fixed);
    Verdict after = validator.validate(fixed, history, asOf);
    assertThat(keys(after.violations()))
        .as("%s gone after %s", v, v.remedy().edits())
        .doesNotContain(key(v));
    Set<String> newErrors = keys(after.errors());
    newErrors.removeAll(keys(before.errors()));
    assertThat(newErrors).as("new errors after %s on %s", v.remedy().edits(), act).isEmpty();
  }

  private static String key(Violation v) {
    return v.ruleId() + " " + v.target().key();
  }

  private static Set<String> keys(java.util.List<Violation> violations) {
    return violations.stream()
        .map(RemedyProperties::key)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
