package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import java.util.Map;

/**
 * Builds a charter from a partial one: the fields a JSON object gives replace the same top-level
 * fields of the built-in charter ({@link Charter#rcm()}), and the result is read strictly.
 *
 * <p>For example {@code {"viceMinisterialWindow": {"fromMonth": 11, "toMonth": 12}}} is the
 * built-in charter with Vice-Ministerial meetings in November or December. A field replaces the
 * built-in value whole: a partial {@code statuses} list replaces every status.
 *
 * @since 0.1.0
 */
public final class CharterOverlay {
  private CharterOverlay() {}

  /**
   * Lays a partial charter over the built-in one.
   *
   * @param partial a JSON object with some of the charter's fields
   * @param path the JSON path of the object in its document, such as {@code $.charter}; errors name
   *     paths below it
   * @return the charter
   * @throws ModelInputException if the object is not a JSON object, names an unknown field or gives
   *     a value the charter rejects
   */
  public static Charter apply(JsonNode partial, String path) {
    if (!partial.isObject()) {
      // Callers check first, with the reason in the user's language.
      throw new IllegalArgumentException(path + " is not a JSON object");
    }
    ObjectNode merged = (ObjectNode) RcmJson.standard().toTree(Charter.rcm());
    for (Map.Entry<String, JsonNode> field : partial.properties()) {
      merged.set(field.getKey(), field.getValue());
    }
    return RcmJson.standard().read(merged, Charter.class, path);
  }
}
