package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The impact of a change of charter: the same scenarios judged under two charters, A and B, and
 * every scenario whose verdict changes, rule by rule.
 *
 * <p>Each scenario's act is judged against its own history on its own day of judgement, once by the
 * validator for A and once by the validator for B. The scenario's own {@code charter} field and its
 * expectation play no part.
 *
 * <p>A verdict changes when some rule fires under one charter and not under the other (a rule is
 * taken with its severity, so a rule that is an error under A and a warning under B is a change
 * too). A rule that fires under both counts as unchanged, even when its messages or the number of
 * subjects it reports differ.
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class CharterImpact {
  /**
   * A rule that fires under one charter only, with its violations there.
   *
   * @param ruleId the rule id
   * @param severity its severity under that charter
   * @param violations what it reported, in verdict order; at least one
   * @since 0.1.0
   */
  public record RuleChange(String ruleId, Severity severity, List<Violation> violations) {
    /** Checks the components and keeps an unmodifiable copy of the violations. */
    public RuleChange {
      requireNonNull(ruleId, "ruleId");
      requireNonNull(severity, "severity");
      violations = List.copyOf(violations);
    }
  }

  /**
   * A scenario whose verdict changes.
   *
   * @param scenario the scenario
   * @param underA its verdict under charter A
   * @param underB its verdict under charter B
   * @param onlyUnderA the rules that fire under A but not under B, in verdict order
   * @param onlyUnderB the rules that fire under B but not under A, in verdict order
   * @since 0.1.0
   */
  public record Change(
      Scenario scenario,
      Verdict underA,
      Verdict underB,
      List<RuleChange> onlyUnderA,
      List<RuleChange> onlyUnderB) {
    /** Checks the components and keeps unmodifiable copies of the lists. */
    public Change {
      requireNonNull(scenario, "scenario");
      requireNonNull(underA, "underA");
      requireNonNull(underB, "underB");
      onlyUnderA = List.copyOf(onlyUnderA);
      onlyUnderB = List.copyOf(onlyUnderB);
    }

    /**
     * Whether the act is valid under one charter and invalid under the other.
     *
     * @return true when validity changes
     */
    public boolean validityChanges() {
      return underA.isValid() != underB.isValid();
    }
  }

  private final int scenarios;
  private final List<Change> changes;

  private CharterImpact(int scenarios, List<Change> changes) {
    this.scenarios = scenarios;
    this.changes = List.copyOf(changes);
  }

  /**
   * Judges scenarios under two charters and keeps the changes.
   *
   * @param scenarios the scenarios; their own charters and expectations are ignored
   * @param underA the validator for charter A
   * @param underB the validator for charter B
   * @return the impact
   */
  public static CharterImpact of(List<Scenario> scenarios, Validator underA, Validator underB) {
    requireNonNull(underA, "underA");
    requireNonNull(underB, "underB");
    List<Change> changes = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Verdict a = underA.validate(scenario.act(), scenario.history(), scenario.asOf());
      Verdict b = underB.validate(scenario.act(), scenario.history(), scenario.asOf());
      Map<Key, List<Violation>> firedA = byRule(a);
      Map<Key, List<Violation>> firedB = byRule(b);
      List<RuleChange> onlyA = only(firedA, firedB);
      List<RuleChange> onlyB = only(firedB, firedA);
      if (!onlyA.isEmpty() || !onlyB.isEmpty() || a.isValid() != b.isValid()) {
        changes.add(new Change(scenario, a, b, onlyA, onlyB));
      }
    }
    return new CharterImpact(scenarios.size(), changes);
  }

  /** How many scenarios were judged. */
  public int scenarios() {
    return scenarios;
  }

  /** The scenarios whose verdict changes, in the order given. */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The summary line.
   *
   * @return {@code N scenarios, C verdicts change}
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * The summary line in a language.
   *
   * @param locale the language
   * @return the line
   */
  public String summary(Locale locale) {
    return Texts.format(locale, "impact.summary", scenarios, changes.size());
  }

  @Override
  public String toString() {
    return summary();
  }

  private record Key(String ruleId, Severity severity) {}

  private static Map<Key, List<Violation>> byRule(Verdict verdict) {
    Map<Key, List<Violation>> out = new LinkedHashMap<>();
    for (Violation v : verdict.violations()) {
      out.computeIfAbsent(new Key(v.ruleId(), v.severity()), k -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static List<RuleChange> only(
      Map<Key, List<Violation>> here, Map<Key, List<Violation>> there) {
    List<RuleChange> out = new ArrayList<>();
    here.forEach(
        (key, violations) -> {
          if (!there.containsKey(key)) {
            out.add(new RuleChange(key.ruleId(), key.severity(), violations));
          }
        });
    return out;
  }
}
