package io.github.rcmgovernance.examples.scenario;

import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.act;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.ExpectedChanges;
import io.github.rcmgovernance.examples.scenario.CharterImpact.Change;
import io.github.rcmgovernance.examples.scenario.CharterImpact.RuleChange;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CharterImpactTest {
  private static final Path SOURCE = Path.of("test.json");

  private static List<Scenario> builtIn;
  private static Validator rcm;
  private static Validator today;

  @BeforeAll
  static void readTheBuiltInSet() {
    builtIn = new ScenarioReader().readAll(BuiltInScenarios.directory());
    ScenarioRunner runner = new ScenarioRunner();
    rcm = runner.validatorFor(Charter.rcm());
    today =
        runner.validatorFor(
            new CharterReader().read(BuiltInScenarios.resource("charters/today.json")));
  }

  @Test
  void todaysCalendarChangesExactlyTheVerdictsComputedIndependently() {
    CharterImpact impact = CharterImpact.of(builtIn, rcm, today);

    assertThat(impact.scenarios()).isEqualTo(builtIn.size());
    assertThat(impact.changes())
        .extracting(Change::scenario)
        .containsExactlyElementsOf(ExpectedChanges.of(builtIn, rcm, today));
    assertThat(impact.summary())
        .isEqualTo(builtIn.size() + " scenarios, " + impact.changes().size() + " verdicts change");
  }

  @Test
  void theNovemberMeetingIsValidOnlyUnderTodaysCalendar() {
    Change november = change(CharterImpact.of(builtIn, rcm, today), "Charters 1:");

    assertThat(november.validityChanges()).isTrue();
    assertThat(november.underA().isValid()).isFalse();
    assertThat(november.underB().isValid()).isTrue();
    assertThat(november.onlyUnderA())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.ruleId()).isEqualTo("RCM-MTG-4");
              assertThat(rule.severity()).isEqualTo(Severity.ERROR);
              assertThat(rule.violations()).singleElement().asString().contains("April to June");
            });
    assertThat(november.onlyUnderB()).isEmpty();
  }

  @Test
  void everyChangeOfTodaysCalendarIsTheViceMinisterialWindow() {
    CharterImpact impact = CharterImpact.of(builtIn, rcm, today);

    assertThat(impact.changes())
        .extracting(c -> c.scenario().name())
        .anyMatch(n -> n.startsWith("Charters 2:"))
        .anyMatch(n -> n.startsWith("RCM-MTG-4 broken:"))
        .anyMatch(n -> n.startsWith("RCM-MTG-4 kept:"))
        .anyMatch(n -> n.startsWith("Annual cycle 3:"));
    for (Change change : impact.changes()) {
      assertThat(
              concat(change.onlyUnderA(), change.onlyUnderB()).stream()
                  .map(RuleChange::ruleId)
                  .toList())
          .as(change.scenario().name())
          .containsOnly("RCM-MTG-4");
    }
    Change mayUnderToday = change(impact, "RCM-MTG-4 kept:");
    assertThat(mayUnderToday.onlyUnderA()).isEmpty();
    assertThat(mayUnderToday.onlyUnderB())
        .extracting(RuleChange::ruleId)
        .containsExactly("RCM-MTG-4");
  }

  @Test
  void anInvalidActStaysInvalidWhenAnotherRuleFiresToo() {
    Change moved = change(CharterImpact.of(builtIn, rcm, today), "RCM-MTG-1 broken:");

    assertThat(moved.validityChanges()).isFalse();
    assertThat(moved.underA().firedRules()).contains("RCM-MTG-1");
    assertThat(moved.onlyUnderB()).extracting(RuleChange::ruleId).containsExactly("RCM-MTG-4");
  }

  @Test
  void aCharterComparedWithItselfChangesNothing() {
    Validator sourceText =
        new ScenarioRunner()
            .validatorFor(
                new CharterReader().read(BuiltInScenarios.resource("charters/source-text.json")));

    assertThat(CharterImpact.of(builtIn, today, today).changes()).isEmpty();
    assertThat(CharterImpact.of(builtIn, rcm, sourceText).summary())
        .isEqualTo(builtIn.size() + " scenarios, 0 verdicts change");
  }

  @Test
  void aChangeOfSeverityIsAChangeOfRule() {
    Scenario observer =
        new ScenarioReader()
            .parse(
                valid(r -> ((ObjectNode) act(r).withArray("deciders").get(1)).put("party", "AR")),
                SOURCE);
    // An observer decider breaks RCM-DEC-1 and, as it sits in the closed session, RCM-DEC-4.
    Validator lenient =
        Validator.builder()
            .severity("RCM-DEC-1", Severity.WARNING)
            .severity("RCM-DEC-4", Severity.WARNING)
            .build();

    Change change = CharterImpact.of(List.of(observer), rcm, lenient).changes().get(0);

    assertThat(change.validityChanges()).isTrue();
    assertThat(change.onlyUnderA())
        .extracting(RuleChange::ruleId, RuleChange::severity)
        .containsExactly(tuple("RCM-DEC-1", Severity.ERROR), tuple("RCM-DEC-4", Severity.ERROR));
    assertThat(change.onlyUnderB())
        .extracting(RuleChange::ruleId, RuleChange::severity)
        .containsExactly(
            tuple("RCM-DEC-1", Severity.WARNING), tuple("RCM-DEC-4", Severity.WARNING));
  }

  @Test
  void theScenariosOwnCharterIsIgnored() {
    // Charters 2 carries today's calendar itself, yet under the built-in charter on both sides
    // it is judged the same twice: no change.
    Scenario ownCharter =
        builtIn.stream().filter(s -> s.name().startsWith("Charters 2:")).findFirst().orElseThrow();

    assertThat(ownCharter.charter()).isNotEqualTo(Charter.rcm());
    assertThat(CharterImpact.of(List.of(ownCharter), rcm, rcm).changes()).isEmpty();
    assertThat(CharterImpact.of(List.of(ownCharter), rcm, today).changes()).hasSize(1);
  }

  private static Change change(CharterImpact impact, String namePrefix) {
    return impact.changes().stream()
        .filter(c -> c.scenario().name().startsWith(namePrefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change for " + namePrefix));
  }

  private static List<RuleChange> concat(List<RuleChange> a, List<RuleChange> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
