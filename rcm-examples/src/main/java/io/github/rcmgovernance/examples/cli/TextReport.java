package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.io.PrintWriter;
import java.util.List;

/** Writes results as readable text: one block per scenario, then a summary line. */
final class TextReport {
  private static final String INDENT = "  ";

  private TextReport() {}

  /**
   * Writes the results and the final line {@code N scenarios, M as expected}.
   *
   * @param results the results
   * @param out where to write
   */
  static void write(List<ScenarioResult> results, PrintWriter out) {
    for (ScenarioResult result : results) {
      block(result, out);
      out.println();
    }
    long met = results.stream().filter(ScenarioResult::expectationMet).count();
    out.println(summary(results.size(), met));
  }

  /**
   * The summary line.
   *
   * @param scenarios how many scenarios ran
   * @param met how many met their expectation
   * @return {@code N scenarios, M as expected}
   */
  static String summary(int scenarios, long met) {
    return scenarios + " scenarios, " + met + " as expected";
  }

  private static void block(ScenarioResult result, PrintWriter out) {
    Verdict verdict = result.verdict();
    out.println(result.scenario().name());
    out.println(INDENT + "file:     " + result.scenario().source());
    out.println(INDENT + "verdict:  " + verdictLine(verdict));
    if (result.expectationMet()) {
      out.println(
          INDENT
              + "expected: "
              + (result.scenario().expectation().isPresent()
                  ? "met"
                  : "met (no expectation given)"));
    } else {
      out.println(INDENT + "expected: NOT MET");
      result.mismatches().forEach(m -> out.println(INDENT + INDENT + "- " + m));
    }
    if (verdict.violations().isEmpty()) {
      out.println(INDENT + "violations: none");
    } else {
      table(verdict.violations(), out);
      for (Violation v : verdict.violations()) {
        out.println(
            INDENT
                + v.ruleId()
                + " fix: "
                + v.remedy().description()
                + (v.remedy().mechanical() ? "" : " (needs a decision)"));
        v.facts().forEach(f -> out.println(INDENT + INDENT + "at: " + f));
      }
    }
    out.println(INDENT + "receipt:  " + verdict.fingerprint());
  }

  private static String verdictLine(Verdict verdict) {
    int errors = verdict.errors().size();
    int warnings = verdict.warnings().size();
    return (verdict.isValid() ? "VALID" : "INVALID")
        + " ("
        + count(errors, "error")
        + ", "
        + count(warnings, "warning")
        + ")";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void table(List<Violation> violations, PrintWriter out) {
    table(
        new String[] {"RULE", "SEVERITY", "MESSAGE", "CITE"},
        violations.stream().map(TextReport::row).toList(),
        out);
  }

  /**
   * Writes an indented table with columns as wide as their widest cell; the last column is not
   * padded.
   *
   * @param header the column headings
   * @param rows the rows, each with as many cells as the header
   * @param out where to write
   */
  static void table(String[] header, List<String[]> rows, PrintWriter out) {
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    out.println(INDENT + line(header, widths));
    for (String[] row : rows) {
      out.println(INDENT + line(row, widths));
    }
  }

  private static String[] row(Violation v) {
    return new String[] {v.ruleId(), v.severity().name(), v.message(), v.cite()};
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
