package io.github.rcmgovernance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.scenario.CharterImpact;
import io.github.rcmgovernance.examples.scenario.CharterImpact.Change;
import io.github.rcmgovernance.examples.scenario.CharterImpact.RuleChange;
import io.github.rcmgovernance.examples.scenario.Expectation;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.Violation;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the impact of a change of charter: as text, the two charters, one block per scenario whose
 * verdict changes and the summary line last; as JSON, one object.
 */
final class ImpactReport {
  private static final ObjectMapper MAPPER = RcmJson.standard().mapper();
  private static final String INDENT = "  ";

  private ImpactReport() {}

  /**
   * Writes the impact as text, ending with the summary line {@code N scenarios, C verdicts change}.
   *
   * @param impact the impact
   * @param labelA how to name charter A
   * @param labelB how to name charter B
   * @param out where to write
   */
  static void write(CharterImpact impact, String labelA, String labelB, Out out) {
    out.line("impact.charterA", labelA);
    out.line("impact.charterB", labelB);
    out.blank();
    for (Change change : impact.changes()) {
      block(change, out);
      out.blank();
    }
    out.raw(impact.summary(out.locale()));
  }

  /**
   * Writes the impact as one JSON object {@code {charterA, charterB, scenarios, verdictsChange,
   * summary, changes}}, each change {@code {file, name, validUnderA, validUnderB, validityChanges,
   * onlyUnderA, onlyUnderB}} and each rule in those lists {@code {ruleId, severity, violations}}.
   *
   * @param impact the impact
   * @param labelA how to name charter A
   * @param labelB how to name charter B
   * @param out where to write, and in which language
   */
  static void writeJson(CharterImpact impact, String labelA, String labelB, Out out) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("charterA", labelA);
    node.put("charterB", labelB);
    node.put("scenarios", impact.scenarios());
    node.put("verdictsChange", impact.changes().size());
    node.put("summary", impact.summary(out.locale()));
    ArrayNode changes = node.putArray("changes");
    for (Change change : impact.changes()) {
      ObjectNode entry = changes.addObject();
      entry.put("file", change.scenario().source().toString());
      entry.put("name", change.scenario().name());
      entry.put("validUnderA", change.underA().isValid());
      entry.put("validUnderB", change.underB().isValid());
      entry.put("validityChanges", change.validityChanges());
      rules(entry.putArray("onlyUnderA"), change.onlyUnderA(), out.locale());
      rules(entry.putArray("onlyUnderB"), change.onlyUnderB(), out.locale());
    }
    try {
      out.json(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rules(ArrayNode array, List<RuleChange> rules, Locale locale) {
    for (RuleChange rule : rules) {
      ObjectNode entry = array.addObject();
      entry.put("ruleId", rule.ruleId());
      entry.put("severity", rule.severity().name());
      ArrayNode violations = entry.putArray("violations");
      rule.violations().forEach(v -> violations.add(JsonReport.violation(v, locale)));
    }
  }

  private static void block(Change change, Out out) {
    out.raw(change.scenario().name());
    out.raw(INDENT + out.text("out.file", change.scenario().source()));
    out.raw(INDENT + out.text("impact.validity", validity(change)));
    List<String[]> rows = new ArrayList<>();
    rows(change.onlyUnderA(), out.text("impact.aOnly"), rows, out);
    rows(change.onlyUnderB(), out.text("impact.bOnly"), rows, out);
    TextReport.table(
        new String[] {
          out.text("heading.rule"),
          out.text("heading.severity"),
          out.text("heading.fires"),
          out.text("heading.message")
        },
        rows,
        out);
  }

  private static void rows(List<RuleChange> rules, String where, List<String[]> rows, Out out) {
    for (RuleChange rule : rules) {
      for (Violation v : rule.violations()) {
        rows.add(
            new String[] {
              rule.ruleId(),
              TextReport.severity(rule.severity(), out),
              where,
              v.message(out.locale())
            });
      }
    }
  }

  private static Texts.Message validity(Change change) {
    boolean a = change.underA().isValid();
    boolean b = change.underB().isValid();
    if (a == b) {
      return Texts.message("impact.same", Expectation.label(a));
    }
    return Texts.message("impact.changes", Expectation.label(a), Expectation.label(b));
  }
}
