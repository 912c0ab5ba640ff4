package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.model.text.MessagePatterns;
import io.github.rcmgovernance.rules.internal.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules' message bundles, in English and Spanish: the same keys with the same places in both;
 * every key a verdict uses (messages, remedies, facts, terms, rule descriptions, the verdict's own
 * lines) present in each language's own file, with an argument for every place; every rule key
 * reached by some rule case or generated act; and rendering that never throws, in either language.
 */
class MessageKeysTest {
  private static final Map<String, String> ENGLISH = Messages.own("en");
  private static final Map<String, String> SPANISH = Messages.own("es");
  private static final Locale ES = Locale.forLanguageTag("es");

  /** The verdicts of the rule cases and of generated inputs, computed once. */
  private static final List<Verdict> VERDICTS = verdicts();

  @Test
  void bothLanguagesHaveTheSameKeysWithTheSamePlaces() {
    assertThat(ENGLISH).hasSizeGreaterThan(200);
    assertThat(SPANISH.keySet()).isEqualTo(ENGLISH.keySet());
    for (String key : ENGLISH.keySet()) {
      assertThat(MessagePatterns.places(SPANISH.get(key)))
          .as(key)
          .isEqualTo(MessagePatterns.places(ENGLISH.get(key)));
      assertThat(SPANISH.get(key)).as(key).isNotBlank();
    }
  }

  @Test
  void everyKeyUsedIsInBothBundlesAndEveryRuleKeyIsUsed() {
    Set<String> used = new TreeSet<>();
    Set<String> problems = new TreeSet<>();
    for (Verdict verdict : VERDICTS) {
      for (Violation v : verdict.violations()) {
        check(v.messageKey(), v.arguments(), used, problems);
        check(v.remedy().descriptionKey(), v.remedy().descriptionArguments(), used, problems);
        for (Fact f : v.facts()) {
          String key = f.source() == Fact.Source.ACT ? "fact.act" : "fact.history";
          List<Argument> args = new ArrayList<>(List.of(Argument.text(f.pointer())));
          f.value().ifPresent(args::add);
          check(f.value().isPresent() ? key : key + ".absent", args, used, problems);
        }
      }
    }
    for (Verdict verdict : VERDICTS) {
      for (Undetermined u : verdict.undetermined()) {
        check(u.reasonKey(), u.arguments(), used, problems);
      }
    }
    for (RuleInfo rule : Validator.standard().rules()) {
      check(rule.id() + ".description", rule.descriptionArguments(), used, problems);
    }
    assertThat(problems).as("keys missing from a bundle").isEmpty();

    Set<String> unused = new TreeSet<>();
    for (String key : ENGLISH.keySet()) {
      if (key.startsWith("RCM-") && !used.contains(key)) {
        unused.add(key);
      }
    }
    assertThat(unused).as("rule keys no rule case or generated act reaches").isEmpty();
  }

  @Test
  void everyRuleCaseReadsInSpanishWithoutFallingBackToEnglish() {
    for (RuleCases.Case c : RuleCases.all()) {
      Verdict verdict =
          Validator.builder().charter(c.charter()).build().validate(c.violating(), c.history());
      assertThat(verdict.violations()).as(c.toString()).isNotEmpty();
      for (Violation v : verdict.violations()) {
        String spanish = v.message(ES);
        assertThat(spanish).as("%s on %s", v, c).isNotEqualTo(v.message()).doesNotContain("{");
        assertThat(v.remedy().description(ES))
            .as("remedy of %s on %s", v, c)
            .isNotEqualTo(v.remedy().description())
            .doesNotContain(v.remedy().descriptionKey());
      }
      assertThat(verdict.render(ES)).as(c.toString()).isNotEqualTo(verdict.render(Locale.ENGLISH));
    }
  }

  /** Every catalogue rule gives a remedy of its own: none falls back to "no remedy is known". */
  @Test
  void everyViolationOfARuleCaseHasTheRemedyOfItsRule() {
    for (RuleCases.Case c : RuleCases.all()) {
      Verdict verdict =
          Validator.builder().charter(c.charter()).build().validate(c.violating(), c.history());
      for (Violation v : verdict.violations()) {
        assertThat(v.remedy().descriptionKey())
            .as("remedy of %s on %s", v, c)
            .startsWith(v.ruleId() + ".remedy.");
      }
    }
  }

