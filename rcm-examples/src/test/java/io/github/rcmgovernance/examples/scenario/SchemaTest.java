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
    assertThat(texts(schema.path("required"))).containsExactlyInAnyOrder("name", "act");
    assertThat(names(schema.path("properties")))
        .containsExactlyInAnyOrder(
            "name", "description", "charter", "history", "act", "asOf", "expect");
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
    }
  }

  @Test
  void expectIsFullySpecified() {
    JsonNode expect = schema.path("properties").path("expect");
    assertThat(expect.path("additionalProperties").booleanValue()).isFalse();
    assertThat(names(expect.path("properties")))
        .containsExactlyInAnyOrder("valid", "errors", "warnings");
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
