package io.github.rcmgovernance.model.party;

/**
 * The standing of a party in the Conference on a given day (GI-1, GI-2). A party with no valid
 * {@link PartyStatus} on a day has no status at all, which the rules treat like an outsider.
 *
 * @since 0.1.0
 */
public enum Status {
  /** A Member State: takes part in decisions through its Deputy Minister. */
  MEMBER,
  /** An observer State or organisation: attends and advises, never decides. */
  OBSERVER
}
