package io.github.rcmgovernance.rules.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.model.Model;
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
   * @param judgesPartialFacts whether the rule declares {@code @partialFacts}: it judges records
   *     known only in part itself, reporting what it cannot judge as undetermined
   */
  public record Entry(
      String id,
      String severity,
      String cite,
      Optional<String> description,
      ImmutableSortedSet<String> appliesTo,
      String resource,
      boolean judgesPartialFacts) {}

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
    List<Described> rules = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        rules.add(new Described(pkg.getName(), rule.getName(), rule.getMetaData()));
      }
    }
    return described(rules);
  }

  /**
   * Reads the metadata of the rules of executable models, without building a rule base from them.
   *
   * @param models the models
   * @return the metadata
   * @throws MetadataException as {@link #read(KieBase)}
   */
  public static RuleMetadata read(List<Model> models) {
    List<Described> rules = new ArrayList<>();
    for (Model model : models) {
      for (org.drools.model.Rule rule : model.getRules()) {
        rules.add(new Described(rule.getPackage(), rule.getName(), rule.getMetaData()));
      }
    }
    return described(rules);
  }

  /** A rule as its metadata sees it. */
  private record Described(String pkg, String name, Map<String, Object> meta) {}

  private static RuleMetadata described(List<Described> rules) {
    ImmutableMap.Builder<String, String> ids = ImmutableMap.builder();
    ImmutableMap.Builder<String, Entry> entries = ImmutableMap.builder();
    for (Described rule : rules) {
      // A rule reports under its @ruleId, or else under its name up to the first space.
      String id = text(rule.meta(), "ruleId").orElse(FindingCollector.ruleId(rule.name()));
      ids.put(rule.name(), id);
      if (rule.name().equals(id)) {
        entries.put(id, entry(rule, id));
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

  private static Entry entry(Described rule, String id) {
    String severity = required(rule, "severity");
    if (!severity.equals("ERROR") && !severity.equals("WARNING")) {
      throw new MetadataException(
          rule.pkg(), rule.name(), "has @severity '" + severity + "', not ERROR or WARNING");
    }
    ImmutableSortedSet<String> appliesTo =
        ImmutableSortedSet.copyOf(
            Splitter.on(',').trimResults().omitEmptyStrings().split(required(rule, "appliesTo")));
    return new Entry(
        id,
        severity,
        required(rule, "cite"),
        text(rule.meta(), "description"),
        appliesTo,
        rule.pkg(),
        rule.meta().containsKey("partialFacts"));
  }

  private static String required(Described rule, String key) {
    return text(rule.meta(), key)
        .orElseThrow(
            () -> new MetadataException(rule.pkg(), rule.name(), "has no @" + key + " metadata"));
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
