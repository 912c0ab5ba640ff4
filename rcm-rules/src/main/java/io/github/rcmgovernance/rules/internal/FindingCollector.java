package io.github.rcmgovernance.rules.internal;

import io.github.rcmgovernance.rules.Findings;
import io.github.rcmgovernance.rules.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Collects the findings of one validation; confined to one thread at a time. Catalogue rules add a
 * {@link Finding} with {@link #add}, and the rule id is the rule's name (up to its first space:
 * {@code RCM-DEC-4 meeting} reports under {@code RCM-DEC-4}); custom rules report through {@link
 * Findings}. One finding is kept per rule id and target: when a rule finds the same target twice
 * with different messages, the message first in natural order wins, so the verdict does not depend
 * on the order in which facts were matched.
 */
public final class FindingCollector implements Findings {
  /**
   * One finding under its rule id.
   *
   * @param ruleId the rule id
   * @param finding what was found
   * @param literal the message of a custom rule, as it gave it; null for catalogue rules
   */
  public record Collected(String ruleId, Finding finding, @Nullable String literal) {
    /** The message in English, for ordering and custom messages. */
    String english() {
      return literal != null
          ? literal
          : finding
              .message()
              .map(m -> (finding.isUndetermined() ? m : m.qualified(ruleId)).render(Locale.ENGLISH))
              .orElse("");
    }
  }

  private final Map<String, Collected> byKey = new LinkedHashMap<>();
  private final Set<String> customIds;

  /**
   * A collector for one validation.
   *
   * @param customIds the ids custom rules may report under: the custom rules' own
   */
  public FindingCollector(Set<String> customIds) {
    this.customIds = customIds;
  }

  /**
   * The rule id a rule reports under: its name up to the first space.
   *
   * @param ruleName the rule's name
   * @return the rule id
   */
  public static String ruleId(String ruleName) {
    int space = ruleName.indexOf(' ');
    return space < 0 ? ruleName : ruleName.substring(0, space);
  }

  /**
   * Adds a catalogue rule's finding.
   *
   * @param rule the firing rule's context
   * @param finding what it found
   */
  public void add(RuleContext rule, Finding finding) {
    keep(new Collected(ruleId(rule.getRule().getName()), finding, null));
  }

  @Override
  public void report(String ruleId, Target target, String message) {
    if (ruleId == null || target == null || message == null) {
      throw new IllegalArgumentException(
          "a custom rule reported a finding without "
              + (ruleId == null ? "a rule id" : target == null ? "a target" : "a message")
              + " (rule "
              + ruleId
              + ")");
    }
    if (!customIds.contains(ruleId)) {
      throw new IllegalArgumentException(
          "a custom rule reported under "
              + ruleId
              + ", which is not the id of a custom rule: custom rules report under their own"
              + " @ruleId, never under a catalogue rule's");
    }
    keep(new Collected(ruleId, Finding.at(target), message));
  }

  private void keep(Collected fresh) {
    String key =
        fresh.ruleId()
            + (fresh.finding().isUndetermined() ? "\u0000?" : "\u0000")
            + fresh.finding().target().key();
    Collected old = byKey.get(key);
    if (old == null || fresh.english().compareTo(old.english()) < 0) {
      byKey.put(key, fresh);
    }
  }

  /** The findings so far, in the order first reported. */
  public List<Collected> all() {
    return new ArrayList<>(byKey.values());
  }
}
