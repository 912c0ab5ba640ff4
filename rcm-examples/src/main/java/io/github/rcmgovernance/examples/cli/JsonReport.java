package io.github.rcmgovernance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes results as one JSON array of objects {@code {file, name, verdict, expectationMet,
 * mismatches}}, the verdict as the rules library serialises it.
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
    try {
      out.println(MAPPER.writeValueAsString(array));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
