package io.github.rcmgovernance.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rcmgovernance.model.act.Act;
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
import java.util.Set;

/**
 * Turns what the rules found into a verdict: violations with their remedies, and what the receipt
 * is worked out from.
 */
final class Verdicts {
  private Verdicts() {}

  static Verdict of(
      RuleCatalogue catalogue,
      Charter charter,
      History history,
      Act act,
      LocalDate asOf,
      List<FindingCollector.Collected> found,
      Set<String> notRun,
      List<String> partialFacts) {
    List<Violation> violations = new ArrayList<>(found.size());
    List<Undetermined> undetermined = new ArrayList<>();
    if (!notRun.isEmpty()) {
      Text reason = Text.of(Undetermined.NOT_RUN, Argument.text(String.join(", ", partialFacts)));
      for (String id : notRun) {
        undetermined.add(undetermined(catalogue.rule(id), Target.document(act.id()), reason));
      }
    }
    for (FindingCollector.Collected c : found) {
      try {
        if (c.finding().isUndetermined()) {
          RuleInfo rule = catalogue.rule(c.ruleId());
          Text reason =
              c.finding()
                  .message()
                  .orElseThrow(
                      () -> new IllegalStateException("rule " + rule.id() + " gave no reason"));
          undetermined.add(undetermined(rule, c.finding().target(), reason));
          continue;
        }
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
    undetermined.sort(null);
    ImmutableList<Violation> sorted = ImmutableList.copyOf(violations);
    ImmutableList<Undetermined> unjudged = ImmutableList.copyOf(undetermined);
    ImmutableSortedSet<String> evaluated = catalogue.evaluatedFor(ActTypes.of(act));
    return Verdict.builder()
        .actId(act.id())
        .asOf(asOf)
        .violations(sorted)
        .undetermined(unjudged)
        .evaluatedRules(evaluated)
        .ruleSetVersion(catalogue.ruleSetVersion())
        .pendingReceipt(
            new PendingReceipt(
                catalogue.ruleSetVersion(),
                asOf,
                Digests.ofShared(charter),
                Digests.ofShared(history),
                act,
                sorted,
                unjudged,
                evaluated))
        .build();
  }

  /** A rule that could not judge a target, for a reason of the shared bundle. */
  private static Undetermined undetermined(RuleInfo rule, Target target, Text reason) {
    return Undetermined.builder()
        .ruleId(rule.id())
        .severity(rule.severity())
        .target(target)
        .reasonKey(reason.key())
        .arguments(reason.arguments())
        .reason(reason.render(Locale.ENGLISH))
        .cite(rule.cite())
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
        .remedy(
            f.fixed().isPresent()
                ? Remedy.fix(remedy, act, f.fixed().get())
                : Remedy.advice(remedy))
        .build();
  }
}
