package io.github.rcmgovernance.model.body;

/**
 * The bodies of the Conference.
 *
 * @since 0.1.0
 */
public enum Body {
  /** The annual meeting of the Members' Deputy Ministers: the only body that decides (GI-3). */
  VICE_MINISTERIAL_CONFERENCE,
  /**
   * The Regional Consultation Group on Migration: recommends and monitors, never decides (GR-1).
   */
  GRCM,
  /**
   * The Pro-Tempore Presidency, held by one Member State per term: hosts, orients the TS (GI-3,
   * SEC-1).
   */
  PRO_TEMPORE_PRESIDENCY,
  /** The Technical Secretariat: supports, neither decides nor recommends (SEC-1, SEC-2). */
  TECHNICAL_SECRETARIAT,
  /** The Virtual Secretariat that the TS helps maintain (SEC-2). */
  VIRTUAL_SECRETARIAT,
  /** IOM's Regional Office and Regional Representative in San José (HO-1, SEC-2). */
  IOM_REGIONAL_OFFICE
}
