package io.github.rcmgovernance.model.meeting;

/**
 * The kinds of meeting the Conference holds.
 *
 * @since 0.1.0
 */
public enum MeetingKind {
  /** The annual meeting of the Deputy Ministers, numbered in order of preparation (GI-3). */
  VICE_MINISTERIAL,
  /** The GRCM meeting held in the days before a Vice-Ministerial meeting (GR-2). */
  GRCM_PREPARATORY,
  /** The GRCM meeting held in the last quarter (GR-3). */
  GRCM_MID_TERM,
  /** A consultation of the Deputy Ministers between their annual meetings (GR-1). */
  INTERSESSIONAL_CONSULTATION,
  /** A seminar agreed within the Conference (SEC-2). */
  SEMINAR,
  /** A workshop agreed within the Conference (SEC-2). */
  WORKSHOP,
  /** A training agreed within the Conference (SEC-2). */
  TRAINING,
  /** Any other event agreed within the Conference (SEC-2). */
  OTHER_EVENT;

  /** Whether this kind is a GRCM meeting. */
  public boolean isGrcm() {
    return this == GRCM_PREPARATORY || this == GRCM_MID_TERM;
  }

  /** Whether this kind is an event (seminar, workshop, training or other event). */
  public boolean isEvent() {
    return this == SEMINAR || this == WORKSHOP || this == TRAINING || this == OTHER_EVENT;
  }
}
