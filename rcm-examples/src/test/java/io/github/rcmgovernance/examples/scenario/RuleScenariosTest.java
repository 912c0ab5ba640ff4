package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.canonical.CanonicalForm;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.rules.Fixtures;
import io.github.rcmgovernance.rules.RuleCases;
import io.github.rcmgovernance.rules.RuleInfo;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule scenarios in {@code scenarios/rules/} are generated from the rule cases of rcm-rules
 * (one violating act and its valid twin per case): a broken and a kept scenario per case, sharing
 * one history file and one act file per kind of act under {@code rules/parts/}. Each scenario gives
 * only what differs: {@code historyChanges} and an {@code actPatch}.
 *
 * <p>This test fails when the files are out of date; run it with {@code -Drcm.updateScenarios=true}
 * to write them anew.
 */
class RuleScenariosTest {
  private static final ObjectMapper MAPPER = RcmJson.standard().mapper();
  private static final String HISTORY = "parts/fixture.history.json";

  /** The fixture acts the scenarios patch, by the name of their file under {@code parts/}. */
  private static final Map<String, Act> BASE_ACTS = baseActs();

  private static Map<String, Act> baseActs() {
    Map<String, Act> acts = new LinkedHashMap<>();
    acts.put("decision", Fixtures.decision());
    acts.put("agenda-approval", Fixtures.agendaApproval());
    acts.put("recommendation", Fixtures.recommendation());
    acts.put("background-document", Fixtures.backgroundDocument());
    acts.put("activity-report", Fixtures.activityReport());
    acts.put("declaration", Fixtures.declaration());
    acts.put("technical-advice", Fixtures.technicalAdvice());
    acts.put("vice-ministerial-proposal", Fixtures.viceMinisterialProposal());
    acts.put("preparatory-proposal", Fixtures.preparatoryProposal());
    acts.put("mid-term-proposal", Fixtures.midTermProposal());
    acts.put("presidency-term", Fixtures.termProposal());
    acts.put("secretariat-action", Fixtures.secretariatAction());
    acts.put("plan-of-action-activity", Fixtures.activity());
    acts.put("project-support", Fixtures.projectSupport());
    acts.put("technical-cooperation", Fixtures.cooperation());
    acts.put("facility-support", Fixtures.facilitySupport());
    return acts;
  }

  /** Every generated file, by its path under {@code scenarios/rules/}. */
  static Map<String, String> render() {
    Map<String, String> files = new TreeMap<>();
    files.put(HISTORY, text(tree(Fixtures.history())));
    BASE_ACTS.forEach((name, act) -> files.put(partFile(name), text(tree(act))));
    Map<String, Severity> severities = new TreeMap<>();
    for (RuleInfo rule : Validator.standard().rules()) {
      severities.put(rule.id(), rule.severity());
    }
    Map<String, Integer> seen = new TreeMap<>();
    for (RuleCases.Case c : RuleCases.all()) {
      int n = seen.merge(c.ruleId(), 1, Integer::sum);
      String stem = c.ruleId().toLowerCase(Locale.ROOT) + (n == 1 ? "" : "-" + n);
      files.put(
          stem + "-broken.json",
          text(scenario(c, "broken", c.history(), c.violating(), c.fires(), severities)));
      files.put(
          stem + "-kept.json",
          text(scenario(c, "kept", c.passingHistory(), c.passing(), Set.of(), severities)));
    }
    return files;
  }

