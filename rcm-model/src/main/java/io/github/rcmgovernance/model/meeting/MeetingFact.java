package io.github.rcmgovernance.model.meeting;

/**
 * A fact about a meeting that a record may declare unknown ({@link Meeting#unknown()}). Declaring a
 * fact unknown is not the same as leaving it out: a proposal without a host breaks the rule that
 * needs one, a record whose host is unknown leaves that rule undetermined.
 *
 * @since 0.1.0
 */
public enum MeetingFact {
  /** The State that hosted the meeting. */
  HOST,
  /** Who organised the meeting. */
  ORGANISER,
  /** Who attended, in the meeting and in its closed session. */
  ATTENDEES,
  /** For a preparatory meeting: which Vice-Ministerial meeting it prepares. */
  PREPARES
}
