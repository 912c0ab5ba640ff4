package io.github.rcmgovernance.rules.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata of the rules in a rule base: which rule id each Drools rule reports under, and the
 * catalogue entry ({@code @severity}, {@code @cite}, {@code @appliesTo} and, for custom rules,
 * {@code @description}) of each id's main rule. The catalogue's own descriptions are in the message
 * bundles, under {@code <rule id>.description}.
 */
public final class RuleMetadata {
  /**
   * The catalogue entry of one rule id.
   *
   * @param id the rule id
   * @param severity ERROR or WARNING
   * @param cite the cited paragraphs
   * @param description the one-line description given as {@code @description}, if any
   * @param appliesTo simple names of the act types
   * @param resource where the rule was read from
   */
  public record Entry(
      String id,
      String severity,
      String cite,
      Optional<String> description,
      ImmutableSortedSet<String> appliesTo,
      String resource) {}

  private final ImmutableMap<String, String> idByRuleName;
  private final ImmutableMap<String, Entry> entries;

  private RuleMetadata(
      ImmutableMap<String, String> idByRuleName, ImmutableMap<String, Entry> entries) {
    this.idByRuleName = idByRuleName;
    this.entries = entries;
  }

  /**
   * Reads the metadata of a rule base.
   *
   * @param kieBase the rule base
   * @return the metadata
   * @throws MetadataException if a rule id has no main rule (the rule named by the id), or its
   *     metadata is missing or malformed
   */
  public static RuleMetadata read(KieBase kieBase) {
    ImmutableMap.Builder<String, String> ids = ImmutableMap.builder();
    ImmutableMap.Builder<String, Entry> entries = ImmutableMap.builder();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Map<String, Object> meta = rule.getMetaData();
        // A rule reports under its @ruleId, or else under its name up to the first space.
        String id = text(meta, "ruleId").orElse(FindingCollector.ruleId(rule.getName()));
        ids.put(rule.getName(), id);
        if (rule.getName().equals(id)) {
          entries.put(id, entry(pkg.getName(), rule, meta, id));
        }
      }
    }
    RuleMetadata metadata = new RuleMetadata(ids.buildOrThrow(), entries.buildOrThrow());
    for (Map.Entry<String, String> e : metadata.idByRuleName.entrySet()) {
      if (!metadata.entries.containsKey(e.getValue())) {
        throw new MetadataException(
            "",
            e.getKey(),
            "reports under " + e.getValue() + ", but no rule is named " + e.getValue());
      }
    }
    return metadata;
  }

  private static Entry entry(String pkg, Rule rule, Map<String, Object> meta, String id) {
    String severity = required(pkg, rule, meta, "severity");
    if (!severity.equals("ERROR") && !severity.equals("WARNING")) {
      throw new MetadataException(
          pkg, rule.getName(), "has @severity '" + severity + "', not ERROR or WARNING");
    }
    ImmutableSortedSet<String> appliesTo =
        ImmutableSortedSet.copyOf(
            Splitter.on(',')
                .trimResults()
                .omitEmptyStrings()
                .split(required(pkg, rule, meta, "appliesTo")));
    return new Entry(
        id, severity, required(pkg, rule, meta, "cite"), text(meta, "description"), appliesTo, pkg);
  }

  private static String required(String pkg, Rule rule, Map<String, Object> meta, String key) {
    return text(meta, key)
        .orElseThrow(
            () -> new MetadataException(pkg, rule.getName(), "has no @" + key + " metadata"));
  }

  private static Optional<String> text(Map<String, Object> meta, String key) {
    Object value = meta.get(key);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString().strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** Rule id by Drools rule name. */
  public ImmutableMap<String, String> idByRuleName() {
    return idByRuleName;
  }

  /** Catalogue entries by rule id. */
  public ImmutableMap<String, Entry> entries() {
    return entries;
  }

  /** A rule whose metadata is missing or malformed. */
  public static final class MetadataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception.
     *
     * @param pkg the rule's package
     * @param rule the rule's name
     * @param problem what is wrong
     */
    public MetadataException(String pkg, String rule, String problem) {
      super("rule '" + rule + "'" + (pkg.isEmpty() ? "" : " in package " + pkg) + " " + problem);
    }
  }
}