  @Test
  void everyRuleHasADescriptionInBothLanguages() {
    Validator validator = Validator.standard();
    for (RuleInfo rule : validator.rules()) {
      assertThat(rule.description()).as(rule.id()).isEqualTo(rule.description(Locale.ENGLISH));
      assertThat(rule.description(ES))
          .as(rule.id())
          .isNotEqualTo(rule.description())
          .doesNotContain("description");
    }
  }

  @Test
  void everyFactValueIsTypedNotAJavaToString() {
    // A value the fact builder does not know is written with toString(), such as
    // "RecommendationRecord{id=REC-1, reviewState=PENDING}": English and Java, in every language.
    Pattern javaToString = Pattern.compile("[A-Za-z]+\\{[a-zA-Z]+=");
    int facts = 0;
    for (Verdict verdict : VERDICTS) {
      for (Violation v : verdict.violations()) {
        for (Fact f : v.facts()) {
          facts++;
          assertThat(f.render(ES)).as(f.toString()).doesNotContainPattern(javaToString);
          assertThat(f.render(Locale.ENGLISH)).as(f.toString()).doesNotContainPattern(javaToString);
        }
      }
    }
    assertThat(facts).isGreaterThan(100);
  }

  @Test
  void renderingNeverThrowsInEitherLanguage() {
    for (Verdict verdict : VERDICTS) {
      for (Locale locale : List.of(Locale.ENGLISH, ES, Locale.UK, Locale.forLanguageTag("es-MX"))) {
        assertThatCode(() -> verdict.render(locale))
            .as(verdict.toString())
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void aLanguageWithoutMessagesGetsEnglishNotTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ES);
      Violation v = VERDICTS.stream().flatMap(x -> x.violations().stream()).findFirst().get();
      assertThat(v.message(Locale.GERMAN)).isEqualTo(v.message(Locale.ENGLISH));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void daysAreWrittenForTheLocale() {
    Argument day = Argument.date(java.time.LocalDate.of(2024, 5, 22));
    assertThat(Messages.render(ES, "custom", List.of(day))).isEqualTo("22 de mayo de 2024");
    assertThat(Messages.render(Locale.UK, "custom", List.of(day))).isEqualTo("22 May 2024");
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
    for (Map<String, String> bundle : List.of(ENGLISH, SPANISH)) {
      String pattern = bundle.get(key);
      if (pattern == null) {
        problems.add(key + (bundle == ENGLISH ? " (en)" : " (es)"));
        continue;
      }
      // A family of keys may share one argument list and each pattern use part of it; but every
      // place in a pattern needs its argument, or it is printed as "{3}".
      for (String place : MessagePatterns.places(pattern)) {
        if (Integer.parseInt(place) >= arguments.size()) {
          problems.add(key + " has a place {" + place + "} without an argument");
        }
      }
    }
    for (Argument a : arguments) {
      terms(a, problems);
    }
  }

  private static void terms(Argument a, Set<String> problems) {
    String key = null;
    if (a instanceof Argument.OfTerm t) {
      key = "term." + t.type() + "." + t.name();
    } else if (a instanceof Argument.OfAct act) {
      key = "act." + act.type();
    } else if (a instanceof Argument.OfBody b) {
      key = "body." + b.body().name();
    } else if (a instanceof Argument.OfWindow) {
      key = "window";
    } else if (a instanceof Argument.OfList list) {
      list.elements().forEach(e -> terms(e, problems));
    }
    if (key != null && !(ENGLISH.containsKey(key) && SPANISH.containsKey(key))) {
      problems.add(key);
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
    // The same kind of inputs with facts forgotten, as records known only in part have them.
    qt().withFixedSeed(20_261_207L)
        .withExamples(2_000)
        .forAll(DifferentialTest.inputs(), longs().all())
        .checkAssert(
            (in, seed) -> {
              Scenario s = in.scenario();
              Random random = new Random(seed);
              Validator validator =
                  validators.computeIfAbsent(
                      in.charter(), c -> Validator.builder().charter(c).build());
              out.add(
                  validator.validate(
                      UnknownsProperties.blur(s.act(), random),
                      UnknownsProperties.blur(s.history(), random),
                      s.asOf()));
            });
    out.addAll(PartialRecordsTest.verdicts());
    assertThat(out).hasSizeGreaterThan(7_000);
    assertThat(out.stream().filter(v -> !v.undetermined().isEmpty()).count()).isGreaterThan(500);
    return out;
  }
}
