package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.examples.text.Texts;

/** Names the kinds of JSON value in error messages. */
final class JsonKinds {
  private JsonKinds() {}

  /**
   * Names the kind of a JSON value, for messages such as "must be a string but was a number".
   *
   * @param node the value
   * @return its kind with an article, as a message
   */
  static Texts.Message describe(JsonNode node) {
    return Texts.message(
        switch (node.getNodeType()) {
          case ARRAY -> "kind.array";
          case OBJECT, POJO -> "kind.object";
          case STRING -> "kind.string";
          case NUMBER -> "kind.number";
          case BOOLEAN -> "kind.boolean";
          case NULL -> "kind.null";
          case BINARY -> "kind.binary";
          case MISSING -> "kind.missing";
        });
  }
}
