package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.internal.Canonical;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The judgement of one act: whether it is valid, each violation in a stable order, and which rules
 * were evaluated. An act is valid when no rule reports an {@link Severity#ERROR error}; warnings do
 * not make it invalid.
 *
 * <p>A verdict is also a receipt: {@link #fingerprint()} hashes the charter, the rule set, the
 * history, the act, the day of judgement and the outcome, so that a records system can store it and
 * later show which rules judged what. Equal inputs give the same fingerprint on every machine and
 * in every run, whatever the order of the lists in them.
 *
 * <p>Equality compares the outcome (act id, day, violations, evaluated rules and rule set), not the
 * inputs kept for the receipt.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVerdict.class)
@JsonPropertyOrder({"actId", "asOf", "valid", "violations", "evaluatedRules", "ruleSetVersion"})
public abstract class Verdict {
  Verdict() {}

  /** The id of the act judged. */
  public abstract String actId();

  /** The day statuses and presidency holders were read for. */
  public abstract LocalDate asOf();

  /** Errors and warnings, errors first, then by rule id and target. */
  public abstract ImmutableList<Violation> violations();

  /** The ids of the rules that applied to this kind of act and were evaluated. */
  public abstract ImmutableSortedSet<String> evaluatedRules();

  /**
   * The rules that judged: the library version and a digest of the rule catalogue as this validator
   * has it (ids, severities after overrides, cites, applicability, rules switched off).
   */
  public abstract String ruleSetVersion();

  /** The charter the act was judged by (kept for the receipt). */
  @Value.Auxiliary
  @JsonIgnore
  public abstract Charter charter();

  /** The history the act was judged against (kept for the receipt). */
  @Value.Auxiliary
  @JsonIgnore
  public abstract History history();

  /** The act judged (kept for the receipt). */
  @Value.Auxiliary
  @JsonIgnore
  public abstract Act act();

  /**
   * The receipt: SHA-256, in hexadecimal, of the canonical JSON of the charter, the rule-set
   * version, the history, the act, the day of judgement and the outcome. Computed on first use.
   */
  @Value.Lazy
  @JsonProperty("fingerprint")
  public String fingerprint() {
    RcmJson json = RcmJson.standard();
    ObjectNode receipt = JsonNodeFactory.instance.objectNode();
    receipt.set("charter", json.toTree(charter()));
    receipt.put("ruleSetVersion", ruleSetVersion());
    receipt.set("history", json.toTree(history()));
    receipt.set("act", json.toTree(act()));
    receipt.put("asOf", asOf().toString());
    ObjectNode outcome = receipt.putObject("outcome");
    outcome.put("valid", isValid());
    violations()
        .forEach(
            v ->
                outcome
                    .withArray("violations")
                    .addObject()
                    .put("ruleId", v.ruleId())
                    .put("severity", v.severity().name())
                    .put("target", v.target().key())
                    .put("message", v.message())
                    .put("cite", v.cite()));
    evaluatedRules().forEach(id -> outcome.withArray("evaluatedRules").add(id));
    return Canonical.sha256(receipt);
  }

  /** Whether the act breaks no provision (warnings allowed). */
  @JsonProperty("valid")
  @Value.Derived
  public boolean isValid() {
    return errors().isEmpty();
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

  /** A builder of a verdict. */
  public static ImmutableVerdict.Builder builder() {
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
