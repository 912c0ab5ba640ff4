package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a scenario expects of its verdict. Each part is optional; a part that is absent accepts any
 * verdict.
 *
 * @param valid whether the act should be valid
 * @param errors the exact set of rule ids that should report errors
 * @param warnings the exact set of rule ids that should report warnings
 * @param errorsInclude rule ids that must be among those reporting errors (others may be too)
 * @param warningsInclude rule ids that must be among those reporting warnings (others may be too)
 * @since 0.1.0
 */
public record Expectation(
    Optional<Boolean> valid,
    Optional<SortedSet<String>> errors,
    Optional<SortedSet<String>> warnings,
    Optional<SortedSet<String>> errorsInclude,
    Optional<SortedSet<String>> warningsInclude) {

  /** Checks the parts and keeps sorted, unmodifiable copies of the rule-id sets. */
  public Expectation {
    requireNonNull(valid, "valid");
    errors = requireNonNull(errors, "errors").map(Expectation::sortedCopy);
    warnings = requireNonNull(warnings, "warnings").map(Expectation::sortedCopy);
    errorsInclude = requireNonNull(errorsInclude, "errorsInclude").map(Expectation::sortedCopy);
    warningsInclude =
        requireNonNull(warningsInclude, "warningsInclude").map(Expectation::sortedCopy);
  }

  /**
   * An expectation of exact sets only.
   *
   * @param valid whether the act should be valid
   * @param errors the exact set of rule ids that should report errors
   * @param warnings the exact set of rule ids that should report warnings
   */
  public Expectation(
      Optional<Boolean> valid,
      Optional<SortedSet<String>> errors,
      Optional<SortedSet<String>> warnings) {
    this(valid, errors, warnings, Optional.empty(), Optional.empty());
  }

  /**
   * How a verdict departs from this expectation.
   *
   * @param verdict the verdict
   * @return one readable line per difference; empty when the verdict meets the expectation
   */
  public List<String> mismatches(Verdict verdict) {
    return english(mismatchMessages(verdict));
  }

  /**
   * How a verdict departs from this expectation, as messages in any language.
   *
   * @param verdict the verdict
   * @return one message per difference; empty when the verdict meets the expectation
   */
  public List<Texts.Message> mismatchMessages(Verdict verdict) {
    return mismatchMessages(
        verdict.isValid(), ruleIds(verdict.errors()), ruleIds(verdict.warnings()));
  }

  /**
   * How an outcome departs from this expectation.
   *
   * @param isValid whether the act is valid
   * @param errorIds the rule ids that report errors
   * @param warningIds the rule ids that report warnings
   * @return one readable line per difference; empty when the outcome meets the expectation
   */
  public List<String> mismatches(
      boolean isValid, SortedSet<String> errorIds, SortedSet<String> warningIds) {
    return english(mismatchMessages(isValid, errorIds, warningIds));
  }

  /**
   * How an outcome departs from this expectation, as messages in any language.
   *
   * @param isValid whether the act is valid
   * @param errorIds the rule ids that report errors
   * @param warningIds the rule ids that report warnings
   * @return one message per difference; empty when the outcome meets the expectation
   */
  public List<Texts.Message> mismatchMessages(
      boolean isValid, SortedSet<String> errorIds, SortedSet<String> warningIds) {
    List<Texts.Message> out = new ArrayList<>();
    valid.ifPresent(
        expected -> {
          if (expected != isValid) {
            out.add(Texts.message("mismatch.valid", label(expected), label(isValid)));
          }
        });
    errors.ifPresent(expected -> compare("errors", expected, errorIds, out));
    warnings.ifPresent(expected -> compare("warnings", expected, warningIds, out));
    errorsInclude.ifPresent(expected -> include("errorsInclude", expected, errorIds, out));
    warningsInclude.ifPresent(expected -> include("warningsInclude", expected, warningIds, out));
    return List.copyOf(out);
  }

  private static List<String> english(List<Texts.Message> messages) {
    return messages.stream().map(m -> m.render(Locale.ENGLISH)).toList();
  }

  /**
   * The distinct rule ids of some violations, sorted.
   *
   * @param violations the violations
   * @return their rule ids
   */
  static SortedSet<String> ruleIds(Collection<Violation> violations) {
    SortedSet<String> ids = new TreeSet<>();
    violations.forEach(v -> ids.add(v.ruleId()));
    return ids;
  }

  /**
   * The word the reports use for a verdict.
   *
   * @param valid whether the act is valid
   * @return {@code VALID} or {@code INVALID}, as a message
   */
  public static Texts.Message label(boolean valid) {
    return Texts.message(valid ? "label.valid" : "label.invalid");
  }

  private static void compare(
      String what, SortedSet<String> expected, SortedSet<String> actual, List<Texts.Message> out) {
    if (expected.equals(actual)) {
      return;
    }
    SortedSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    SortedSet<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    out.add(
        Texts.message(
            "mismatch.exact",
            what,
            expected.toString(),
            actual.toString(),
            missing.isEmpty() ? "" : Texts.message("mismatch.missing", missing.toString()),
            unexpected.isEmpty()
                ? ""
                : Texts.message("mismatch.unexpected", unexpected.toString())));
  }

  private static void include(
      String what, SortedSet<String> expected, SortedSet<String> actual, List<Texts.Message> out) {
    SortedSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    if (!missing.isEmpty()) {
      out.add(
          Texts.message(
              "mismatch.include",
              what,
              expected.toString(),
              actual.toString(),
              missing.toString()));
    }
  }

  private static SortedSet<String> sortedCopy(SortedSet<String> ids) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }
}
