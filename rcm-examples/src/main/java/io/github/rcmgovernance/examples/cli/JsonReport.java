package io.github.rcmgovernance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.scenario.ProvisionCoverage;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

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
   * @param out where to write
   */
  static void write(List<ScenarioResult> results, PrintWriter out) {
    print(results(results), out);
  }

  /**
   * Writes the results and the coverage of the rule catalogue as one JSON object {@code {results,
   * coverage}}: the array {@link #write} prints and the object {@link CoverageReport#json} builds.
   *
   * @param results the results
   * @param coverage the coverage
   * @param out where to write
   */
  static void write(List<ScenarioResult> results, ProvisionCoverage coverage, PrintWriter out) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("results", results(results));
    node.set("coverage", CoverageReport.json(coverage));
    print(node, out);
  }

  private static ArrayNode results(List<ScenarioResult> results) {
    ArrayNode array = MAPPER.createArrayNode();
    for (ScenarioResult result : results) {
      ObjectNode node = array.addObject();
      node.put("file", result.scenario().source().toString());
      node.put("name", result.scenario().name());
      node.set("verdict", MAPPER.valueToTree(result.verdict()));
      node.put("expectationMet", result.expectationMet());
      ArrayNode mismatches = node.putArray("mismatches");
      result.mismatches().forEach(mismatches::add);
    }
    return array;
  }

  private static void print(JsonNode node, PrintWriter out) {
    try {
      out.println(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
