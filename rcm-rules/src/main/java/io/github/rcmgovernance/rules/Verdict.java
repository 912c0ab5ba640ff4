package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rcmgovernance.rules.internal.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The judgement of one act: whether it is valid, each violation in a stable order, which rules were
 * evaluated, and the receipt. An act is valid when no rule reports an {@link Severity#ERROR error}
 * and every error rule could be judged; warnings do not make it invalid.
 *
 * <p>Where the act or the history is known only in part (a meeting known by its month, a term by
 * its year), a rule that needs a missing fact does not guess: it is listed in {@link
 * #undetermined()} with the reason. The {@link #outcome()} is then {@link Outcome#UNDETERMINED}
 * unless an error was established anyway: an undetermined error rule is neither a pass nor a
 * violation.
 *
 * <p>The receipt ({@link #receipt()}) holds digests of the charter, the history and the act it was
 * judged against, not the values themselves, and a {@link #fingerprint()} over them and the
 * outcome, so that a records system can store it and later show which rules judged what. A verdict
 * keeps the act it judged until its receipt is first asked for, and nothing else of its inputs.
 *
 * <pre>{@code
 * Verdict verdict = Validator.standard().validate(act, history);
 * if (!verdict.isValid()) {
 *   verdict.errors().forEach(v -> System.out.println(v.ruleId() + ": " + v.message()));
 * }
 * String receipt = verdict.fingerprint();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVerdict.class)
@JsonPropertyOrder({
  "actId",
  "asOf",
  "valid",
  "outcome",
  "violations",
  "undetermined",
  "evaluatedRules",
  "ruleSetVersion",
  "fingerprint",
  "receipt"
})
public abstract class Verdict {
  Verdict() {}

  /** The id of the act judged. */
  public abstract String actId();

  /** The day statuses and presidency holders were read for. */
  public abstract LocalDate asOf();

  /** Errors and warnings, errors first, then by rule id and target. */
  public abstract ImmutableList<Violation> violations();

  /**
   * The rules that could not be fully judged for want of a fact, each with its reason, errors
   * first; empty when the act and the history are complete.
   */
  public abstract ImmutableList<Undetermined> undetermined();

  /**
   * The ids of the rules that apply to this kind of act and were switched on. On a record known
   * only in part, the rules among them that did not run are listed in {@link #undetermined()}.
   */
  public abstract ImmutableSortedSet<String> evaluatedRules();

  /**
   * The rules that judged: the library version and a digest of the rule catalogue as this validator
   * has it (ids, severities after overrides, cites, applicability, rules switched off).
   */
  public abstract String ruleSetVersion();

  /**
   * The receipt: digests of the inputs and the outcome, and the fingerprint over them. Worked out
   * on the first call (hashing costs more than judging, and many callers never ask), and the same
   * whenever it is asked for.
   */
  @JsonProperty("receipt")
  public Receipt receipt() {
    return pendingReceipt().get();
  }

  /** What the receipt is worked out from; compares as the receipt does. */
  @JsonIgnore
  abstract PendingReceipt pendingReceipt();

  /** The receipt's fingerprint: SHA-256, in hexadecimal. */
  @JsonProperty("fingerprint")
  public final String fingerprint() {
    return receipt().fingerprint();
  }

  /**
   * Whether the act breaks no provision (warnings allowed) and no error rule was left undetermined:
   * the outcome is {@link Outcome#VALID}.
   */
  @JsonProperty("valid")
  @Value.Derived
  public boolean isValid() {
    return outcome() == Outcome.VALID;
  }

  /**
   * The outcome: {@link Outcome#INVALID} when a rule reports an error; otherwise {@link
   * Outcome#UNDETERMINED} when an error rule could not be fully judged; otherwise {@link
   * Outcome#VALID}.
   */
  @JsonProperty("outcome")
  @Value.Derived
  public Outcome outcome() {
    return outcomeOf(violations(), undetermined());
  }

  /** The outcome of these violations and undetermined rules: what {@link #outcome()} gives. */
  static Outcome outcomeOf(List<Violation> violations, List<Undetermined> undetermined) {
    if (violations.stream().anyMatch(v -> v.severity() == Severity.ERROR)) {
      return Outcome.INVALID;
    }
    if (undetermined.stream().anyMatch(u -> u.severity() == Severity.ERROR)) {
      return Outcome.UNDETERMINED;
    }
    return Outcome.VALID;
  }

  /** What a verdict says of its act. */
  public enum Outcome {
    /** No error, and every error rule was judged. */
    VALID,
    /** At least one error. */
    INVALID,
    /** No error was established, but an error rule could not be judged for want of a fact. */
    UNDETERMINED
  }

  /** The ids of the rules listed in {@link #undetermined()}, in natural order. */
  @JsonIgnore
  public final ImmutableSortedSet<String> undeterminedRules() {
    return undetermined().stream()
        .map(Undetermined::ruleId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(RuleIds.ORDER));
  }

  /** The violations of severity {@link Severity#ERROR}. */
  @JsonIgnore
  public final ImmutableList<Violation> errors() {
    return violations().stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .collect(ImmutableList.toImmutableList());
  }

  /** The violations of severity {@link Severity#WARNING}. */
  @JsonIgnore
  public final ImmutableList<Violation> warnings() {
    return violations().stream()
        .filter(v -> v.severity() == Severity.WARNING)
        .collect(ImmutableList.toImmutableList());
  }

  /** The distinct rule ids that reported anything, in natural order. */
  @JsonIgnore
  public final ImmutableSortedSet<String> firedRules() {
    return violations().stream()
        .map(Violation::ruleId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(RuleIds.ORDER));
  }

  /**
   * The verdict as text in a language (English where the library has no messages in it): a line for
   * the outcome, then for each violation its line, its remedy and the facts it read.
   *
   * <pre>{@code
   * System.out.println(verdict.render(Locale.forLanguageTag("es")));
   * }</pre>
   *
   * @param locale the language
   * @return the text, lines separated by {@code \n}
   */
  public final String render(Locale locale) {
    StringBuilder out =
        new StringBuilder(
            Messages.render(
                locale,
                "verdict." + outcome().name().toLowerCase(Locale.ROOT),
                List.of(
                    Argument.id(actId()),
                    Argument.number(errors().size()),
                    Argument.number(warnings().size()),
                    Argument.number(undeterminedRules().size()))));
    for (Violation v : violations()) {
      out.append('\n').append(v.render(locale));
      out.append('\n')
          .append(
              Messages.render(
                  locale,
                  v.remedy().mechanical() ? "verdict.fix" : "verdict.advice",
                  List.of(Argument.text(v.remedy().description(locale)))));
      for (Fact f : v.facts()) {
        out.append('\n')
            .append(
                Messages.render(locale, "verdict.fact", List.of(Argument.text(f.render(locale)))));
      }
    }
    for (Undetermined u : undetermined()) {
      out.append('\n').append(u.render(locale));
    }
    return out.toString();
  }

  static ImmutableVerdict.Builder builder() {
    return ImmutableVerdict.builder();
  }

  @Override
  public final String toString() {
    return "Verdict{"
        + actId()
        + ", "
        + (isValid() ? "valid" : "invalid")
        + ", "
        + violations()
        + "}";
  }
}
