package io.github.rcmgovernance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.scenario.CharterImpact;
import io.github.rcmgovernance.examples.scenario.CharterImpact.Change;
import io.github.rcmgovernance.examples.scenario.CharterImpact.RuleChange;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.Violation;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
  static void write(CharterImpact impact, String labelA, String labelB, PrintWriter out) {
    out.println("charter A: " + labelA);
    out.println("charter B: " + labelB);
    out.println();
    for (Change change : impact.changes()) {
      block(change, out);
      out.println();
    }
    out.println(impact.summary());
  }

  /**
   * Writes the impact as one JSON object {@code {charterA, charterB, scenarios, verdictsChange,
   * summary, changes}}, each change {@code {file, name, validUnderA, validUnderB, validityChanges,
   * onlyUnderA, onlyUnderB}} and each rule in those lists {@code {ruleId, severity, violations}}.
   *
   * @param impact the impact
   * @param labelA how to name charter A
   * @param labelB how to name charter B
   * @param out where to write
   */
  static void writeJson(CharterImpact impact, String labelA, String labelB, PrintWriter out) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("charterA", labelA);
    node.put("charterB", labelB);
    node.put("scenarios", impact.scenarios());
    node.put("verdictsChange", impact.changes().size());
    node.put("summary", impact.summary());
    ArrayNode changes = node.putArray("changes");
    for (Change change : impact.changes()) {
      ObjectNode entry = changes.addObject();
      entry.put("file", change.scenario().source().toString());
      entry.put("name", change.scenario().name());
      entry.put("validUnderA", change.underA().isValid());
      entry.put("validUnderB", change.underB().isValid());
      entry.put("validityChanges", change.validityChanges());
      rules(entry.putArray("onlyUnderA"), change.onlyUnderA());
      rules(entry.putArray("onlyUnderB"), change.onlyUnderB());
    }
    try {
      out.println(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rules(ArrayNode array, List<RuleChange> rules) {
    for (RuleChange rule : rules) {
      ObjectNode entry = array.addObject();
      entry.put("ruleId", rule.ruleId());
      entry.put("severity", rule.severity().name());
      entry.set("violations", MAPPER.valueToTree(rule.violations()));
    }
  }

  private static void block(Change change, PrintWriter out) {
    out.println(change.scenario().name());
    out.println(INDENT + "file:     " + change.scenario().source());
    out.println(INDENT + "validity: " + validity(change));
    List<String[]> rows = new ArrayList<>();
    rows(change.onlyUnderA(), "A only", rows);
    rows(change.onlyUnderB(), "B only", rows);
    TextReport.table(new String[] {"RULE", "SEVERITY", "FIRES", "MESSAGE"}, rows, out);
  }

  private static void rows(List<RuleChange> rules, String where, List<String[]> rows) {
    for (RuleChange rule : rules) {
      for (Violation v : rule.violations()) {
        rows.add(new String[] {rule.ruleId(), rule.severity().name(), where, v.message()});
      }
    }
  }

  private static String validity(Change change) {
    boolean a = change.underA().isValid();
    boolean b = change.underB().isValid();
    if (a == b) {
      return label(a) + " under both (unchanged)";
    }
    return label(a) + " under A, " + label(b) + " under B (changes)";
  }

  private static String label(boolean valid) {
    return valid ? "VALID" : "INVALID";
  }
}
