package io.github.rcmgovernance.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.scenario.ProvisionCoverage;
import io.github.rcmgovernance.examples.scenario.ProvisionCoverage.RuleCoverage;
import io.github.rcmgovernance.examples.scenario.Scenario;
import io.github.rcmgovernance.model.json.RcmJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the coverage of the rule catalogue: as text, a table with one row per rule and the summary
 * line last; as JSON, one object.
 */
final class CoverageReport {
  private static final ObjectMapper MAPPER = RcmJson.standard().mapper();

  /** How many scenario names a row lists before it only counts the rest. */
  static final int NAMES_SHOWN = 3;

  /** The longest abbreviated scenario name. */
  static final int NAME_WIDTH = 32;

  private CoverageReport() {}

  /**
   * Writes the coverage as text, ending with the summary line {@code coverage: F of N rules fired
   * (P%), E evaluated only, A never applied}.
   *
   * @param coverage the coverage
   * @param out where to write, and in which language
   */
  static void write(ProvisionCoverage coverage, Out out) {
    out.line("coverage.title", coverage.total(), coverage.scenarios());
    List<String[]> rows = new ArrayList<>();
    for (RuleCoverage rule : coverage.rules()) {
      rows.add(
          new String[] {
            rule.ruleId(),
            TextReport.severity(rule.rule().severity(), out),
            out.text("status." + rule.status().name()),
            Integer.toString(rule.evaluatedIn()),
            firedIn(rule.firedIn(), out)
          });
    }
    TextReport.table(
        new String[] {
          out.text("heading.rule"),
          out.text("heading.severity"),
          out.text("heading.status"),
          out.text("heading.evaluatedIn"),
          out.text("heading.firedIn")
        },
        rows,
        out);
    out.raw(coverage.summary(out.locale()));
  }

  /**
   * The coverage as a JSON object: the counts, the summary line and one entry per rule with its
   * status, the number of scenarios it was evaluated in and the scenarios it fired in.
   *
   * @param coverage the coverage
   * @param locale the language of the summary line
   * @return the object
   */
  static ObjectNode json(ProvisionCoverage coverage, Locale locale) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("scenarios", coverage.scenarios());
    node.put("rules", coverage.total());
    node.put("fired", coverage.fired());
    node.put("evaluatedOnly", coverage.evaluatedOnly());
    node.put("neverApplied", coverage.neverApplied());
    node.put("percentFired", coverage.percentFired());
    node.put("summary", coverage.summary(locale));
    ArrayNode rules = node.putArray("byRule");
    for (RuleCoverage rule : coverage.rules()) {
      ObjectNode entry = rules.addObject();
      entry.put("ruleId", rule.ruleId());
      entry.put("severity", rule.rule().severity().name());
      entry.put("status", rule.status().name());
      entry.put("evaluatedIn", rule.evaluatedIn());
      ArrayNode fired = entry.putArray("firedIn");
      for (Scenario scenario : rule.firedIn()) {
        fired.addObject().put("name", scenario.name()).put("file", scenario.source().toString());
      }
    }
    return node;
  }

  /**
   * A scenario name short enough for a table cell: the label before the first {@code ": "} when
   * there is a short one (such as {@code RCM-DEC-1 broken} or {@code Charters 1}), otherwise the
   * name, cut to {@value #NAME_WIDTH} characters.
   *
   * @param name the scenario name
   * @return the abbreviation
   */
  static String abbreviate(String name) {
    int colon = name.indexOf(": ");
    if (colon > 0 && colon <= NAME_WIDTH) {
      return name.substring(0, colon);
    }
    return cut(name, NAME_WIDTH);
  }

  /**
   * The cell listing the scenarios a rule fired in: their number, then the first {@value
   * #NAMES_SHOWN} names abbreviated, then how many more there are. Two names that abbreviate alike
   * (such as two {@code RCM-DEC-4 broken: ...} scenarios) are shown cut to twice the width instead,
   * so that they can be told apart.
   *
   * @param scenarios the scenarios a rule fired in
   * @param out the report, for the words
   * @return the cell; {@code 0} when there are none
   */
  static String firedIn(List<Scenario> scenarios, Out out) {
    if (scenarios.isEmpty()) {
      return "0";
    }
    List<String> names =
        scenarios.subList(0, Math.min(NAMES_SHOWN, scenarios.size())).stream()
            .map(Scenario::name)
            .toList();
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      String abbreviation = abbreviate(name);
      boolean ambiguous =
          names.stream().filter(n -> abbreviate(n).equals(abbreviation)).limit(2).count() > 1;
      shown.add(ambiguous ? cut(name, 2 * NAME_WIDTH) : abbreviation);
    }
    StringBuilder cell =
        new StringBuilder().append(scenarios.size()).append(": ").append(String.join(", ", shown));
    if (scenarios.size() > shown.size()) {
      cell.append(out.text("coverage.more", scenarios.size() - shown.size()));
    }
    return cell.toString();
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }
}
