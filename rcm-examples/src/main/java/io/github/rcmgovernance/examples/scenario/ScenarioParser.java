package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.RuleInfo;
import io.github.rcmgovernance.rules.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns the text of one scenario file into a {@link Scenario}, strictly. */
final class ScenarioParser {
  private static final ObjectMapper MAPPER = RcmJson.standard().mapper();
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "description",
          "charter",
          "history",
          "historyFile",
          "historyChanges",
          "act",
          "actFile",
          "actPatch",
          "asOf",
          "expect");
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

  /** The ids of the catalogue's rules, read once when a scenario first names one. */
  private static final class KnownRules {
    static final Set<String> IDS =
        Validator.standard().rules().stream()
            .map(RuleInfo::id)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static final Set<String> PLAN_FIELDS =
      Set.of("name", "description", "charter", "history", "historyFile", "historyChanges", "steps");
  private static final Set<String> STEP_FIELDS = Set.of("act", "expect");

  private static final Set<String> EXPECT_FIELDS =
      Set.of("valid", "errors", "warnings", "errorsInclude", "warningsInclude");

  private final Path source;
  private final String file;

  /**
   * A parser for one file.
   *
   * @param source the file the text comes from, named in errors
   */
  ScenarioParser(Path source) {
    this.source = source;
    this.file = source.toString();
  }

  /**
   * Parses a scenario.
   *
   * @param text the JSON text
   * @return the scenario
   * @throws ScenarioException if the text is not a valid scenario
   */
  Scenario parse(String text) {
    JsonNode root = tree(text);
    requireObject(root, "$", Texts.message("what.scenario"));
    checkFields(root, "$", FIELDS);
    String name = name(root);
    String description = text(root, "description", false);
    Charter charter = charter(root);
    History history = history(root);
    Act act = act(root);
    LocalDate asOf = root.has("asOf") ? date(root.get("asOf"), "$.asOf") : act.date();
    Optional<Expectation> expectation = expectation(root, "$");
    return new Scenario(name, description, charter, history, act, asOf, expectation, source);
  }

  /**
   * Parses a plan file.
   *
   * @param text the JSON text
   * @return the plan
   * @throws ScenarioException if the text is not a valid plan file
   */
  PlanScenario parsePlan(String text) {
    JsonNode root = tree(text);
    requireObject(root, "$", Texts.message("what.plan"));
    checkFields(root, "$", PLAN_FIELDS);
    String name = name(root);
    String description = text(root, "description", false);
    Charter charter = charter(root);
    History history = history(root);
    JsonNode stepsNode = root.get("steps");
    if (stepsNode == null) {
      throw fail("$", "reason.missingField", "steps");
    }
    if (!stepsNode.isArray() || stepsNode.isEmpty()) {
      throw fail("$.steps", "reason.noSteps", JsonKinds.describe(stepsNode));
    }
    List<PlanScenario.Step> steps = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < stepsNode.size(); i++) {
      String path = "$.steps[" + i + "]";
      JsonNode step = requireObject(stepsNode.get(i), path, Texts.message("what.step"));
      checkFields(step, path, STEP_FIELDS);
      if (!step.has("act")) {
        throw fail(path, "reason.missingField", "act");
      }
      Act act = read(step.get("act"), Act.class, path + ".act");
      if (!ids.add(act.id())) {
        throw fail(path + ".act.id", "reason.stepTwice", act.id());
      }
      steps.add(new PlanScenario.Step(act, expectation(step, path)));
    }
    return new PlanScenario(name, description, charter, history, steps, source);
  }

  private String name(JsonNode root) {
    String name = text(root, "name", true);
    if (name.isBlank()) {
      throw fail("$.name", "reason.blank");
    }
    return name;
  }

  private Charter charter(JsonNode root) {
    return root.has("charter")
        ? model(
            () ->
                CharterOverlay.apply(
                    requireObject(root.get("charter"), "$.charter", "'charter'"), "$.charter"),
            "$.charter")
        : Charter.rcm();
  }

  private History history(JsonNode root) {
    exclusive(root, "history", "historyFile");
    if (root.has("historyChanges") && !root.has("historyFile")) {
      throw fail("$.historyChanges", "reason.onlyWithHistoryFile");
    }
    if (root.has("historyFile")) {
      return new ScenarioParts(source).history(root.get("historyFile"), root.get("historyChanges"));
    }
    return root.has("history")
        ? read(root.get("history"), History.class, "$.history")
        : History.empty();
  }

  private Act act(JsonNode root) {
    exclusive(root, "act", "actFile");
    if (root.has("actPatch") && !root.has("actFile")) {
      throw fail("$.actPatch", "reason.onlyWithActFile");
    }
    if (root.has("actFile")) {
      return new ScenarioParts(source).act(root.get("actFile"), root.get("actPatch"));
    }
    JsonNode actNode = root.get("act");
    if (actNode == null) {
      throw fail("$", "reason.missingAct");
    }
    return read(actNode, Act.class, "$.act");
  }

  private void exclusive(JsonNode root, String inline, String reference) {
    if (root.has(inline) && root.has(reference)) {
      throw fail("$." + reference, "reason.eitherOr", inline, reference);
    }
  }

  private JsonNode tree(String text) {
    return tree(text, file);
  }

  /**
   * Parses the text of a JSON file into a tree, with the same messages for malformed input as
   * scenario files get.
   *
   * @param text the JSON text
   * @param file the file it comes from, named in errors
   * @return the tree
   * @throws ScenarioException at path {@code $} if the text is malformed or holds no JSON value
   */
  static JsonNode tree(String text, String file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(file, "$", "reason.malformed", List.of(problem(e), at(e)), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioException(file, "$", "reason.noJson", List.of(), null);
    }
    return root;
  }

  private <T> T read(JsonNode node, Class<T> type, String path) {
    requireObject(node, path, "'" + path.substring(2) + "'");
    return model(() -> RcmJson.standard().read(node, type, path), path);
  }

  private <T> T model(Supplier<T> reader, String path) {
    try {
      return reader.get();
    } catch (ModelInputException e) {
      throw ScenarioException.of(file, e);
    } catch (RuntimeException e) {
      // The model reader reports every input error as a ModelInputException; anything else is
      // still the input's fault as far as the user is concerned, so name the part it came from.
      throw fail(path, e, "reason.invalidValue", String.valueOf(e.getMessage()));
    }
  }

  /** The expectation of the object at {@code holderPath}, if it gives one in {@code expect}. */
  private Optional<Expectation> expectation(JsonNode holder, String holderPath) {
    JsonNode node = holder.get("expect");
    if (node == null) {
      return Optional.empty();
    }
    String at = holderPath + ".expect";
    requireObject(node, at, Texts.message("what.expectation"));
    checkFields(node, at, EXPECT_FIELDS);
    Optional<Boolean> valid = Optional.empty();
    JsonNode validNode = node.get("valid");
    if (validNode != null) {
      if (!validNode.isBoolean()) {
        throw fail(at + ".valid", "reason.notBoolean", JsonKinds.describe(validNode));
      }
      valid = Optional.of(validNode.booleanValue());
    }
    return Optional.of(
        new Expectation(
            valid,
            ruleIds(node, at, "errors"),
            ruleIds(node, at, "warnings"),
            ruleIds(node, at, "errorsInclude"),
            ruleIds(node, at, "warningsInclude")));
  }

  private Optional<SortedSet<String>> ruleIds(JsonNode expect, String at, String field) {
    JsonNode node = expect.get(field);
    String path = at + "." + field;
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isArray()) {
      throw fail(path, "reason.notRuleIds", JsonKinds.describe(node));
    }
    SortedSet<String> ids = new TreeSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode id = node.get(i);
      if (!id.isTextual() || id.textValue().isBlank()) {
        throw fail(path + "[" + i + "]", "reason.notRuleId");
      }
      // An id no rule has could never fire: the expectation is wrong, not the verdict.
      if (!KnownRules.IDS.contains(id.textValue())) {
        throw fail(path + "[" + i + "]", "reason.unknownRuleId", id.textValue());
      }
      if (!ids.add(id.textValue())) {
        throw fail(path + "[" + i + "]", "reason.ruleIdTwice", id.textValue());
      }
    }
    return Optional.of(ids);
  }

  private LocalDate date(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw fail(path, "reason.notDateString", JsonKinds.describe(node));
    }
    try {
      // The model's own date reader: yyyy-MM-dd with a four-digit year, as in every JSON file.
      LocalDate day = MAPPER.treeToValue(node, LocalDate.class);
      if (day.getYear() < 1) {
        throw fail(path, "reason.badDate", node.textValue());
      }
      return day;
    } catch (JsonProcessingException e) {
      throw fail(path, e, "reason.badDate", node.textValue());
    }
  }

  private String text(JsonNode object, String field, boolean required) {
    JsonNode node = object.get(field);
    if (node == null) {
      if (required) {
        throw fail("$", "reason.missingField", field);
      }
      return "";
    }
    if (!node.isTextual()) {
      throw fail("$." + field, "reason.notString", JsonKinds.describe(node));
    }
    return node.textValue();
  }

  private JsonNode requireObject(JsonNode node, String path, Object what) {
    if (!node.isObject()) {
      throw fail(path, "reason.notObject", what, JsonKinds.describe(node));
    }
    return node;
  }

  private void checkFields(JsonNode object, String path, Set<String> known) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!known.contains(field.getKey())) {
        throw fail(path + "." + field.getKey(), "reason.unknownField", field.getKey());
      }
    }
  }

  private ScenarioException fail(String path, String key, Object... arguments) {
    return new ScenarioException(file, path, key, Arrays.asList(arguments), null);
  }

  private ScenarioException fail(
      String path, @Nullable Throwable cause, String key, Object... arguments) {
    return new ScenarioException(file, path, key, Arrays.asList(arguments), cause);
  }

  private static Object at(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1
        ? ""
        : Texts.message("reason.at", location.getLineNr(), location.getColumnNr());
  }

  private static Object problem(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return Texts.message("reason.unreadable");
    }
    if (message.startsWith("Trailing token")) {
      return Texts.message("reason.trailing");
    }
    int newline = message.indexOf('\n');
    String line = newline >= 0 ? message.substring(0, newline) : message;
    // Jackson names a hidden source in nested locations; keep only line and column.
    return SOURCE.matcher(line).replaceAll("[");
  }
}
