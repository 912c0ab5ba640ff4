package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A scenario file that cannot be read: missing or unreadable, malformed JSON, an unknown or missing
 * field, or a value the model rejects. The message reads {@code file: path: reason}, for example
 * {@code scenarios/x.json: $.act.deciders[0].party: party code: XX is not an ISO 3166-1 alpha-2
 * code of a State}.
 *
 * @since 0.1.0
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;
  private final String reason;

  /**
   * An unreadable scenario.
   *
   * @param file the scenario file, as it was named
   * @param path the JSON path of the offending value, {@code $} for the whole document
   * @param reason why it cannot be read
   * @param cause the underlying error, if any
   */
  public ScenarioException(String file, String path, String reason, @Nullable Throwable cause) {
    super(file + ": " + path + ": " + reason, cause);
    this.file = requireNonNull(file, "file");
    this.path = requireNonNull(path, "path");
    this.reason = requireNonNull(reason, "reason");
  }

  /** The scenario file, as it was named. */
  public String file() {
    return file;
  }

  /** The JSON path of the offending value ({@code $} for the whole document). */
  public String path() {
    return path;
  }

  /** Why the scenario cannot be read. */
  public String reason() {
    return reason;
  }
}
