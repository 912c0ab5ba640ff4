package io.github.rcmgovernance.model.act;

/**
 * What a decision is about (GI-3, GR-1, GR-3, SEC-1).
 *
 * @since 0.1.0
 */
public enum Subject {
  /** The forum's goals. */
  GOALS,
  /** The forum's functions. */
  FUNCTIONS,
  /** The forum's tasks. */
  TASKS,
  /** The forum's doctrinal bases. */
  DOCTRINE,
  /** The forum's aspirations. */
  ASPIRATIONS,
  /** A policy decision of the Conference. */
  POLICY,
  /** Approval or update of the Plan of Action (GR-3). */
  PLAN_OF_ACTION,
  /** Approval or amendment of the Technical Secretariat's terms of reference (SEC-1). */
  TERMS_OF_REFERENCE,
  /** Admission of a Member or an observer. */
  ADMISSION,
  /** The Deputy Ministers' review of GRCM recommendations (GR-1). */
  REVIEW_OF_RECOMMENDATIONS,
  /** Anything else. */
  OTHER
}
