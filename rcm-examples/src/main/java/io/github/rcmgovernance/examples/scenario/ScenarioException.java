package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.json.ModelInputException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A scenario file that cannot be read: missing or unreadable, malformed JSON, an unknown or missing
 * field, or a value the model rejects. The message reads {@code file: path: reason}, for example
 * {@code scenarios/x.json: $.act.deciders[0].party: party code: XX is not an ISO 3166-1 alpha-2
 * code of a State}; {@link #message(Locale)} gives it in another language.
 *
 * @since 0.1.0
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;
  private final String reasonKey;
  private final transient List<?> reasonArguments;

  /**
   * An unreadable scenario.
   *
   * @param file the scenario file, as it was named
   * @param path the JSON path of the offending value, {@code $} for the whole document
   * @param reasonKey the key of the reason in the examples' message bundle
   * @param reasonArguments its arguments: text, {@link Texts.Message}s or model errors
   * @param cause the underlying error, if any
   */
  public ScenarioException(
      String file,
      String path,
      String reasonKey,
      List<?> reasonArguments,
      @Nullable Throwable cause) {
    super(
        file + ": " + path + ": " + Texts.format(Locale.ENGLISH, reasonKey, reasonArguments),
        cause);
    this.file = requireNonNull(file, "file");
    this.path = requireNonNull(path, "path");
    this.reasonKey = requireNonNull(reasonKey, "reasonKey");
    this.reasonArguments = List.copyOf(reasonArguments);
  }

  /**
   * A scenario that the model refuses: the reason is the model's.
   *
   * @param file the scenario file
   * @param e the model's error; its path is the path in the file
   * @return the exception
   */
  static ScenarioException of(String file, ModelInputException e) {
    return new ScenarioException(file, e.path(), "reason.model", List.of(e), e);
  }

  /** The scenario file, as it was named. */
  public String file() {
    return file;
  }

  /** The JSON path of the offending value ({@code $} for the whole document). */
  public String path() {
    return path;
  }

  /** Why the scenario cannot be read, in English. */
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  /**
   * Why the scenario cannot be read, in a language.
   *
   * @param locale the language
   * @return the reason
   */
  public String reason(Locale locale) {
    return Texts.format(locale, reasonKey, reasonArguments);
  }

  /**
   * The message, {@code file: path: reason}, in a language.
   *
   * @param locale the language
   * @return the message
   */
  public String message(Locale locale) {
    return file + ": " + path + ": " + reason(locale);
  }
}
