package io.github.rcmgovernance.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rcmgovernance.rules.internal.Messages;
import java.util.Locale;
import java.util.Optional;
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

  /** What the rule requires, in one line of English. */
  public abstract String description();

  /**
   * What the rule requires, in one line of a language; English where the library has no messages in
   * it. A custom rule's description is the text its {@code @description} gives, in any language.
   *
   * @param locale the language
   * @return the description
   */
  public final String description(Locale locale) {
    return descriptionKey()
        .map(key -> Messages.render(locale, key, descriptionArguments()))
        .orElse(description());
  }

  /** The key of a catalogue rule's description in the message bundles. */
  @Value.Auxiliary
  abstract Optional<String> descriptionKey();

  /** The arguments of that description, such as the charter's lead time. */
  @Value.Auxiliary
  abstract ImmutableList<Argument> descriptionArguments();

  /** Simple names of the act types it applies to, such as {@code Decision}. */
  public abstract ImmutableSortedSet<String> appliesTo();

  /** Whether the rule was added by the embedding system rather than shipped in the catalogue. */
  public abstract boolean custom();

  /**
   * Whether the rule judges records known only in part itself ({@code @partialFacts} in its
   * metadata): it reports what it can establish and lists what it cannot as undetermined. A rule
   * that does not is not run when the act or the history holds a fact known only in part; the
   * verdict lists it as undetermined instead. Custom rules never do: they have no way to report
   * what they could not judge, so they do not run on such records.
   */
  @Value.Default
  public boolean judgesPartialFacts() {
    return false;
  }

  static ImmutableRuleInfo.Builder builder() {
    return ImmutableRuleInfo.builder();
  }
}
