package io.github.rcmgovernance.model.json;

/**
 * Input that cannot be read into the model: malformed JSON, an unknown or missing field, a value of
 * the wrong type or an impossible value. The message names the JSON path and the reason; {@link
 * #path()} and {@link #reason()} give them separately.
 *
 * @since 0.1.0
 */
public final class ModelInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String reason;

  /**
   * An input error.
   *
   * @param path the JSON path of the offending value, such as {@code $.act.deciders[0].party}
   * @param reason why it cannot be read
   * @param cause the underlying error, if any
   */
  public ModelInputException(String path, String reason, Throwable cause) {
    super(path + ": " + reason, cause);
    this.path = path;
    this.reason = reason;
  }

  /** The JSON path of the offending value ({@code $} for the document itself). */
  public String path() {
    return path;
  }

  /** Why the value cannot be read. */
  public String reason() {
    return reason;
  }
}
