package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.io.Resources;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.internal.Canonical;
import io.github.rcmgovernance.rules.internal.Explanations;
import io.github.rcmgovernance.rules.internal.FindingCollector;
import io.github.rcmgovernance.rules.internal.Remedies;
import io.github.rcmgovernance.rules.internal.RuleBases;
import io.github.rcmgovernance.rules.internal.RuleMetadata;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Judges proposed acts against the governance rules of the Conference.
 *
 * <p>Build a validator once and reuse it: {@link #standard()} for the built-in charter and rules,
 * or {@link #builder()} to choose a charter, add rules, change severities or switch rules off.
 * Building loads the rule catalogue (generated at build time, so nothing is compiled at run time
 * unless custom rules are added) and is the expensive step; validating is cheap.
 *
 * <p><b>Thread safety:</b> a validator is immutable and may be shared by any number of threads;
 * each call to {@code validate} runs in its own rule session.
 *
 * <p>The same input always gives the same verdict, with violations in a stable order.
 *
 * @since 0.1.0
 */
public final class Validator {
  private static final String FINDINGS = "findings";

  /** The version of this library, as the build wrote it. */
  private static final String LIBRARY_VERSION = readLibraryVersion();

  /** Sessions kept ready per rule base; the pool grows beyond this under load. */
  private static final int SESSIONS_PER_POOL = 4;

  private final Charter charter;
  private final ImmutableList<KieSessionsPool> sessionPools;
  private final ImmutableMap<String, String> idByRuleName;
  private final ImmutableMap<String, RuleInfo> rules;
  private final ImmutableSet<String> disabled;
  private final AgendaFilter filter;
  private final String ruleSetVersion;
  private final Map<String, ImmutableSortedSet<String>> evaluatedByActType =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Validator(Builder builder) {
    this.charter = builder.charter;
    List<KieBase> bases = new ArrayList<>();
    bases.add(RuleBases.catalogue());
    Map<String, String> ids = new HashMap<>();
    Map<String, RuleInfo> infos = new LinkedHashMap<>();
    collect(RuleMetadata.read(bases.get(0)), false, charter, ids, infos);
    if (!builder.customSources.isEmpty()) {
      KieBase custom = RuleBases.compile(builder.customSources);
      RuleMetadata customMeta;
      try {
        customMeta = RuleMetadata.read(custom);
      } catch (RuleMetadata.MetadataException e) {
        throw new RuleCompilationException(
            ImmutableList.of(
                new RuleCompilationException.Problem("(custom rules)", 0, e.getMessage())));
      }
      for (String id : customMeta.entries().keySet()) {
        if (infos.containsKey(id)) {
          throw new RuleCompilationException(
              ImmutableList.of(
                  new RuleCompilationException.Problem(
                      "(custom rules)", 0, "rule id " + id + " is already defined")));
        }
      }
      collect(customMeta, true, charter, ids, infos);
      bases.add(custom);
    }
    for (String id : builder.severities.keySet()) {
      checkArgument(infos.containsKey(id), "severity override names unknown rule id %s", id);
      infos.put(
          id, ImmutableRuleInfo.copyOf(infos.get(id)).withSeverity(builder.severities.get(id)));
    }
    for (String id : builder.disabled) {
      checkArgument(infos.containsKey(id), "disable names unknown rule id %s", id);
    }
    this.sessionPools =
        bases.stream()
            .map(kieBase -> kieBase.newKieSessionsPool(SESSIONS_PER_POOL))
            .collect(ImmutableList.toImmutableList());
    this.idByRuleName = ImmutableMap.copyOf(ids);
    this.rules =
        infos.values().stream()
            .sorted(Comparator.comparing(RuleInfo::id, RuleIds.ORDER))
            .collect(ImmutableMap.toImmutableMap(RuleInfo::id, r -> r));
    this.disabled = ImmutableSet.copyOf(builder.disabled);
    ImmutableSet<String> disabledIds = this.disabled;
    ImmutableMap<String, String> names = this.idByRuleName;
    this.filter = match -> !disabledIds.contains(names.get(match.getRule().getName()));
    this.ruleSetVersion = ruleSetVersion(rules.values(), disabled);
  }

  private static String ruleSetVersion(Iterable<RuleInfo> rules, Set<String> disabled) {
    StringBuilder catalogue = new StringBuilder();
    for (RuleInfo r : rules) {
      catalogue
          .append(r.id())
          .append('|')
          .append(r.severity())
          .append('|')
          .append(r.cite())
          .append('|')
          .append(String.join(",", r.appliesTo()))
          .append('|')
          .append(r.custom() ? "custom" : "catalogue")
          .append('|')
          .append(disabled.contains(r.id()) ? "off" : "on")
          .append('\n');
    }
    String digest =
        Canonical.sha256(
            com.fasterxml.jackson.databind.node.TextNode.valueOf(catalogue.toString()));
    return "rcm-rules " + LIBRARY_VERSION + " rules:" + digest.substring(0, 16);
  }

  private static String readLibraryVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (var in = Validator.class.getResourceAsStream("rcm-rules.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("rcm-rules.properties cannot be read", e);
    }
    return properties.getProperty("version", "unknown");
  }

  /**
   * The rules that judge in this validator: the library version and a digest of its rule catalogue
   * (after overrides and switches). Every verdict carries it.
   */
  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  /** Fills a rule description's charter placeholders, such as {@code {preparatoryLeadDays}}. */
  private static String describe(String description, Charter charter) {
    return description.replace(
        "{preparatoryLeadDays}", Integer.toString(charter.preparatoryLeadDays()));
  }

  private static void collect(
      RuleMetadata meta,
      boolean custom,
      Charter charter,
      Map<String, String> ids,
      Map<String, RuleInfo> infos) {
    ids.putAll(meta.idByRuleName());
    for (RuleMetadata.Entry e : meta.entries().values()) {
      infos.put(
          e.id(),
          RuleInfo.builder()
              .id(e.id())
              .severity(Severity.valueOf(e.severity()))
              .cite(e.cite())
              .description(describe(e.description(), charter))
              .appliesTo(e.appliesTo())
              .custom(custom)
              .build());
    }
  }

  /** The validator with the built-in charter and rules, built on first use. */
  public static Validator standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Validator INSTANCE = builder().build();
  }

  /** A builder starting from the built-in charter and rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** The charter this validator judges by. */
  public Charter charter() {
    return charter;
  }

  /**
   * The rules this validator knows, in rule-id order, with severities after overrides; switched-off
   * rules included (see {@link #disabledRules()}).
   */
  public ImmutableList<RuleInfo> rules() {
    return rules.values().asList();
  }

  /** The ids of the rules switched off. */
  public ImmutableSet<String> disabledRules() {
    return disabled;
  }

  /**
   * Judges an act as of its own date.
   *
   * @param act the proposed act
   * @param history the trusted record the rules read
   * @return the verdict
   * @throws NullPointerException if an argument is null
   */
  public Verdict validate(Act act, History history) {
    checkNotNull(act, "act");
    return validate(act, history, act.date());
  }

  /**
   * Judges an act as of a given day: statuses and presidency holders are read for that day.
   *
   * @param act the proposed act
   * @param history the trusted record the rules read
   * @param asOf the day of judgement
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if a rule fails while judging (a defect in a rule, not in the
   *     input)
   */
  public Verdict validate(Act act, History history, LocalDate asOf) {
    checkNotNull(act, "act");
    checkNotNull(history, "history");
    checkNotNull(asOf, "asOf");
    Situation situation = new Situation(charter, history, asOf);
    FindingCollector findings = new FindingCollector();
    for (KieSessionsPool pool : sessionPools) {
      KieSession session = pool.newKieSession();
      try {
        session.setGlobal(FINDINGS, findings);
        session.insert(situation);
        session.insert(act);
        session.fireAllRules(filter);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "a rule failed while judging act " + act.id() + ": " + e.getMessage(), e);
      } finally {
        session.dispose();
      }
    }
    return verdict(act, history, asOf, situation, findings);
  }

  private Verdict verdict(
      Act act, History history, LocalDate asOf, Situation situation, FindingCollector findings) {
    String type = actType(act);
    List<Violation> violations = new ArrayList<>();
    List<FindingCollector.Finding> all = findings.all();
    JsonNode tree = all.isEmpty() ? null : RcmJson.standard().toTree(act);
    for (FindingCollector.Finding f : all) {
      RuleInfo rule = rules.get(f.ruleId());
      if (rule == null) {
        throw new IllegalStateException(
            "a rule reported under unknown rule id " + f.ruleId() + " for act " + act.id());
      }
      violations.add(
          Violation.builder()
              .ruleId(f.ruleId())
              .severity(rule.severity())
              .message(f.message())
              .target(f.target())
              .cite(rule.cite())
              .remedy(
                  rule.custom()
                      ? Remedy.advice("see custom rule " + f.ruleId())
                      : Remedies.of(f.ruleId(), f.target(), act, situation))
              .facts(Explanations.facts(f.ruleId(), f.target(), act, tree, history))
              .build());
    }
    violations.sort(Comparator.naturalOrder());
    ImmutableSortedSet<String> evaluated =
        evaluatedByActType.computeIfAbsent(type, this::evaluatedRulesFor);
    return Verdict.builder()
        .actId(act.id())
        .asOf(asOf)
        .violations(violations)
        .evaluatedRules(evaluated)
        .ruleSetVersion(ruleSetVersion)
        .charter(charter)
        .history(history)
        .act(act)
        .build();
  }

  private ImmutableSortedSet<String> evaluatedRulesFor(String actType) {
    Set<String> evaluated = new HashSet<>();
    for (RuleInfo rule : rules.values()) {
      if (rule.appliesTo().contains(actType) && !disabled.contains(rule.id())) {
        evaluated.add(rule.id());
      }
    }
    return ImmutableSortedSet.copyOf(RuleIds.ORDER, evaluated);
  }

  /**
   * The simple name of an act's type as rules name it in {@code @appliesTo}, such as {@code
   * Decision}.
   *
   * @param act the act
   * @return the name
   */
  public static String actType(Act act) {
    return ACT_TYPES.get(act.getClass());
  }

  /** The act type of each implementation class, worked out once per class. */
  private static final ClassValue<String> ACT_TYPES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> implementation) {
          for (Class<?> type = implementation; type != null; type = type.getSuperclass()) {
            for (Class<?> face : type.getInterfaces()) {
              if (face == Act.class) {
                return type.getSimpleName();
              }
            }
          }
          return implementation.getSimpleName();
        }
      };

  /**
   * Builds a {@link Validator}. Not thread-safe; build once and share the validator.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Charter charter = Charter.rcm();
    private final Map<String, String> customSources = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new HashSet<>();

    private Builder() {}

    /**
     * The charter to judge by; the built-in {@link Charter#rcm()} by default.
     *
     * @param charter the charter
     * @return this builder
     */
    public Builder charter(Charter charter) {
      this.charter = checkNotNull(charter, "charter");
      return this;
    }

    /**
     * Adds custom rules from DRL text. They see the same facts as the catalogue ({@link
     * Situation} and the act) and report through the global {@code findings} ({@link Findings}).
     * Each rule declares {@code @ruleId}; the rule named by its id also declares {@code
     * @severity}, {@code @cite}, {@code @appliesTo} and {@code @description}.
     *
     * @param name a name for the source, used in error messages
     * @param drl the DRL text
     * @return this builder
     */
    public Builder addRules(String name, String drl) {
      checkNotNull(name, "name");
      checkNotNull(drl, "drl");
      checkArgument(!customSources.containsKey(name), "rules named %s were already added", name);
      customSources.put(name, drl);
      return this;
    }

    /**
     * Adds custom rules from a DRL resource on the class path.
     *
     * @param resource the resource path, such as {@code "com/example/extra.drl"}
     * @return this builder
     * @throws IllegalArgumentException if the resource cannot be read
     */
    public Builder addRulesFromClasspath(String resource) {
      checkNotNull(resource, "resource");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      URL url = loader == null ? null : loader.getResource(resource);
      if (url == null) {
        url = Validator.class.getClassLoader().getResource(resource);
      }
      checkArgument(url != null, "no rule resource %s on the class path", resource);
      try {
        return addRules(resource, Resources.toString(url, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "rule resource " + resource + " cannot be read: " + e, e);
      }
    }

    /**
     * Changes the severity of a rule.
     *
     * @param ruleId the rule id
     * @param severity the new severity
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(checkNotNull(ruleId, "ruleId"), checkNotNull(severity, "severity"));
      return this;
    }

    /**
     * Switches a rule off: it is neither evaluated nor reported.
     *
     * @param ruleId the rule id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      disabled.add(checkNotNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws RuleCompilationException if custom rules do not compile or lack metadata
     * @throws IllegalArgumentException if an override or switch names an unknown rule id
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}
