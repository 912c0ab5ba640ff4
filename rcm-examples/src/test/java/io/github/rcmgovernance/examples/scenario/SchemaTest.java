package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private static final ObjectMapper MAPPER = RcmJson.standard().mapper();
  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws IOException {
    schema = MAPPER.readTree(Files.readString(BuiltInScenarios.resource("scenario.schema.json")));
  }

  @Test
  void isADraft202012SchemaOfAClosedObject() {
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
    assertThat(schema.path("additionalProperties").booleanValue()).isFalse();
    assertThat(texts(schema.path("required"))).containsExactly("name");
    assertThat(names(schema.path("properties")))
        .containsExactlyInAnyOrder(
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
  }

  @Test
  void everyBuiltInScenarioUsesOnlyTheSchemasTopLevelProperties() throws IOException {
    Set<String> properties = names(schema.path("properties"));
    List<Path> files = ScenarioReader.files(BuiltInScenarios.directory());
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      JsonNode scenario = MAPPER.readTree(Files.readString(file));
      assertThat(properties).as(file.toString()).containsAll(names(scenario));
      for (String required : texts(schema.path("required"))) {
        assertThat(scenario.has(required)).as(file + " has " + required).isTrue();
      }
      assertThat(scenario.has("act") != scenario.has("actFile"))
          .as(file + " has exactly one of act and actFile")
          .isTrue();
    }
  }

  @Test
  void expectIsFullySpecified() {
    JsonNode expect = schema.path("properties").path("expect");
    assertThat(expect.path("additionalProperties").booleanValue()).isFalse();
    assertThat(names(expect.path("properties")))
        .containsExactlyInAnyOrder(
            "valid", "errors", "warnings", "errorsInclude", "warningsInclude");
  }

  @Test
  void actTypesAreTheModelsActTypes() {
    List<String> modelTypes =
        Arrays.stream(Act.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name)
            .toList();
    JsonNode types = schema.path("properties").path("act").path("properties").path("type");

    assertThat(texts(types.path("enum"))).containsExactlyInAnyOrderElementsOf(modelTypes);
  }

  @Test
  void charterAndHistoryFieldsAreTheModels() {
    JsonNode properties = schema.path("properties");

    assertThat(texts(properties.path("charter").path("propertyNames").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(RcmJson.standard().toTree(Charter.rcm())));
    assertThat(texts(properties.path("history").path("propertyNames").path("enum")))
        .containsExactlyInAnyOrderElementsOf(names(RcmJson.standard().toTree(History.empty())));
  }

  @Test
  void everyEnumerationListsTheModelsValues() {
    JsonNode defs = schema.path("$defs");
    Map<String, Class<? extends Enum<?>>> enums =
        Map.ofEntries(
            Map.entry("subject", io.github.rcmgovernance.model.act.Subject.class),
            Map.entry("documentKind", io.github.rcmgovernance.model.act.DocumentKind.class),
            Map.entry("secretariatTask", io.github.rcmgovernance.model.act.SecretariatTask.class),
            Map.entry("facilityKind", io.github.rcmgovernance.model.act.FacilityKind.class),
            Map.entry("level", io.github.rcmgovernance.model.delegation.Level.class),
            Map.entry("service", io.github.rcmgovernance.model.delegation.Service.class),
            Map.entry("body", io.github.rcmgovernance.model.body.Body.class),
            Map.entry("meetingKind", io.github.rcmgovernance.model.meeting.MeetingKind.class),
            Map.entry("reviewState", io.github.rcmgovernance.model.history.ReviewState.class),
            Map.entry("decisionRule", io.github.rcmgovernance.model.act.DecisionRule.class),
            Map.entry("termPolicy", io.github.rcmgovernance.model.charter.TermPolicy.class),
            Map.entry("rotationPolicy", io.github.rcmgovernance.model.charter.RotationPolicy.class),
            Map.entry("status", io.github.rcmgovernance.model.party.Status.class));
    enums.forEach(
        (name, type) ->
            assertThat(texts(defs.path(name).path("enum")))
                .as(name)
                .containsExactly(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new)));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
