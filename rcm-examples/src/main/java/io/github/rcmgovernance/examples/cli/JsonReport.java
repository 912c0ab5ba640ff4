package io.github.rcmgovernance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.record.Audit;
import io.github.rcmgovernance.examples.scenario.PlanResult;
import io.github.rcmgovernance.examples.scenario.ProvisionCoverage;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.PlanStep;
import io.github.rcmgovernance.rules.Undetermined;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes results as one JSON array of objects {@code {file, name, verdict, expectationMet,
 * mismatches}}, the verdict as the rules library serialises it; with the coverage of the rule
 * catalogue, as one object {@code {results, coverage}}.
 */
final class JsonReport {
  private static final ObjectMapper MAPPER = RcmJson.standard().mapper();

  private JsonReport() {}

  /**
   * Writes the results.
   *
   * @param results the results
   * @param out where to write, and in which language
   */
  static void write(List<ScenarioResult> results, Out out) {
    print(results(results, out.locale()), out);
  }

  /**
   * Writes plan results as one JSON array of objects {@code {file, name, valid, expectationMet,
   * steps, history}}, each step {@code {actId, entered, verdict, expectationMet, mismatches}} and
   * {@code history} the record the plan leaves.
   *
   * @param results the results
   * @param out where to write, and in which language
   */
  static void writePlans(List<PlanResult> results, Out out) {
    ArrayNode array = MAPPER.createArrayNode();
    for (PlanResult result : results) {
      ObjectNode node = array.addObject();
      node.put("file", result.plan().source().toString());
      node.put("name", result.plan().name());
      node.put("valid", result.verdict().isValid());
      node.put("expectationMet", result.expectationMet());
      ArrayNode steps = node.putArray("steps");
      for (int i = 0; i < result.verdict().steps().size(); i++) {
        PlanStep step = result.verdict().steps().get(i);
        ObjectNode stepNode = steps.addObject();
        stepNode.put("actId", step.actId());
        stepNode.put("entered", step.entered());
        stepNode.set("verdict", verdict(step.verdict(), out.locale()));
        List<String> mismatches = result.mismatches(i, out.locale());
        stepNode.put("expectationMet", mismatches.isEmpty());
        ArrayNode lines = stepNode.putArray("mismatches");
        mismatches.forEach(lines::add);
      }
      node.set("history", MAPPER.valueToTree(result.verdict().history()));
    }
    print(array, out);
  }

  /**
   * Writes an audit: the record, the charter, and each judged entry with its dates, place, sources
   * and verdict.
   *
   * @param file the record's file
   * @param charter the charter's name as given
   * @param rows the audit's rows
   * @param out where to write, and in which language
   */
  static void writeAudit(Path file, String charter, List<Audit.Row> rows, Out out) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("record", file.toString());
    node.put("charter", charter);
    ArrayNode entries = node.putArray("entries");
    for (Audit.Row r : rows) {
      ObjectNode entry = entries.addObject();
      entry.put("id", r.id());
      entry.put("label", r.label());
      entry.put("dates", r.dates());
      entry.put("place", r.place());
      ArrayNode sources = entry.putArray("sources");
      r.sources().forEach(sources::add);
      entry.set("verdict", verdict(r.verdict(), out.locale()));
    }
    print(node, out);
  }

  /**
   * Writes one verdict, as {@link #verdict} renders it.
   *
   * @param verdict the verdict
   * @param out where to write, and in which language
   */
  static void writeVerdict(Verdict verdict, Out out) {
    print(verdict(verdict, out.locale()), out);
  }

  /**
   * Writes the results and the coverage of the rule catalogue as one JSON object {@code {results,
   * coverage}}: the array {@link #write} prints and the object {@link CoverageReport#json} builds.
   *
   * @param results the results
   * @param coverage the coverage
   * @param out where to write, and in which language
   */
  static void write(List<ScenarioResult> results, ProvisionCoverage coverage, Out out) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("results", results(results, out.locale()));
    node.set("coverage", CoverageReport.json(coverage, out.locale()));
    print(node, out);
  }

  /**
   * A verdict as the rules library serialises it, with its messages, remedies and facts rendered in
   * a language; the keys and arguments stay as they are.
   */
  static ObjectNode verdict(Verdict verdict, Locale locale) {
    ObjectNode node = MAPPER.valueToTree(verdict);
    ArrayNode violations = node.putArray("violations");
    verdict.violations().forEach(v -> violations.add(violation(v, locale)));
    ArrayNode undetermined = node.putArray("undetermined");
    for (Undetermined u : verdict.undetermined()) {
      ObjectNode entry = MAPPER.valueToTree(u);
      entry.put("reason", u.reason(locale));
      undetermined.add(entry);
    }
    return node;
  }

  /** A violation as the rules library serialises it, rendered in a language. */
  static ObjectNode violation(Violation v, Locale locale) {
    ObjectNode node = MAPPER.valueToTree(v);
    node.put("message", v.message(locale));
    ((ObjectNode) node.get("remedy")).put("description", v.remedy().description(locale));
    ArrayNode facts = node.putArray("factLines");
    v.facts().forEach(f -> facts.add(f.render(locale)));
    return node;
  }

  private static ArrayNode results(List<ScenarioResult> results, Locale locale) {
    ArrayNode array = MAPPER.createArrayNode();
    for (ScenarioResult result : results) {
      ObjectNode node = array.addObject();
      node.put("file", result.scenario().source().toString());
      node.put("name", result.scenario().name());
      node.set("verdict", verdict(result.verdict(), locale));
      node.put("expectationMet", result.expectationMet());
      ArrayNode mismatches = node.putArray("mismatches");
      result.mismatches(locale).forEach(mismatches::add);
    }
    return array;
  }

  private static void print(JsonNode node, Out out) {
    try {
      out.json(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
