package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.json.ModelInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads charter files: a JSON object with some or all of a charter's fields, laid over the built-in
 * charter exactly as a scenario's {@code charter} field is (see {@link CharterOverlay}). An empty
 * object {@code {}} is the built-in charter.
 *
 * <p>Reading is strict: a file that is missing, unreadable, not UTF-8 or malformed, or that names
 * an unknown field or gives a value the charter rejects, fails with a {@link ScenarioException}
 * naming the file, the JSON path (from {@code $}, the file's top-level object) and the reason.
 *
 * <p>Instances hold no state and may be shared.
 *
 * @since 0.1.0
 */
public final class CharterReader {
  /** A reader. */
  public CharterReader() {}

  /**
   * Reads a charter file.
   *
   * @param file the file
   * @return the charter
   * @throws ScenarioException if the file cannot be read or is not a valid partial charter
   */
  public Charter read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(
          file.toString(), "$", "reason.model", List.of(ScenarioReader.describe(e)), e);
    }
    return parse(text, file);
  }

  /**
   * Parses the text of a charter file.
   *
   * @param json the JSON text
   * @param source the file it comes from, named in errors
   * @return the charter
   * @throws ScenarioException if the text is not a valid partial charter
   */
  public Charter parse(String json, Path source) {
    String file = source.toString();
    JsonNode root = ScenarioParser.tree(json, file);
    if (!root.isObject()) {
      throw new ScenarioException(
          file, "$", "reason.charterObject", List.of(JsonKinds.describe(root)), null);
    }
    try {
      return CharterOverlay.apply(root, "$");
    } catch (ModelInputException e) {
      throw ScenarioException.of(file, e);
    } catch (RuntimeException e) {
      // As for scenarios: anything the model rejects is still the input's fault.
      throw new ScenarioException(
          file, "$", "reason.invalidValue", List.of(String.valueOf(e.getMessage())), e);
    }
  }
}
