package io.github.rcmgovernance.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.canonical.CanonicalForm;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.rules.internal.Digests;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.FindingCollector;
import io.github.rcmgovernance.rules.internal.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns what the rules found into a verdict: violations with their remedies, and the receipt. */
final class Verdicts {
  private Verdicts() {}

  static Verdict of(
      RuleCatalogue catalogue,
      Charter charter,
      History history,
      Act act,
      LocalDate asOf,
      List<FindingCollector.Collected> found) {
    List<Violation> violations = new ArrayList<>(found.size());
    for (FindingCollector.Collected c : found) {
      try {
        violations.add(violation(catalogue.rule(c.ruleId()), act, c));
      } catch (RuntimeException e) {
        throw new ValidationException(
            act.id(),
            c.ruleId(),
            "the violation of rule "
                + c.ruleId()
                + " on act "
                + act.id()
                + " cannot be built ("
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()
                + ")",
            e);
      }
    }
    violations.sort(null);
    ImmutableSortedSet<String> evaluated = catalogue.evaluatedFor(ActTypes.of(act));
    return Verdict.builder()
        .actId(act.id())
        .asOf(asOf)
        .violations(violations)
        .evaluatedRules(evaluated)
        .ruleSetVersion(catalogue.ruleSetVersion())
        .receipt(receipt(catalogue, charter, history, act, asOf, violations, evaluated))
        .build();
  }

  private static Violation violation(RuleInfo rule, Act act, FindingCollector.Collected c) {
    Finding f = c.finding();
    ImmutableViolation.Builder v =
        Violation.builder()
            .ruleId(rule.id())
            .severity(rule.severity())
            .target(f.target())
            .cite(rule.cite())
            .custom(rule.custom())
            .facts(f.facts());
    if (c.literal() != null) {
      return v.messageKey("custom")
          .addArguments(Argument.text(c.literal()))
          .message(c.literal())
          .remedy(Remedy.advice(Text.of("custom.remedy", Argument.id(rule.id()))))
          .build();
    }
    Text message =
        f.message()
            .orElseThrow(() -> new IllegalStateException("rule " + rule.id() + " gave no message"))
            .qualified(rule.id());
    Text remedy = f.remedy().map(r -> r.qualified(rule.id())).orElse(Text.of("remedy.none"));
    return v.messageKey(message.key())
        .arguments(message.arguments())
        .message(message.render(Locale.ENGLISH))
        .remedy(
            f.fixed().isPresent()
                ? Remedy.fix(remedy, act, f.fixed().get())
                : Remedy.advice(remedy))
        .build();
  }

  private static Receipt receipt(
      RuleCatalogue catalogue,
      Charter charter,
      History history,
      Act act,
      LocalDate asOf,
      List<Violation> violations,
      ImmutableSortedSet<String> evaluated) {
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
    String outcomeDigest =
        CanonicalForm.sha256(
            ImmutableMap.of(
                "valid", violations.stream().noneMatch(v -> v.severity() == Severity.ERROR),
                "violations", outcome,
                "evaluatedRules", ImmutableList.copyOf(evaluated)));
    ImmutableReceipt.Builder receipt =
        Receipt.builder()
            .ruleSetVersion(catalogue.ruleSetVersion())
            .asOf(asOf)
            .charterDigest(Digests.ofShared(charter))
            .historyDigest(Digests.ofShared(history))
            .actDigest(CanonicalForm.sha256(act))
            .outcomeDigest(outcomeDigest);
    ImmutableReceipt partial = receipt.fingerprint("").build();
    String fingerprint =
        CanonicalForm.sha256(
            ImmutableMap.of(
                "ruleSetVersion", partial.ruleSetVersion(),
                "asOf", partial.asOf(),
                "charter", partial.charterDigest(),
                "history", partial.historyDigest(),
                "act", partial.actDigest(),
                "outcome", partial.outcomeDigest()));
    return partial.withFingerprint(fingerprint);
  }
}
