package io.github.rcmgovernance.model.history;

/**
 * Where a GRCM recommendation stands in the Deputy Ministers' review (GR-1).
 *
 * @since 0.1.0
 */
public enum ReviewState {
  /** Not reviewed yet: it has no effect. */
  PENDING,
  /** Endorsed by the Deputy Ministers: it may be acted on. */
  ENDORSED,
  /** Rejected by the Deputy Ministers. */
  REJECTED
}
