package io.github.rcmgovernance.model.json;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.util.List;
import java.util.Locale;

/**
 * Input that cannot be read into the model: malformed JSON, an unknown or missing field, a value of
 * the wrong type or an impossible value. The message names the JSON path and the reason; {@link
 * #path()} and {@link #reason()} give them separately, {@link #reason(Locale)} gives the reason in
 * another language, and {@link #reasonKey()} with {@link #reasonArguments()} give it as data.
 *
 * @since 0.1.0
 */
public final class ModelInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String reasonKey;
  private final ImmutableList<String> reasonArguments;

  /**
   * An input error whose reason is given as text (in any language; it renders the same in all).
   *
   * @param path the JSON path of the offending value, such as {@code $.act.deciders[0].party}
   * @param reason why it cannot be read
   * @param cause the underlying error, if any
   */
  public ModelInputException(String path, String reason, Throwable cause) {
    this(path, "json.other", List.of(reason), cause);
  }

  /**
   * An input error whose reason is a key of the model's message bundle.
   *
   * @param path the JSON path of the offending value
   * @param reasonKey the key of the reason, such as {@code json.unknownField}
   * @param reasonArguments its arguments
   * @param cause the underlying error, if any
   */
  public ModelInputException(
      String path, String reasonKey, List<String> reasonArguments, Throwable cause) {
    super(
        path
            + ": "
            + InvalidValueException.bundle().format(Locale.ENGLISH, reasonKey, reasonArguments),
        cause);
    this.path = path;
    this.reasonKey = reasonKey;
    this.reasonArguments = ImmutableList.copyOf(reasonArguments);
  }

  /** The JSON path of the offending value ({@code $} for the document itself). */
  public String path() {
    return path;
  }

  /** Why the value cannot be read, in English. */
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  /**
   * Why the value cannot be read, in a language; English where the model has no messages in it.
   *
   * @param locale the language
   * @return the reason
   */
  public String reason(Locale locale) {
    return InvalidValueException.bundle().format(locale, reasonKey, reasonArguments);
  }

  /** The key of the reason in the model's message bundle. */
  public String reasonKey() {
    return reasonKey;
  }

  /** The reason's arguments. */
  public ImmutableList<String> reasonArguments() {
    return reasonArguments;
  }
}
