package io.github.rcmgovernance.model.act;

/**
 * How the Members taking part in a decision reach it. The source text is silent; public RCM sources
 * describe the forum as working by consensus.
 *
 * @since 0.1.0
 */
public enum DecisionRule {
  /** No deciding Member objects. */
  CONSENSUS,
  /** Fewer than half of the deciding Members object. */
  MAJORITY
}
