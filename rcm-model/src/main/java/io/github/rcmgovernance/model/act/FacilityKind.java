package io.github.rcmgovernance.model.act;

/**
 * The facilities IOM gives the Technical Secretariat (HO-1).
 *
 * @since 0.1.0
 */
public enum FacilityKind {
  /** Management of resources. */
  RESOURCE_MANAGEMENT,
  /** Procurement. */
  PROCUREMENT,
  /** Other technical support. */
  TECHNICAL_SUPPORT
}
