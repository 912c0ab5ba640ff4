package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.rules.internal.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One provision an act breaks: the rule id, its severity, the target at fault, a one-line message
 * naming it, the paragraph of the source text the rule encodes, the remedy and the facts the rule
 * read.
 *
 * <p>The message is data: {@link #messageKey()} and typed {@link #arguments()}, rendered in a
 * language by {@link #message(Locale)}; {@link #message()} is the English text.
 *
 * <pre>{@code
 * for (Violation v : verdict.violations()) {
 *   System.out.println(v.ruleId() + " " + v.target().key() + ": " + v.message());
 *   v.facts().forEach(f -> System.out.println("  at: " + f));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
@JsonPropertyOrder({
  "ruleId",
  "severity",
  "target",
  "messageKey",
  "arguments",
  "message",
  "cite",
  "custom",
  "remedy",
  "facts"
})
public abstract class Violation implements Comparable<Violation> {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::severity)
          .thenComparing(Violation::ruleId, RuleIds.ORDER)
          .thenComparing(Violation::target)
          .thenComparing(v -> v.message());

  Violation() {}

  /** The stable id of the rule, such as {@code RCM-DEC-1}. */
  public abstract String ruleId();

  /** Error or warning. */
  public abstract Severity severity();

  /** What is at fault: a party, a body, a meeting, a document or a fact the act leaves out. */
  public abstract Target target();

  /**
   * The key of the message in the rules' message bundle, such as {@code RCM-DEC-1.observer}; {@code
   * custom} for a custom rule's message, whose only argument is its text.
   */
  public abstract String messageKey();

  /** The message's arguments: what it names, typed. */
  public abstract ImmutableList<Argument> arguments();

  /**
   * What is wrong, in one line of English: {@link #message(Locale)} in English, rendered when it is
   * first asked for and then kept.
   *
   * @return the message
   */
  @Value.Lazy
  @JsonProperty("message")
  public String message() {
    if (messageKey().equals("custom")
        && arguments().size() == 1
        && arguments().get(0) instanceof Argument.OfText text) {
      // A custom rule's message is its text, given as the only argument.
      return text.text();
    }
    return Messages.render(Locale.ENGLISH, messageKey(), arguments());
  }

  /**
   * What is wrong, in one line of a language; English where the library has no messages in it.
   *
   * @param locale the language
   * @return the message
   */
  public final String message(Locale locale) {
    return custom() ? message() : Messages.render(locale, messageKey(), arguments());
  }

  /** The paragraph(s) of the source text the rule encodes, such as {@code GI-2, GI-3}. */
  public abstract String cite();

  /** Whether a custom rule, not the catalogue, reported the violation. */
  @Value.Default
  public boolean custom() {
    return false;
  }

  /** What to change in the act for this violation to go away. */
  public abstract Remedy remedy();

  /** The facts the rule read: places in the act, and history entries. */
  public abstract ImmutableList<Fact> facts();

  static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }

  /** Errors first, then by rule id, target and message. */
  @Override
  public final int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  /**
   * The violation in one line of a language: rule id, severity, message and cite.
   *
   * @param locale the language
   * @return the line, such as {@code RCM-DEC-1 error: … [GI-2, GI-3]}
   */
  public final String render(Locale locale) {
    return Messages.render(
        locale,
        "violation",
        List.of(
            Argument.id(ruleId()),
            Argument.term(severity()),
            Argument.text(message(locale)),
            Argument.text(cite())));
  }

  @Override
  public final String toString() {
    return ruleId() + " " + severity() + ": " + message() + " [" + cite() + "]";
  }
}
