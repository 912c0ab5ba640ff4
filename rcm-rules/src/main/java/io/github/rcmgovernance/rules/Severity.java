package io.github.rcmgovernance.rules;

/**
 * How serious a violation is. A definite provision of the source text gives an error; one that
 * holds only "usually" gives a warning.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The act breaks a provision: the verdict is invalid. */
  ERROR,
  /** The act departs from usual practice: the verdict stays valid. */
  WARNING
}
