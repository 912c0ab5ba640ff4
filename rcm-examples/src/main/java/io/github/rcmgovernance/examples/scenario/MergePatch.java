package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeSet;

/**
 * JSON Merge Patch (RFC 7396): a patch object gives the members that change; a member whose value
 * is {@code null} is removed; arrays and other values are replaced whole. The algorithm is the one
 * section 2 of the RFC states in ten lines, so it is written here rather than taken from a library.
 */
final class MergePatch {
  private MergePatch() {}

  /**
   * Applies a patch to a target; neither is changed.
   *
   * @param target the document
   * @param patch the merge patch
   * @return the patched document
   */
  static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result =
        target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        JsonNode current = result.get(member.getKey());
        result.set(
            member.getKey(),
            apply(
                current == null ? JsonNodeFactory.instance.nullNode() : current,
                member.getValue()));
      }
    }
    return result;
  }

  /**
   * The smallest merge patch that turns one object into another, for documents without {@code null}
   * values (the model's JSON form leaves absent values out).
   *
   * @param from the original
   * @param to the changed document
   * @return the patch; an empty object when the two are equal
   */
  static ObjectNode diff(ObjectNode from, ObjectNode to) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    TreeSet<String> names = new TreeSet<>();
    from.fieldNames().forEachRemaining(names::add);
    to.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode a = from.get(name);
      JsonNode b = to.get(name);
      if (b == null) {
        patch.putNull(name);
      } else if (a == null || !a.equals(b)) {
        patch.set(
            name,
            a != null && a.isObject() && b.isObject()
                ? diff((ObjectNode) a, (ObjectNode) b)
                : b.deepCopy());
      }
    }
    return patch;
  }
}
