package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.record.Audit;
import io.github.rcmgovernance.examples.scenario.PlanResult;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.rules.PlanStep;
import io.github.rcmgovernance.rules.PlanVerdict;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Undetermined;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
    undetermined(verdict, out);
    out.raw(INDENT + out.text("out.receipt", verdict.fingerprint()));
  }

  /**
   * Writes an audit: a line naming the record and the charter with the counts, a table of the
   * judged entries, the violations' messages, and the rules that did not run on the record at all.
   *
   * @param file the record's file
   * @param charter the charter's name as given
   * @param rows the audit's rows
   * @param out where to write, and in which language
   */
  static void writeAudit(Path file, String charter, List<Audit.Row> rows, Out out) {
    long valid = rows.stream().filter(r -> r.verdict().outcome() == Verdict.Outcome.VALID).count();
    long invalid =
        rows.stream().filter(r -> r.verdict().outcome() == Verdict.Outcome.INVALID).count();
    out.line(
        "out.audit", file, charter, rows.size(), valid, invalid, rows.size() - valid - invalid);
    table(
        new String[] {
          out.text("heading.entry"),
          out.text("heading.label"),
          out.text("heading.dates"),
          out.text("heading.place"),
          out.text("heading.verdict"),
          out.text("heading.violations"),
          out.text("heading.undetermined"),
          out.text("heading.sources")
        },
        rows.stream().map(r -> auditRow(r, out)).toList(),
        out);
    for (Audit.Row r : rows) {
      for (Violation v : r.verdict().violations()) {
        out.raw(
            INDENT
                + out.text(
                    "out.audit.violation",
                    r.id(),
                    v.ruleId(),
                    severity(v.severity(), out),
                    v.message(out.locale())));
      }
    }
    if (rows.stream().anyMatch(r -> r.dates().endsWith("*"))) {
      out.raw(INDENT + out.text("out.audit.lowered"));
    }
    Map<String, Set<String>> notRun = new TreeMap<>();
    for (Audit.Row r : rows) {
      for (Undetermined u : r.verdict().undetermined()) {
        if (u.reasonKey().equals(Undetermined.NOT_RUN)) {
          notRun.computeIfAbsent(actType(r.act()), k -> new LinkedHashSet<>()).add(u.ruleId());
        }
      }
    }
    notRun.forEach(
        (type, ids) ->
            out.raw(INDENT + out.text("out.audit.notRun", type, String.join(", ", ids))));
  }

  /** The simple name of the act's type, such as {@code MeetingProposal}. */
  private static String actType(Act act) {
    for (Class<?> type : Act.class.getPermittedSubclasses()) {
      if (type.isInstance(act)) {
        return type.getSimpleName();
      }
    }
    return act.getClass().getSimpleName();
  }

  private static String[] auditRow(Audit.Row r, Out out) {
    Verdict v = r.verdict();
    List<String> violations =
        v.violations().stream()
            .map(
                x ->
                    x.severity() == Severity.ERROR
                        ? x.ruleId()
                        : out.text("out.audit.warning", x.ruleId()))
            .distinct()
            .toList();
    Set<String> undetermined = new LinkedHashSet<>();
    long notRun = 0;
    for (Undetermined u : v.undetermined()) {
      if (u.reasonKey().equals(Undetermined.NOT_RUN)) {
        notRun++;
      } else {
        undetermined.add(u.ruleId());
      }
    }
    List<String> cells = new ArrayList<>(undetermined);
    if (notRun > 0) {
      cells.add(out.text("out.audit.notRunCount", notRun));
    }
    return new String[] {
      r.id(),
      r.label(),
      r.dates(),
      r.place(),
      out.text("outcome." + v.outcome().name()),
      violations.isEmpty() ? "-" : String.join(" ", violations),
      cells.isEmpty() ? "-" : String.join(" ", cells),
      String.join(",", r.sources())
    };
  }

  /** The rules a verdict could not fully judge, each with its reason. */
  static void undetermined(Verdict verdict, Out out) {
    for (Undetermined u : verdict.undetermined()) {
      out.raw(
          INDENT
              + out.text(
                  "out.undeterminedRule",
                  u.ruleId(),
                  severity(u.severity(), out),
                  u.reason(out.locale())));
    }
  }

  private static String verdictLine(Verdict verdict, Out out) {
    return Texts.verdict(verdict).render(out.locale());
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
