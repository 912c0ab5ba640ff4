package io.github.rcmgovernance.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.canonical.CanonicalForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A verdict's receipt, worked out when it is first asked for. Hashing the act and the outcome costs
 * more than judging the act, and many callers never read the receipt; the result is the same
 * whenever it is computed, since every input is immutable. The digests of the charter and the
 * history are taken at once (each is hashed once per instance and remembered); the act is kept
 * until the receipt is computed, and let go then.
 *
 * <p>Thread-safe: the receipt is computed once, under a lock, and published through a volatile
 * field. Two pending receipts are equal when their receipts are, so a verdict's equality still
 * covers its receipt.
 */
final class PendingReceipt {
  private final String ruleSetVersion;
  private final LocalDate asOf;
  private final String charterDigest;
  private final String historyDigest;
  private final List<Violation> violations;
  private final List<Undetermined> undetermined;
  private final ImmutableSortedSet<String> evaluated;
  private @Nullable Act act;
  private volatile @Nullable Receipt receipt;

  PendingReceipt(
      String ruleSetVersion,
      LocalDate asOf,
      String charterDigest,
      String historyDigest,
      Act act,
      List<Violation> violations,
      List<Undetermined> undetermined,
      ImmutableSortedSet<String> evaluated) {
    this.ruleSetVersion = ruleSetVersion;
    this.asOf = asOf;
    this.charterDigest = charterDigest;
    this.historyDigest = historyDigest;
    this.act = act;
    this.violations = violations;
    this.undetermined = undetermined;
    this.evaluated = evaluated;
  }

  /** The receipt, computed on the first call. */
  Receipt get() {
    Receipt r = receipt;
    if (r == null) {
      synchronized (this) {
        r = receipt;
        if (r == null) {
          r = compute(act);
          receipt = r;
          act = null;
        }
      }
    }
    return r;
  }

  private Receipt compute(@Nullable Act judged) {
    if (judged == null) {
      throw new IllegalStateException("the receipt's act is gone before its receipt was made");
    }
    List<Map<String, Object>> outcome = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      outcome.add(
          // The message as data, not its words: rewording a message, or reading it in another
          // language, leaves the receipt as it was.
          ImmutableMap.of(
              "ruleId", v.ruleId(),
              "severity", v.severity(),
              "target", v.target().key(),
              "messageKey", v.messageKey(),
              "arguments", v.arguments(),
              "cite", v.cite(),
              "custom", v.custom()));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    // On a complete record: valid when no error was found, as it always was.
    result.put("valid", Verdict.outcomeOf(violations, undetermined) == Verdict.Outcome.VALID);
    result.put("violations", outcome);
    result.put("evaluatedRules", ImmutableList.copyOf(evaluated));
    if (!undetermined.isEmpty()) {
      // Only a record known in part has any: a complete record's receipt is what it always was.
      List<Map<String, Object>> unresult = new ArrayList<>(undetermined.size());
      for (Undetermined u : undetermined) {
        unresult.add(
            ImmutableMap.of(
                "ruleId", u.ruleId(),
                "severity", u.severity(),
                "target", u.target().key(),
                "reasonKey", u.reasonKey(),
                "arguments", u.arguments(),
                "cite", u.cite()));
      }
      result.put("undetermined", unresult);
    }
    String outcomeDigest = CanonicalForm.sha256(result);
    String actDigest = CanonicalForm.sha256(judged);
    String fingerprint =
        CanonicalForm.sha256(
            ImmutableMap.of(
                "ruleSetVersion", ruleSetVersion,
                "asOf", asOf,
                "charter", charterDigest,
                "history", historyDigest,
                "act", actDigest,
                "outcome", outcomeDigest));
    return Receipt.builder()
        .ruleSetVersion(ruleSetVersion)
        .asOf(asOf)
        .charterDigest(charterDigest)
        .historyDigest(historyDigest)
        .actDigest(actDigest)
        .outcomeDigest(outcomeDigest)
        .fingerprint(fingerprint)
        .build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PendingReceipt p && get().equals(p.get());
  }

  @Override
  public int hashCode() {
    return get().hashCode();
  }

  @Override
  public String toString() {
    return get().toString();
  }
}
