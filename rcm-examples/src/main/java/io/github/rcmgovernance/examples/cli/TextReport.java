package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.scenario.PlanResult;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.rules.PlanStep;
import io.github.rcmgovernance.rules.PlanVerdict;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes results as readable text: one block per scenario, then a summary line. */
final class TextReport {
  private static final String INDENT = "  ";

  private TextReport() {}

  /**
   * Writes the results and the final line {@code N scenarios, M as expected}.
   *
   * @param results the results
   * @param out where to write, and in which language
   */
  static void write(List<ScenarioResult> results, Out out) {
    for (ScenarioResult result : results) {
      block(result, out);
      out.blank();
    }
    long met = results.stream().filter(ScenarioResult::expectationMet).count();
    out.raw(summary(results.size(), met, out.locale()));
  }

  /**
   * The summary line.
   *
   * @param scenarios how many scenarios ran
   * @param met how many met their expectation
   * @param locale the language
   * @return {@code N scenarios, M as expected}
   */
  static String summary(int scenarios, long met, Locale locale) {
    return Texts.format(locale, "out.summary", scenarios, met);
  }

  private static void block(ScenarioResult result, Out out) {
    Verdict verdict = result.verdict();
    Locale locale = out.locale();
    out.raw(result.scenario().name());
    out.raw(INDENT + out.text("out.file", result.scenario().source()));
    out.raw(INDENT + out.text("out.verdict", verdictLine(verdict, out)));
    if (result.expectationMet()) {
      out.raw(
          INDENT
              + out.text(
                  result.scenario().expectation().isPresent()
                      ? "out.expected.met"
                      : "out.expected.metNoExpectation"));
    } else {
      out.raw(INDENT + out.text("out.expected.notMet"));
      result.mismatches(locale).forEach(m -> out.raw(INDENT + INDENT + "- " + m));
    }
    verdict(verdict, out);
  }

  /**
   * Writes plan results: per plan its name, file and verdict, then each step with its verdict,
   * whether it entered the history, how it met its expectation and its violations; then the final
   * line {@code N plans, M as expected}.
   *
   * @param results the results
   * @param out where to write, and in which language
   */
  static void writePlans(List<PlanResult> results, Out out) {
    for (PlanResult result : results) {
      PlanVerdict verdict = result.verdict();
      out.raw(result.plan().name());
      out.raw(INDENT + out.text("out.file", result.plan().source()));
      long entered = verdict.steps().stream().filter(PlanStep::entered).count();
      out.raw(
          INDENT
              + out.text(
                  verdict.isValid() ? "out.plan.valid" : "out.plan.invalid",
                  verdict.steps().size(),
                  entered));
      for (int i = 0; i < verdict.steps().size(); i++) {
        PlanStep step = verdict.steps().get(i);
        Verdict v = step.verdict();
        out.blank();
        out.raw(
            INDENT
                + out.text(
                    "out.step",
                    i + 1,
                    v.actId(),
                    result.plan().steps().get(i).act().date().toString()));
        out.raw(INDENT + out.text("out.verdict", verdictLine(v, out)));
        out.raw(INDENT + out.text(step.entered() ? "out.entered" : "out.notEntered"));
        List<String> mismatches = result.mismatches(i, out.locale());
        if (mismatches.isEmpty()) {
          out.raw(
              INDENT
                  + out.text(
                      result.plan().steps().get(i).expectation().isPresent()
                          ? "out.expected.met"
                          : "out.expected.metNoExpectation"));
        } else {
          out.raw(INDENT + out.text("out.expected.notMet"));
          mismatches.forEach(m -> out.raw(INDENT + INDENT + "- " + m));
        }
        verdict(v, out);
      }
      out.blank();
    }
    long met = results.stream().filter(PlanResult::expectationMet).count();
    out.raw(out.text("out.plans.summary", results.size(), met));
  }

  /**
   * Writes one act's verdict without a scenario around it: the act, the verdict line, the
   * violations with their remedies and facts, and the receipt.
   *
   * @param file the act's file
   * @param verdict the verdict
   * @param out where to write, and in which language
   */
  static void writeVerdict(Path file, Verdict verdict, Out out) {
    out.raw(verdict.actId());
    out.raw(INDENT + out.text("out.file", file));
    out.raw(INDENT + out.text("out.verdict", verdictLine(verdict, out)));
    verdict(verdict, out);
  }

  /** The violations of a verdict, their remedies and facts, and its receipt. */
  private static void verdict(Verdict verdict, Out out) {
    Locale locale = out.locale();
    if (verdict.violations().isEmpty()) {
      out.raw(INDENT + out.text("out.violations.none"));
    } else {
      table(
          new String[] {
            out.text("heading.rule"),
            out.text("heading.severity"),
            out.text("heading.message"),
            out.text("heading.cite")
          },
          verdict.violations().stream().map(v -> row(v, out)).toList(),
          out);
      for (Violation v : verdict.violations()) {
        out.raw(
            INDENT
                + out.text(
                    v.remedy().mechanical() ? "out.fix" : "out.advice",
                    v.ruleId(),
                    v.remedy().description(locale)));
        v.facts().forEach(f -> out.raw(INDENT + INDENT + out.text("out.at", f.render(locale))));
      }
    }
    out.raw(INDENT + out.text("out.receipt", verdict.fingerprint()));
  }

  private static String verdictLine(Verdict verdict, Out out) {
    return out.text(
        verdict.isValid() ? "out.valid" : "out.invalid",
        verdict.errors().size(),
        verdict.warnings().size());
  }

  /**
   * The word for a severity in a language.
   *
   * @param severity the severity
   * @param out the report
   * @return the word
   */
  static String severity(Severity severity, Out out) {
    return out.text("severity." + severity.name());
  }

  /**
   * Writes an indented table with columns as wide as their widest cell; the last column is not
   * padded.
   *
   * @param header the column headings
   * @param unsafeRows the rows, each with as many cells as the header; written {@link Out#safe}
   * @param out where to write
   */
  static void table(String[] header, List<String[]> unsafeRows, Out out) {
    List<String[]> rows =
        unsafeRows.stream()
            .map(row -> java.util.Arrays.stream(row).map(Out::safe).toArray(String[]::new))
            .toList();
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    out.raw(INDENT + line(header, widths));
    for (String[] row : rows) {
      out.raw(INDENT + line(row, widths));
    }
  }

  private static String[] row(Violation v, Out out) {
    return new String[] {
      v.ruleId(), severity(v.severity(), out), v.message(out.locale()), v.cite()
    };
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(cells[i]);
      if (i < cells.length - 1) {
        line.append(" ".repeat(widths[i] - cells[i].length()));
      }
    }
    return line.toString();
  }
}
