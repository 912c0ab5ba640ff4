package io.github.rcmgovernance.rules;

import com.google.common.collect.ImmutableSortedSet;
import org.immutables.value.Value;

/**
 * What a rule is: its id, severity (after any override), cite, one-line description and the kinds
 * of act it applies to. Read from the rules' metadata.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleInfo {
  RuleInfo() {}

  /** The stable rule id. */
  public abstract String id();

  /** Its severity in this validator. */
  public abstract Severity severity();

  /** The paragraph(s) of the source text it encodes. */
  public abstract String cite();

  /** What the rule requires, in one line. */
  public abstract String description();

  /** Simple names of the act types it applies to, such as {@code Decision}. */
  public abstract ImmutableSortedSet<String> appliesTo();

  /** Whether the rule was added by the embedding system rather than shipped in the catalogue. */
  public abstract boolean custom();

  static ImmutableRuleInfo.Builder builder() {
    return ImmutableRuleInfo.builder();
  }
}
