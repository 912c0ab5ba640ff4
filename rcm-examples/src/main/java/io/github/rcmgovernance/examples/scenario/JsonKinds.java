package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the kinds of JSON value in error messages. */
final class JsonKinds {
  private JsonKinds() {}

  /**
   * Names the kind of a JSON value, for messages such as "must be a string but was a number".
   *
   * @param node the value
   * @return its kind with an article
   */
  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case BINARY -> "binary data";
      case MISSING -> "nothing";
    };
  }
}
