package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rcmgovernance.model.canonical.CanonicalForm;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.rules.internal.Messages;
import io.github.rcmgovernance.rules.internal.RuleBases;
import io.github.rcmgovernance.rules.internal.RuleMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The rules a validator judges with: the catalogue's rule base and any custom one, the metadata of
 * every rule id (after severity overrides), the rules switched off, and the rule-set digest. Built
 * once per validator; immutable and shared by all its threads.
 */
final class RuleCatalogue {
  /** The version of this library, as the build wrote it. */
  private static final String LIBRARY_VERSION = readLibraryVersion();

  /** The pool over the catalogue's rules when a test gives its own build of them; else null. */
  private final @Nullable KieSessionsPool wholeCatalogue;

  /** The pool over the custom rules, or null when there are none. */
  private final @Nullable KieSessionsPool customRules;

  private final Map<String, ImmutableList<KieSessionsPool>> sessionPools =
      new ConcurrentHashMap<>();
  private final ImmutableMap<String, RuleInfo> rules;
  private final ImmutableSet<String> disabled;
  private final ImmutableSet<String> customIds;
  private final AgendaFilter filter;
  private final Map<String, ImmutableSortedSet<String>> completeOnlyByActType =
      new ConcurrentHashMap<>();
  private final Map<String, ImmutableList<KieSessionsPool>> partialPools =
      new ConcurrentHashMap<>();
  private final String ruleSetVersion;
  private final Map<String, ImmutableSortedSet<String>> evaluatedByActType =
      new ConcurrentHashMap<>();

  /**
   * Reads the rules a validator judges with.
   *
   * @param catalogueBase another build of the catalogue's rules to judge with, in one rule base;
   *     null for the catalogue compiled with the library, whose rules judge each act type in a rule
   *     base of their own
   */
  RuleCatalogue(
      @Nullable KieBase catalogueBase,
      Charter charter,
      Map<String, String> customSources,
      Map<String, Severity> severities,
      Set<String> disabledIds) {
    Map<String, String> ids = new java.util.HashMap<>();
    Map<String, RuleInfo> infos = new LinkedHashMap<>();
    collect(
        catalogueBase == null ? RuleBases.catalogueMetadata() : RuleMetadata.read(catalogueBase),
        false,
        charter,
        ids,
        infos);
    this.wholeCatalogue = catalogueBase == null ? null : RuleBases.sessions(catalogueBase);
    KieSessionsPool customPool = null;
    if (!customSources.isEmpty()) {
      KieBase custom = RuleBases.compile(customSources);
      RuleMetadata customMeta;
      try {
        customMeta = RuleMetadata.read(custom);
      } catch (RuleMetadata.MetadataException e) {
        throw problem(e.getMessage());
      }
      for (String id : customMeta.entries().keySet()) {
        if (infos.containsKey(id)) {
          throw problem("rule id " + id + " is already defined");
        }
      }
      collect(customMeta, true, charter, ids, infos);
      // The custom rules belong to this validator alone: their pool and sessions are collected
      // with it.
      customPool = RuleBases.sessions(custom);
    }
    this.customRules = customPool;
    for (Map.Entry<String, Severity> e : severities.entrySet()) {
      checkArgument(
          infos.containsKey(e.getKey()), "severity override names unknown rule id %s", e.getKey());
      infos.put(
          e.getKey(), ImmutableRuleInfo.copyOf(infos.get(e.getKey())).withSeverity(e.getValue()));
    }
    for (String id : disabledIds) {
      checkArgument(infos.containsKey(id), "disable names unknown rule id %s", id);
    }
    this.rules =
        infos.values().stream()
            .sorted(Comparator.comparing(RuleInfo::id, RuleIds.ORDER))
            .collect(ImmutableMap.toImmutableMap(RuleInfo::id, r -> r));
    this.disabled = ImmutableSet.copyOf(disabledIds);
    this.customIds =
        rules.values().stream()
            .filter(RuleInfo::custom)
            .map(RuleInfo::id)
            .collect(ImmutableSet.toImmutableSet());
    ImmutableMap<String, String> idByRuleName = ImmutableMap.copyOf(ids);
    ImmutableSet<String> off = this.disabled;
    this.filter = match -> !off.contains(idByRuleName.get(match.getRule().getName()));
    this.ruleSetVersion = ruleSetVersion(rules.values(), disabled);
  }

  private static RuleCompilationException problem(String text) {
    return new RuleCompilationException(
        ImmutableList.of(new RuleCompilationException.Problem("(custom rules)", 0, text)));
  }

