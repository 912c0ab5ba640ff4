package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.rules.internal.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every key a violation or a remedy names is in the English bundle, with an argument for every
 * place in its pattern, and every rule key of the bundle is reached by some rule case or generated
 * act: the bundle holds no dead words, and no message falls back to its key.
 */
class MessageKeysTest {
  private static final Map<String, String> ENGLISH =
      Messages.read("/io/github/rcmgovernance/rules/messages.properties");

  @Test
  void everyKeyUsedIsInTheBundleAndEveryRuleKeyIsUsed() {
    Set<String> used = new TreeSet<>();
    Set<String> problems = new TreeSet<>();
    for (Verdict verdict : verdicts()) {
      for (Violation v : verdict.violations()) {
        check(v.messageKey(), v.arguments(), used, problems);
        Remedy r = v.remedy();
        check(r.descriptionKey(), r.descriptionArguments(), used, problems);
      }
    }
    assertThat(problems).as("keys missing from the bundle").isEmpty();

    Set<String> unused = new TreeSet<>();
    for (String key : ENGLISH.keySet()) {
      if (key.startsWith("RCM-") && !used.contains(key)) {
        unused.add(key);
      }
    }
    assertThat(unused).as("rule keys no rule case or generated act reaches").isEmpty();
  }

  @Test
  void everyBodyHasAName() {
    for (Body body : Body.values()) {
      assertThat(ENGLISH).as("body %s", body).containsKey("body." + body.name());
    }
  }

  @Test
  void aKeyTheBundleLacksIsRenderedAsTheKeyNotAsAnError() {
    assertThat(Messages.render(Locale.ENGLISH, "RCM-NONE-1.none", List.of(Argument.id("X"))))
        .isEqualTo("RCM-NONE-1.none [X]");
  }

  private static void check(
      String key, List<Argument> arguments, Set<String> used, Set<String> problems) {
    used.add(key);
    String pattern = ENGLISH.get(key);
    if (pattern == null) {
      problems.add(key);
      return;
    }
    // A family of keys may share one argument list and each pattern use part of it; but every
    // place in a pattern needs its argument, or it is printed as "{3}".
    java.util.regex.Matcher place = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
    while (place.find()) {
      if (Integer.parseInt(place.group(1)) >= arguments.size()) {
        problems.add(key + " has a place {" + place.group(1) + "} without an argument");
      }
    }
    for (Argument a : arguments) {
      terms(a, problems);
    }
  }

  private static void terms(Argument a, Set<String> problems) {
    if (a instanceof Argument.OfTerm t
        && !ENGLISH.containsKey("term." + t.type() + "." + t.name())) {
      problems.add("term." + t.type() + "." + t.name());
    } else if (a instanceof Argument.OfAct act && !ENGLISH.containsKey("act." + act.type())) {
      problems.add("act." + act.type());
    } else if (a instanceof Argument.OfList list) {
      list.elements().forEach(e -> terms(e, problems));
    }
  }

  /**
   * The verdicts of the rule cases, and of generated acts under generated charters (from a fixed
   * seed, so that the keys reached do not change from run to run).
   */
  private static List<Verdict> verdicts() {
    List<Verdict> out = new ArrayList<>();
    for (RuleCases.Case c : RuleCases.all()) {
      Validator validator = Validator.builder().charter(c.charter()).build();
      out.add(validator.validate(c.violating(), c.history()));
    }
    Map<Charter, Validator> validators = new HashMap<>();
    qt().withFixedSeed(20_261_204L)
        .withExamples(5_000)
        .forAll(DifferentialTest.inputs())
        .checkAssert(
            in -> {
              Scenario s = in.scenario();
              Validator validator =
                  validators.computeIfAbsent(
                      in.charter(), c -> Validator.builder().charter(c).build());
              out.add(validator.validate(s.act(), s.history(), s.asOf()));
            });
    assertThat(out).hasSizeGreaterThan(5_000);
    return out;
  }
}
