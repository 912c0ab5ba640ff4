package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What a verdict was reached from, as digests: a records system keeps the receipt to show later
 * which rules judged which act against which record. Each digest is the SHA-256 of the value's
 * canonical form ({@link io.github.rcmgovernance.model.canonical.CanonicalForm}); the fingerprint
 * is the SHA-256 of the canonical form of all of them and the outcome. Equal inputs give equal
 * receipts on every machine and in every run, whatever the order of the lists that are sets.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReceipt.class)
@JsonPropertyOrder({
  "fingerprint",
  "ruleSetVersion",
  "asOf",
  "charterDigest",
  "historyDigest",
  "actDigest",
  "outcomeDigest"
})
public abstract class Receipt {
  Receipt() {}

  /** The rules that judged: the library version and a digest of the rule set. */
  public abstract String ruleSetVersion();

  /** The day of judgement. */
  public abstract LocalDate asOf();

  /** The digest of the charter. */
  public abstract String charterDigest();

  /** The digest of the history. */
  public abstract String historyDigest();

  /** The digest of the act. */
  public abstract String actDigest();

  /**
   * The digest of the outcome: validity, the violations (rule, severity, target, message key and
   * arguments, cite, custom or not) and the rules evaluated. Messages count as data, not words:
   * rewording a message or reading it in another language changes no receipt.
   */
  public abstract String outcomeDigest();

  /** The fingerprint: SHA-256 of everything above, in lower-case hexadecimal. */
  public abstract String fingerprint();

  static ImmutableReceipt.Builder builder() {
    return ImmutableReceipt.builder();
  }
}
