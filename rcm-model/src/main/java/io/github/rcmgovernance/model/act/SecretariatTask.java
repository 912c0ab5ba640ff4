package io.github.rcmgovernance.model.act;

/**
 * What the Technical Secretariat may be asked to do under its terms of reference (SEC-2), and
 * {@link #OTHER} for anything else.
 *
 * @since 0.1.0
 */
public enum SecretariatTask {
  /** Support for Vice-Ministerial meetings, GRCM meetings and agreed events. */
  EVENT_SUPPORT,
  /** Collaboration in monitoring the Plan of Action's activities. */
  PLAN_OF_ACTION_MONITORING,
  /** A background document for RCM meetings, on request. */
  BACKGROUND_DOCUMENT,
  /** The Plan of Action database and input to the Pro-Tempore Presidency. */
  DATABASE_AND_INPUT,
  /** Maintenance and operation of the Virtual Secretariat. */
  VIRTUAL_SECRETARIAT,
  /** Periodic reports to the Presidency and IOM's Regional Representative. */
  PERIODIC_REPORT,
  /** Anything outside the terms of reference. */
  OTHER
}
