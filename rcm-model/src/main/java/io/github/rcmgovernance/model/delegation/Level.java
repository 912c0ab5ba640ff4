package io.github.rcmgovernance.model.delegation;

/**
 * The rank at which a delegation represents its party (GI-3, GR-1).
 *
 * @since 0.1.0
 */
public enum Level {
  /** A Deputy Minister (Vice-Minister): the only level that decides. */
  DEPUTY_MINISTER,
  /** An official of a ministry or department. */
  OFFICIAL,
  /** A technician. */
  TECHNICIAN
}
