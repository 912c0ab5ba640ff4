package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an act or a history from a file of its own, in the JSON form of the model, as strictly as
 * the same part of a scenario file: malformed JSON, a value that is not an object, an unknown field
 * or an invalid value is a {@link ScenarioException} naming the file, the path and the reason.
 *
 * <p>Instances hold no state and may be shared.
 *
 * @since 0.1.0
 */
public final class ModelFileReader {
  /** A reader. */
  public ModelFileReader() {}

  /**
   * Reads an act file: one JSON object with its {@code type}, as under {@code act} in a scenario.
   *
   * @param file the file
   * @return the act
   * @throws ScenarioException if the file cannot be read or does not hold a valid act
   */
  public Act readAct(Path file) {
    return read(file, Act.class, "what.act");
  }

  /**
   * Reads a history file: one JSON object, as under {@code history} in a scenario.
   *
   * @param file the file
   * @return the history
   * @throws ScenarioException if the file cannot be read or does not hold a valid history
   */
  public History readHistory(Path file) {
    return read(file, History.class, "what.history");
  }

  /**
   * Reads a file's text, as UTF-8.
   *
   * @param file the file
   * @return its text
   * @throws ScenarioException naming the file when it cannot be read
   */
  public String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(
          file.toString(), "$", "reason.model", List.of(ScenarioReader.describe(e)), e);
    }
  }

  private <T> T read(Path file, Class<T> type, String what) {
    String name = file.toString();
    String text = readText(file);
    JsonNode root = ScenarioParser.tree(text, name);
    if (!root.isObject()) {
      throw new ScenarioException(
          name,
          "$",
          "reason.notObject",
          List.of(Texts.message(what), JsonKinds.describe(root)),
          null);
    }
    try {
      return RcmJson.standard().read(root, type, "$");
    } catch (ModelInputException e) {
      throw ScenarioException.of(name, e);
    } catch (RuntimeException e) {
      // The model reader reports input errors as ModelInputException; anything else it throws is
      // still the input's fault as far as the user is concerned.
      throw new ScenarioException(
          name, "$", "reason.invalidValue", List.of(String.valueOf(e.getMessage())), e);
    }
  }
}
