package io.github.rcmgovernance.model.delegation;

/**
 * The government service a delegation comes from (GI-1). {@link #OTHER} needs a name on the
 * delegation.
 *
 * @since 0.1.0
 */
public enum Service {
  /** Ministry of Foreign Affairs. */
  FOREIGN_AFFAIRS,
  /** Ministry of the Interior. */
  INTERIOR,
  /** Immigration service or department. */
  IMMIGRATION,
  /** Ministry or department of Justice. */
  JUSTICE,
  /** Any other named service. */
  OTHER
}
