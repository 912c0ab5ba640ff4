package io.github.rcmgovernance.model.charter;

/**
 * The length of a Pro-Tempore Presidency term. Public RCM sources name terms by year.
 *
 * @since 0.1.0
 */
public enum TermPolicy {
  /** A term runs from 1 January to 31 December. */
  CALENDAR_YEAR,
  /** A term may have any dates. */
  FREE
}
