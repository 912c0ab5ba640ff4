package io.github.rcmgovernance.model.charter;

/**
 * How the Pro-Tempore Presidency rotates among the Members (SEC-2). The Conference establishes the
 * rotation mechanism; the source text does not state it.
 *
 * @since 0.1.0
 */
public enum RotationPolicy {
  /** No State holds two terms in a row (the default). */
  NO_CONSECUTIVE_TERMS,
  /** Terms follow {@link Charter#rotationOrder()}, cyclically. */
  FIXED_ORDER,
  /** No rotation is checked. */
  NONE
}
