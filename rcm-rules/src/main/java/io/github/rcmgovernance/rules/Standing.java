package io.github.rcmgovernance.rules;

/**
 * A party's standing on the day of judgement: a status, or none.
 *
 * @since 0.1.0
 */
public enum Standing {
  /** A Member State that day. */
  MEMBER,
  /** An observer that day. */
  OBSERVER,
  /** No status that day. */
  NONE
}
