package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.rules.internal.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A rule that could not be fully judged because a fact it needs is not known: a meeting whose days
 * are known only to the month or the year, a presidency term known only by its year, a status that
 * began on an unknown day of a range, a host, organiser or attendance declared unknown. The rule
 * reports nothing about what it could not judge; it may still report violations it could establish
 * from what is known. An undetermined rule is not a pass.
 *
 * <p>The reason is data, like a violation's message: {@link #reasonKey()} and typed {@link
 * #arguments()}, rendered in a language by {@link #reason(Locale)}; {@link #reason()} is the
 * English text.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUndetermined.class)
@JsonPropertyOrder({"ruleId", "severity", "target", "reasonKey", "arguments", "reason", "cite"})
public abstract class Undetermined implements Comparable<Undetermined> {
  private static final Comparator<Undetermined> ORDER =
      Comparator.comparing(Undetermined::severity)
          .thenComparing(Undetermined::ruleId, RuleIds.ORDER)
          .thenComparing(Undetermined::target)
          .thenComparing(u -> u.reason());

  /**
   * The reason key of a rule that did not run at all because the act, the history or the statuses
   * hold a fact known only in part, and the rule judges complete records only.
   */
  public static final String NOT_RUN = "undetermined.partial";

  Undetermined() {}

  /** The stable id of the rule, such as {@code RCM-MTG-4}. */
  public abstract String ruleId();

  /** The rule's severity: what it would have reported. */
  public abstract Severity severity();

  /** What could not be judged: the meeting, term or party whose fact is unknown, or the act. */
  public abstract Target target();

  /** The key of the reason in the rules' message bundle, such as {@code undetermined.dates}. */
  public abstract String reasonKey();

  /** The reason's arguments, typed. */
  public abstract ImmutableList<Argument> arguments();

  /** Why the rule could not be fully judged, in one line of English. */
  public abstract String reason();

  /**
   * Why the rule could not be fully judged, in one line of a language; English where the library
   * has no messages in it.
   *
   * @param locale the language
   * @return the reason
   */
  public final String reason(Locale locale) {
    return Messages.render(locale, reasonKey(), arguments());
  }

  /** The paragraph(s) of the source text the rule encodes. */
  public abstract String cite();

  static ImmutableUndetermined.Builder builder() {
    return ImmutableUndetermined.builder();
  }

  /** Errors first, then by rule id, target and reason. */
  @Override
  public final int compareTo(Undetermined other) {
    return ORDER.compare(this, other);
  }

  /**
   * The entry in one line of a language: rule id, severity, reason and cite.
   *
   * @param locale the language
   * @return the line
   */
  public final String render(Locale locale) {
    return Messages.render(
        locale,
        "undetermined",
        List.of(
            Argument.id(ruleId()),
            Argument.term(severity()),
            Argument.text(reason(locale)),
            Argument.text(cite())));
  }

  @Override
  public final String toString() {
    return ruleId() + " " + severity() + " undetermined: " + reason() + " [" + cite() + "]";
  }
}