  private static void collect(
      RuleMetadata meta,
      boolean custom,
      Charter charter,
      Map<String, String> ids,
      Map<String, RuleInfo> infos) {
    ids.putAll(meta.idByRuleName());
    for (RuleMetadata.Entry e : meta.entries().values()) {
      ImmutableRuleInfo.Builder info =
          RuleInfo.builder()
              .id(e.id())
              .severity(Severity.valueOf(e.severity()))
              .cite(e.cite())
              .appliesTo(e.appliesTo())
              .custom(custom)
              // A custom rule cannot report what it could not judge: it never runs on a partial
              // record.
              .judgesPartialFacts(e.judgesPartialFacts() && !custom);
      if (custom) {
        info.description(
            e.description()
                .orElseThrow(
                    () -> problem("custom rule " + e.id() + " has no @description metadata")));
      } else {
        // The catalogue's descriptions are in the bundles; the lead time is the charter's.
        String key = e.id() + ".description";
        List<Argument> arguments = List.of(Argument.number(charter.preparatoryLeadDays()));
        info.descriptionKey(key)
            .descriptionArguments(arguments)
            .description(Messages.render(Locale.ENGLISH, key, arguments));
      }
      infos.put(e.id(), info.build());
    }
  }

  private static String ruleSetVersion(Iterable<RuleInfo> rules, Set<String> disabled) {
    List<Map<String, Object>> catalogue = new ArrayList<>();
    for (RuleInfo r : rules) {
      catalogue.add(
          ImmutableMap.of(
              "id", r.id(),
              "severity", r.severity(),
              "cite", r.cite(),
              "appliesTo", r.appliesTo(),
              "custom", r.custom(),
              "on", !disabled.contains(r.id()),
              "partialFacts", r.judgesPartialFacts()));
    }
    return "rcm-rules "
        + LIBRARY_VERSION
        + " rules:"
        + CanonicalForm.sha256(catalogue).substring(0, 16);
  }

  private static String readLibraryVersion() {
    Properties properties = new Properties();
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
   * The pools of sessions that judge an act of a type, in the order they judge: the catalogue's
   * rules that apply to the type, then the custom rules (all of them: a custom rule's
   * {@code @appliesTo} is what its author declared, not a promise the library relies on).
   */
  ImmutableList<KieSessionsPool> sessionPools(String actType) {
    ImmutableList<KieSessionsPool> pools = sessionPools.get(actType);
    if (pools == null) {
      // Built outside the map's lock: the first act of a type may load its rule base.
      ImmutableList<KieSessionsPool> built = poolsFor(actType);
      pools = sessionPools.putIfAbsent(actType, built);
      if (pools == null) {
        pools = built;
      }
    }
    return pools;
  }

  /**
   * The pools that judge an act of a type when it or its history holds a fact known only in part:
   * the catalogue's rules that judge such facts. Custom rules, and another build of the catalogue
   * in one rule base, judge nothing then.
   */
  ImmutableList<KieSessionsPool> partialSessionPools(String actType) {
    ImmutableList<KieSessionsPool> pools = partialPools.get(actType);
    if (pools == null) {
      // Built outside the map's lock: the first partial record of a type may load its rule base.
      ImmutableList<KieSessionsPool> built =
          wholeCatalogue == null
              ? ImmutableList.of(RuleBases.cataloguePartialSessions(actType))
              : ImmutableList.of();
      pools = partialPools.putIfAbsent(actType, built);
      if (pools == null) {
        pools = built;
      }
    }
    return pools;
  }

  private ImmutableList<KieSessionsPool> poolsFor(String actType) {
    ImmutableList.Builder<KieSessionsPool> pools = ImmutableList.builder();
    pools.add(wholeCatalogue != null ? wholeCatalogue : RuleBases.catalogueSessions(actType));
    if (customRules != null) {
      pools.add(customRules);
    }
    return pools.build();
  }

  AgendaFilter filter() {
    return filter;
  }

  /**
   * The ids of the rules switched on for an act type that do not run when the act or its history
   * holds a fact known only in part ({@link #partialSessionPools}).
   */
  ImmutableSortedSet<String> completeOnlyFor(String actType) {
    return completeOnlyByActType.computeIfAbsent(
        actType,
        t ->
            evaluatedFor(t).stream()
                .filter(
                    id -> {
                      RuleInfo r = rules.get(id);
                      return wholeCatalogue != null || !r.judgesPartialFacts();
                    })
                .collect(ImmutableSortedSet.toImmutableSortedSet(RuleIds.ORDER)));
  }

  ImmutableList<RuleInfo> rules() {
    return rules.values().asList();
  }

  RuleInfo rule(String id) {
    RuleInfo rule = rules.get(id);
    if (rule == null) {
      throw new IllegalStateException("a rule reported under unknown rule id " + id);
    }
    return rule;
  }

  ImmutableSet<String> disabled() {
    return disabled;
  }

  /** The ids of the custom rules: the only ids custom rules may report under. */
  ImmutableSet<String> customIds() {
    return customIds;
  }

  String ruleSetVersion() {
    return ruleSetVersion;
  }

  /** The ids of the rules switched on that apply to an act type. */
  ImmutableSortedSet<String> evaluatedFor(String actType) {
    return evaluatedByActType.computeIfAbsent(actType, this::computeEvaluated);
  }

  private ImmutableSortedSet<String> computeEvaluated(String actType) {
    Set<String> evaluated = new HashSet<>();
    for (RuleInfo rule : rules.values()) {
      if (rule.appliesTo().contains(actType) && !disabled.contains(rule.id())) {
        evaluated.add(rule.id());
      }
    }
    return ImmutableSortedSet.copyOf(RuleIds.ORDER, evaluated);
  }
}