  private static ObjectNode scenario(
      RuleCases.Case c,
      String outcome,
      History history,
      Act act,
      Set<String> fires,
      Map<String, Severity> severities) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("name", c.ruleId() + " " + outcome + ": " + c.title());
    root.put(
        "description",
        (outcome.equals("broken")
                ? "Breaks " + String.join(", ", new TreeSet<>(fires))
                : "Keeps " + c.ruleId())
            + ": "
            + c.title()
            + ".");
    if (!c.charter().equals(Charter.rcm())) {
      ObjectNode charter = MergePatch.diff(tree(Charter.rcm()), tree(c.charter()));
      root.set("charter", charter);
    }
    root.put("historyFile", HISTORY);
    ObjectNode changes = historyChanges(Fixtures.history(), history);
    if (!changes.isEmpty()) {
      root.set("historyChanges", changes);
    }
    String base = nearestBase(act);
    root.put("actFile", partFile(base));
    ObjectNode patch = MergePatch.diff(tree(BASE_ACTS.get(base)), tree(act));
    if (!patch.isEmpty()) {
      root.set("actPatch", patch);
    }
    ObjectNode expect = root.putObject("expect");
    ArrayNode errors = JsonNodeFactory.instance.arrayNode();
    ArrayNode warnings = JsonNodeFactory.instance.arrayNode();
    for (String id : new TreeSet<>(fires)) {
      (severities.get(id) == Severity.ERROR ? errors : warnings).add(id);
    }
    expect.put("valid", errors.isEmpty());
    expect.set("errors", errors);
    expect.set("warnings", warnings);
    return root;
  }

  /** The fixture act of the same kind that needs the smallest patch. */
  private static String nearestBase(Act act) {
    String best = null;
    int bestSize = Integer.MAX_VALUE;
    for (Map.Entry<String, Act> e : BASE_ACTS.entrySet()) {
      if (!e.getValue().getClass().equals(act.getClass())) {
        continue;
      }
      int size = text(MergePatch.diff(tree(e.getValue()), tree(act))).length();
      if (size < bestSize) {
        best = e.getKey();
        bestSize = size;
      }
    }
    if (best == null) {
      throw new IllegalStateException("no fixture act of the kind of " + act);
    }
    return best;
  }

  /**
   * What turns the fixture history into another: entries removed by id (presidency terms by holder
   * and first day), entries added.
   */
  private static ObjectNode historyChanges(History from, History to) {
    ObjectNode remove = JsonNodeFactory.instance.objectNode();
    ObjectNode add = JsonNodeFactory.instance.objectNode();
    diff("meetings", from.meetings(), to.meetings(), Meeting::id, remove, add);
    diff(
        "recommendations",
        from.recommendations(),
        to.recommendations(),
        RecommendationRecord::id,
        remove,
        add);
    diff(
        "planActivities",
        from.planActivities(),
        to.planActivities(),
        PlanActivity::id,
        remove,
        add);
    diff("agendas", from.agendas(), to.agendas(), AgendaRecord::meetingId, remove, add);
    List<PresidencyTerm> gone =
        from.presidencyTerms().stream().filter(t -> !to.presidencyTerms().contains(t)).toList();
    if (!gone.isEmpty()) {
      ArrayNode terms = remove.putArray("presidencyTerms");
      for (PresidencyTerm t : gone) {
        terms.addObject().put("holder", t.holder().code()).put("start", t.start().toString());
      }
    }
    List<PresidencyTerm> added =
        to.presidencyTerms().stream().filter(t -> !from.presidencyTerms().contains(t)).toList();
    if (!added.isEmpty()) {
      ArrayNode terms = add.putArray("presidencyTerms");
      added.forEach(t -> terms.add(MAPPER.valueToTree(t)));
    }
    ObjectNode changes = JsonNodeFactory.instance.objectNode();
    if (!remove.isEmpty()) {
      changes.set("remove", remove);
    }
    if (!add.isEmpty()) {
      changes.set("add", add);
    }
    return changes;
  }

  private static <T> void diff(
      String field,
      List<T> from,
      List<T> to,
      Function<T, String> id,
      ObjectNode remove,
      ObjectNode add) {
    List<String> removed = new ArrayList<>();
    for (T entry : from) {
      if (!to.contains(entry)) {
        removed.add(id.apply(entry));
      }
    }
    List<T> added = to.stream().filter(e -> !from.contains(e)).toList();
    if (!removed.isEmpty()) {
      ArrayNode ids = remove.putArray(field);
      removed.forEach(ids::add);
    }
    if (!added.isEmpty()) {
      ArrayNode entries = add.putArray(field);
      added.forEach(e -> entries.add(MAPPER.valueToTree(e)));
    }
  }

  private static String partFile(String name) {
    return "parts/" + name + (name.equals("fixture") ? ".history.json" : ".act.json");
  }

  private static ObjectNode tree(Object value) {
    return (ObjectNode) RcmJson.standard().toTree(value);
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void ruleScenariosAreUpToDate() throws IOException {
    Path rules = BuiltInScenarios.directory().resolve("rules");
    Map<String, String> expected = render();
    if (Boolean.getBoolean("rcm.updateScenarios")) {
      try (Stream<Path> old = Files.walk(rules)) {
        for (Path p : old.filter(Files::isRegularFile).toList()) {
          Files.delete(p);
        }
      }
      for (Map.Entry<String, String> e : expected.entrySet()) {
        Path file = rules.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> actual = new TreeMap<>();
    try (Stream<Path> files = Files.walk(rules)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        actual.put(
            rules.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(actual)
        .as("scenarios/rules is out of date: run the build with -Drcm.updateScenarios=true")
        .isEqualTo(expected);
  }

  @Test
  void everyRuleScenarioReadsBackAsItsCase() {
    ScenarioReader reader = new ScenarioReader();
    Path rules = BuiltInScenarios.directory().resolve("rules");
    Map<String, Integer> seen = new TreeMap<>();
    for (RuleCases.Case c : RuleCases.all()) {
      int n = seen.merge(c.ruleId(), 1, Integer::sum);
      String stem = c.ruleId().toLowerCase(Locale.ROOT) + (n == 1 ? "" : "-" + n);
      Scenario broken = reader.read(rules.resolve(stem + "-broken.json"));
      Scenario kept = reader.read(rules.resolve(stem + "-kept.json"));
      assertThat(broken.act()).isEqualTo(c.violating());
      // Histories are compared as sets: a changed entry is removed and added again at the end.
      assertThat(CanonicalForm.of(broken.history())).isEqualTo(CanonicalForm.of(c.history()));
      assertThat(broken.charter()).isEqualTo(c.charter());
      assertThat(kept.act()).isEqualTo(c.passing());
      assertThat(CanonicalForm.of(kept.history())).isEqualTo(CanonicalForm.of(c.passingHistory()));
    }
  }
}
