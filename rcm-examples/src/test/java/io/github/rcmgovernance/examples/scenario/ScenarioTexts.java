package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Scenario texts for tests: a small valid scenario and variations of it. */
public final class ScenarioTexts {
  /** A valid decision of the XXX RCM with a clean expectation. */
  public static final String VALID =
      """
      {
        "name": "a valid decision",
        "description": "Members' Deputy Ministers decide in closed session.",
        "history": {
          "meetings": [
            {"id": "VM-2025", "kind": "VICE_MINISTERIAL", "number": 30,
             "start": "2025-05-20", "end": "2025-05-21", "host": "GT"}
          ],
          "presidencyTerms": [{"holder": "GT", "start": "2025-01-01", "end": "2025-12-31"}]
        },
        "act": {
          "type": "decision",
          "id": "DEC-1",
          "date": "2025-05-21",
          "decidedBy": {"body": "VICE_MINISTERIAL_CONFERENCE"},
          "forum": {"kind": "VICE_MINISTERIAL", "meetingId": "VM-2025"},
          "subject": "POLICY",
          "deciders": [
            {"party": "GT", "level": "DEPUTY_MINISTER", "service": "FOREIGN_AFFAIRS"},
            {"party": "MX", "level": "DEPUTY_MINISTER", "service": "FOREIGN_AFFAIRS"}
          ],
          "sessionClosed": true,
          "recordedIn": "Declaration of the XXX RCM"
        },
        "expect": {"valid": true, "errors": [], "warnings": []}
      }
      """;

  private static final ObjectMapper MAPPER = RcmJson.standard().mapper();

  private ScenarioTexts() {}

  /**
   * The valid scenario with a change.
   *
   * @param change changes the scenario's JSON tree
   * @return the changed text
   */
  public static String valid(Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(VALID);
      change.accept(root);
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The act of a tree.
   *
   * @param root the scenario tree
   * @return its act
   */
  public static ObjectNode act(ObjectNode root) {
    return (ObjectNode) root.get("act");
  }
}
