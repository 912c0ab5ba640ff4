package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Remedy edits are RFC 6902 JSON Patch operations: applied by the library and by an independent
 * implementation (Eclipse Parsson), they give the same document, escapes in member names included.
 */
class EditTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DOCUMENT =
      "{\"a/b\":1,\"m~n\":[\"x\",\"y\"],\"plain\":{\"inner\":true},\"list\":[1,2,3]}";

  private static JsonNode tree() {
    try {
      return RcmJson.standard().mapper().readTree(DOCUMENT);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String byParsson(List<Edit> edits) {
    jakarta.json.JsonStructure target =
        jakarta.json.Json.createReader(new StringReader(DOCUMENT)).read();
    jakarta.json.JsonArray patch =
        jakarta.json.Json.createReader(new StringReader(RcmJson.standard().write(edits)))
            .readArray();
    return jakarta.json.Json.createPatch(patch).apply(target).toString();
  }

  private static JsonNode ours(List<Edit> edits) {
    JsonNode tree = tree();
    for (Edit e : edits) {
      tree = e.applyTo(tree);
    }
    return tree;
  }

  private static void sameAsParsson(Edit... edits) throws Exception {
    List<Edit> list = List.of(edits);
    assertThat(ours(list))
        .as("%s", list)
        .isEqualTo(RcmJson.standard().mapper().readTree(byParsson(list)));
  }

  @Test
  void everyKindOfOperationAgreesWithAnIndependentImplementation() throws Exception {
    sameAsParsson(Edit.replace("/" + Edit.escape("a/b"), NODES.numberNode(2)));
    sameAsParsson(Edit.remove("/" + Edit.escape("m~n") + "/0"));
    sameAsParsson(Edit.add("/" + Edit.escape("m~n") + "/1", NODES.textNode("between")));
    sameAsParsson(Edit.add("/list/-", NODES.numberNode(4)));
    sameAsParsson(Edit.add("/list/0", NODES.numberNode(0)));
    sameAsParsson(Edit.replace("/list/2", NODES.numberNode(30)));
    sameAsParsson(Edit.remove("/plain/inner"), Edit.add("/plain/added", NODES.arrayNode()));
    sameAsParsson(Edit.add("/new", NODES.objectNode().put("k", "v")));
  }

  @Test
  void escapesFollowRfc6901() {
    assertThat(Edit.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(Edit.escape("~1")).isEqualTo("~01");
    assertThat(
            ours(List.of(Edit.replace("/" + Edit.escape("a/b"), NODES.numberNode(9))))
                .get("a/b")
                .asInt())
        .isEqualTo(9);
  }

  @Test
  void editsWrittenAsJsonAreRfc6902Operations() throws Exception {
    assertThat(RcmJson.standard().toTree(Edit.add("/list/-", NODES.numberNode(4))))
        .isEqualTo(
            RcmJson.standard()
                .mapper()
                .readTree("{\"op\":\"add\",\"path\":\"/list/-\",\"value\":4}"));
    assertThat(RcmJson.standard().toTree(Edit.remove("/plain")))
        .isEqualTo(RcmJson.standard().mapper().readTree("{\"op\":\"remove\",\"path\":\"/plain\"}"));
  }

  @Test
  void operationsThatDoNotFitTheDocumentAreRefused() {
    assertThatThrownBy(() -> ours(List.of(Edit.remove("/absent"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/absent");
    assertThatThrownBy(() -> ours(List.of(Edit.replace("/list/3", NODES.numberNode(1)))))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> ours(List.of(Edit.add("/list/4", NODES.numberNode(1)))))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> ours(List.of(Edit.remove("/list/x"))))
        .hasMessageContaining("not an array index");
    assertThatThrownBy(() -> ours(List.of(Edit.remove("")))).hasMessageContaining("whole act");
    assertThatThrownBy(() -> ours(List.of(Edit.add("/plain/inner/deeper", NODES.nullNode()))))
        .hasMessageContaining("no object or array");
    assertThat(ours(List.of(Edit.replace("", NODES.objectNode())))).isEqualTo(NODES.objectNode());
  }

  @Test
  void anEditIsWrittenAsItsOperationPathAndValue() {
    assertThat(Edit.add("/list/-", NODES.numberNode(4))).hasToString("add /list/- 4");
    assertThat(Edit.remove("/plain")).hasToString("remove /plain");
  }

  @Test
  void aPathIsAJsonPointerAndOnlyAddAndReplaceCarryAValue() {
    assertThatThrownBy(() -> Edit.remove("plain")).hasMessageContaining("JSON Pointer");
    assertThatThrownBy(
            () ->
                ImmutableEdit.builder()
                    .op(Edit.Op.REMOVE)
                    .path("/a")
                    .value(NODES.numberNode(1))
                    .build())
        .hasMessageContaining("value");
    assertThatThrownBy(() -> ImmutableEdit.builder().op(Edit.Op.ADD).path("/a").build())
        .hasMessageContaining("value");
  }

  @Test
  void aDiffChangesOnlyTheMembersThatDifferAndReplacesArraysWhole() throws Exception {
    var mapper = RcmJson.standard().mapper();
    JsonNode from = mapper.readTree("{\"a\":{\"b\":1,\"c\":2},\"gone\":true,\"list\":[1,2]}");
    JsonNode to = mapper.readTree("{\"a\":{\"b\":1,\"c\":3},\"d/e\":4,\"list\":[1,2,3]}");

    assertThat(Edit.diff(from, to))
        .containsExactly(
            Edit.replace("/a/c", NODES.numberNode(3)),
            Edit.add("/d~1e", NODES.numberNode(4)),
            Edit.remove("/gone"),
            Edit.replace("/list", mapper.readTree("[1,2,3]")));
    assertThat(Edit.diff(from, from)).isEmpty();
    assertThat(Edit.diff(from, NODES.textNode("x")))
        .containsExactly(Edit.replace("", NODES.textNode("x")));
  }
}
