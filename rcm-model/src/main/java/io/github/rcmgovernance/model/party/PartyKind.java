package io.github.rcmgovernance.model.party;

/**
 * Whether a party is a government or an international organisation (GI-2).
 *
 * @since 0.1.0
 */
public enum PartyKind {
  /** A State, represented by its government. */
  STATE,
  /** An international organisation. */
  ORGANISATION
}
