package io.github.rcmgovernance.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON for verdict receipts: object keys sorted, array elements sorted by their own
 * canonical text (no rule depends on the order of a list), no white space. The SHA-256 of the
 * canonical text is the same on every machine and in every run for equal inputs.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * The canonical form of a JSON tree.
   *
   * @param node the tree
   * @return a new tree in canonical order
   */
  public static JsonNode of(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      node.properties().forEach(e -> sorted.put(e.getKey(), of(e.getValue())));
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      sorted.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      node.forEach(e -> elements.add(of(e)));
      elements.sort((a, b) -> a.toString().compareTo(b.toString()));
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      elements.forEach(out::add);
      return out;
    }
    return node;
  }

  /**
   * The SHA-256 of the canonical text of a tree, in lower-case hexadecimal.
   *
   * @param node the tree
   * @return 64 hexadecimal digits
   */
  public static String sha256(JsonNode node) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(of(node).toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
