package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.RcmJson;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

  /**
   * At the edges of the calendar a remedy that moves a day could leave the years the model accepts
   * (0001 to 9999). Every rule case is moved in time, all its days together, so that each day of
   * its act and history falls once on 0001-01-01 and once on 9999-12-31 (days that would leave
   * those years stay on the edge): each is judged without failing, and every mechanical remedy
   * writes only days the JSON reader accepts.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void remediesWriteOnlyDaysTheReaderAcceptsAtTheEdgesOfTheCalendar(RuleCases.Case c) {
    RcmJson json = RcmJson.standard();
    String charter = json.write(c.charter());
    String history = json.write(c.history());
    String act = json.write(c.violating());
    java.util.SortedSet<LocalDate> days =
        DAY.matcher(history + act)
            .results()
            .map(m -> LocalDate.parse(m.group(1)))
            .collect(Collectors.toCollection(TreeSet::new));
    int judged = 0;
    for (LocalDate day : days) {
      for (LocalDate edge : java.util.List.of(FIRST_DAY, LAST_DAY)) {
        long shift = ChronoUnit.DAYS.between(day, edge);
        Charter shiftedCharter;
        History shiftedHistory;
        Act shiftedAct;
        try {
          shiftedCharter = json.read(shifted(charter, shift), Charter.class);
          shiftedHistory = json.read(shifted(history, shift), History.class);
          shiftedAct = json.read(shifted(act, shift), Act.class);
        } catch (io.github.rcmgovernance.model.json.ModelInputException e) {
          continue; // days clamped onto one edge made two entries clash
        }
        Verdict verdict = validator(shiftedCharter).validate(shiftedAct, shiftedHistory);
        judged++;
        for (Violation v : verdict.violations()) {
          if (v.remedy().mechanical()) {
            com.fasterxml.jackson.databind.JsonNode tree = json.toTree(shiftedAct);
            for (Edit edit : v.remedy().edits()) {
              tree = edit.applyTo(tree);
            }
            assertThat(json.read(tree, Act.class, "$"))
                .as("%s moved %d days", v, shift)
                .isEqualTo(v.remedy().applyTo(shiftedAct));
          }
        }
      }
    }
    assertThat(judged).as("days of %s moved to an edge", c).isPositive();
  }

  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  private static final java.util.regex.Pattern DAY =
      java.util.regex.Pattern.compile("\"([0-9]{4}-[0-9]{2}-[0-9]{2})\"");

  /** The JSON text with every day moved by a number of days, kept within years 0001 to 9999. */
  private static String shifted(String json, long days) {
    return DAY.matcher(json)
        .replaceAll(
            m -> {
              LocalDate day = LocalDate.parse(m.group(1));
              long room =
                  days < 0
                      ? -ChronoUnit.DAYS.between(FIRST_DAY, day)
                      : ChronoUnit.DAYS.between(day, LAST_DAY);
              return "\""
                  + day.plusDays(days < 0 ? Math.max(days, room) : Math.min(days, room))
                  + "\"";
            });
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
    // So does an independent RFC 6902 implementation, given the edits as JSON.
    assertThat(RcmJson.standard().readAct(patchedByParsson(act, v.remedy().edits())))
        .as("%s applied by Parsson", v.remedy().edits())
        .isEqualTo(fixed);
    Verdict after = validator.validate(fixed, history, asOf);
    assertThat(keys(after.violations()))
        .as("%s gone after %s", v, v.remedy().edits())
        .doesNotContain(key(v));
    Set<String> newErrors = keys(after.errors());
    newErrors.removeAll(keys(before.errors()));
    assertThat(newErrors).as("new errors after %s on %s", v.remedy().edits(), act).isEmpty();
  }

  /** The act's JSON form with the edits applied by Eclipse Parsson's JSON Patch. */
  static String patchedByParsson(Act act, java.util.List<Edit> edits) {
    jakarta.json.JsonStructure target =
        jakarta.json.Json.createReader(new java.io.StringReader(RcmJson.standard().write(act)))
            .read();
    jakarta.json.JsonArray patch =
        jakarta.json.Json.createReader(new java.io.StringReader(RcmJson.standard().write(edits)))
            .readArray();
    return jakarta.json.Json.createPatch(patch).apply(target).toString();
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
