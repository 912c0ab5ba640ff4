package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.plan.Plan;
import io.github.rcmgovernance.model.plan.Recording;
import io.github.rcmgovernance.model.text.InvalidValueException;
import io.github.rcmgovernance.rules.internal.FindingCollector;
import io.github.rcmgovernance.rules.internal.PartialFacts;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Judges proposed acts against the governance rules of the Conference.
 *
 * <p>Build a validator once and reuse it: {@link #standard()} for the built-in charter and rules,
 * or {@link #builder()} to choose a charter, add rules, change severities or switch rules off.
 * Building loads the rule catalogue (generated at build time, so nothing is compiled at run time
 * unless custom rules are added) and is the expensive step; validating is cheap.
 *
 * <pre>{@code
 * Validator validator = Validator.standard(); // build once, then share it
 * Verdict verdict = validator.validate(decision, History.empty());
 * for (Violation v : verdict.violations()) {
 *   System.out.println(v.ruleId() + " " + v.severity() + ": " + v.message());
 * }
 *
 * Validator practice =
 *     Validator.builder()
 *         .charter(
 *             Charter.builder()
 *                 .from(Charter.rcm())
 *                 .viceMinisterialWindow(MonthWindow.of(11, 12))
 *                 .build())
 *         .severity("RCM-MTG-1", Severity.WARNING)
 *         .timeLimit(Duration.ofSeconds(2))
 *         .build();
 * }</pre>
 *
 * <p><b>Thread safety:</b> a validator is immutable and may be shared by any number of threads;
 * each call to {@code validate} runs in its own rule session.
 *
 * <p>The same input always gives the same verdict, with violations in a stable order.
 *
 * <p><b>Custom rules are trusted code.</b> DRL added with {@link Builder#addRules} runs inside the
 * host's JVM with the host's permissions: it can read files, open connections, call {@code
 * System.exit} or loop forever, and nothing in the library can stop it. Add only rules you would
 * add as Java code to your own system, reviewed the same way. {@link Builder#timeLimit} keeps
 * callers from waiting on a looping rule; it is no sandbox.
 *
 * @since 0.1.0
 */
public final class Validator {
  private static final String FINDINGS = "findings";

  private final Charter charter;
  private final RuleCatalogue catalogue;
  private final @Nullable Duration timeLimit;

  private Validator(Builder builder) {
    this.charter = builder.charter;
    this.timeLimit = builder.timeLimit;
    this.catalogue =
        new RuleCatalogue(
            builder.catalogueBase,
            charter,
            builder.customSources,
            builder.severities,
            builder.disabled);
  }

  /**
   * The rules that judge in this validator: the library version and a digest of its rule catalogue
   * (after overrides and switches). Every verdict carries it.
   */
  public String ruleSetVersion() {
    return catalogue.ruleSetVersion();
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
    return catalogue.rules();
  }

  /** The ids of the rules switched off. */
  public ImmutableSet<String> disabledRules() {
    return catalogue.disabled();
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
   * @param asOf the day of judgement, in a year from 0001 to 9999 like every day of the model
   * @return the verdict
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if {@code asOf} falls outside the years 0001 to 9999
   * @throws ValidationTimeoutException if the validation runs past the {@linkplain
   *     Builder#timeLimit time limit}
   * @throws ValidationException if a rule fails while judging (a defect in a rule, not in the
   *     input); its message names the act and the rule
   */
  public Verdict validate(Act act, History history, LocalDate asOf) {
    checkNotNull(act, "act");
    checkNotNull(history, "history");
    checkNotNull(asOf, "asOf");
    if (asOf.getYear() < 1 || asOf.getYear() > 9999) {
      throw new InvalidValueException(
          "check.year", List.of("asOf", String.valueOf(asOf.getYear())));
    }
    // The rules of the act's type, loaded on the first act of that type: here, on the caller's
    // thread and before any time limit starts, not while a rule is being judged. A record known
    // only in part is judged by the rules that judge such records, alone.
    List<String> partial = PartialFacts.of(charter, history, act, asOf);
    List<KieSessionsPool> pools = sessionPools(act, !partial.isEmpty());
    return timeLimit == null
        ? judge(act, history, asOf, pools, partial, null)
        : judgeWithin(act, history, asOf, pools, partial, timeLimit);
  }

  /**
   * Judges many independent acts, each as of its own date and against the same history, and gives
   * exactly the verdicts that one {@link #validate(Act, History)} call per act would give, in the
   * order of the acts. The acts do not see each other: to judge acts that build on each other, use
   * {@link #validatePlan}.
   *
   * <p>Acts of one type share rule sessions, which is cheaper than a session per act. With a
   * {@linkplain Builder#timeLimit time limit} or custom rules, each act is judged in its own
   * session, as {@code validate} does.
   *
   * @param acts the acts, none of them null; the list may be empty
   * @param history the trusted record the rules read
   * @return one verdict per act, in the order of {@code acts}
   * @throws NullPointerException if an argument or an act is null; the message names the index of a
   *     null act
   * @throws ValidationTimeoutException if the validation of an act runs past the time limit
   * @throws ValidationException if a rule fails while judging an act: the first such act in the
   *     order of {@code acts}, as one {@code validate} call per act would find it; its message
   *     names the act and the rule
   */
  public ImmutableList<Verdict> validateAll(List<? extends Act> acts, History history) {
    checkNotNull(acts, "acts");
    checkNotNull(history, "history");
    List<Act> given = List.copyOf(checkedElements(acts));
    if (timeLimit != null || !catalogue.customIds().isEmpty()) {
      return oneByOne(given, history);
    }
    try {
      return judgeTogether(given, history);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      // A rule failed on some act. Judged again one by one, in the given order, the first act that
      // fails throws what validate throws for it, naming the act and the rule.
      return oneByOne(given, history);
    }
  }

  private ImmutableList<Verdict> oneByOne(List<Act> acts, History history) {
    ImmutableList.Builder<Verdict> verdicts = ImmutableList.builderWithExpectedSize(acts.size());
    for (Act act : acts) {
      verdicts.add(validate(act, history));
    }
    return verdicts.build();
  }

  /** Judges the acts of each type in shared sessions; any failure propagates. */
  private ImmutableList<Verdict> judgeTogether(List<Act> given, History history) {
    Map<String, List<Integer>> byType = new LinkedHashMap<>();
    for (int i = 0; i < given.size(); i++) {
      byType.computeIfAbsent(ActTypes.of(given.get(i)), t -> new ArrayList<>()).add(i);
    }
    Verdict[] verdicts = new Verdict[given.size()];
    Map<LocalDate, Situation> situations = new HashMap<>();
    for (List<Integer> indexes : byType.values()) {
      List<KieSessionsPool> pools = sessionPools(given.get(indexes.get(0)), false);
      List<KieSession> sessions = new ArrayList<>(pools.size());
      try {
        for (KieSessionsPool pool : pools) {
          KieSession session = pool.newKieSession();
          // A base without rules for the type judges nothing; the engine keeps no handle for facts
          // inserted into it, and would warn when asked to take them out again.
          if (hasRules(session.getKieBase())) {
            sessions.add(session);
          } else {
            session.dispose();
          }
        }
        for (int i : indexes) {
          Act act = given.get(i);
          if (!PartialFacts.of(charter, history, act, act.date()).isEmpty()) {
            // Judged by other rule bases: see judge.
            verdicts[i] = validate(act, history);
            continue;
          }
          Situation situation =
              situations.computeIfAbsent(act.date(), day -> new Situation(charter, history, day));
          verdicts[i] = judgeIn(sessions, act, history, situation);
        }
      } finally {
        // Disposing a pooled session resets it, whatever a failure left in it.
        sessions.forEach(KieSession::dispose);
      }
    }
    return ImmutableList.copyOf(verdicts);
  }

  /**
   * Judges a plan: each act in the plan's order, as of its own date, against the history as the
   * earlier acts left it. An act that is valid enters the history before the next act is judged
   * (what it changes is {@link Recording}'s table); an invalid act does not, so the acts after it
   * are judged as if it had not been proposed.
   *
   * <p>Judging the steps one by one, each with {@link #validate(Act, History)} against the history
   * the steps before it built, gives the same verdicts.
   *
   * @param plan the acts, in order
   * @param history the trusted record before the plan
   * @return one step per act, and the history the plan leaves
   * @throws NullPointerException if an argument is null
   * @throws ValidationTimeoutException if the validation of an act runs past the time limit
   * @throws ValidationException if a rule fails while judging an act; its message names the act and
   *     the rule
   */
  public PlanVerdict validatePlan(Plan plan, History history) {
    checkNotNull(plan, "plan");
    checkNotNull(history, "history");
    History current = history;
    ImmutableList.Builder<PlanStep> steps =
        ImmutableList.builderWithExpectedSize(plan.acts().size());
    for (Act act : plan.acts()) {
      Verdict verdict = validate(act, current);
      Optional<History> next =
          verdict.isValid() ? Recording.record(current, act) : Optional.empty();
      if (next.isPresent()) {
        current = next.get();
      }
      steps.add(PlanStep.of(verdict, next.isPresent()));
    }
    return PlanVerdict.of(steps.build(), current);
  }

  private static boolean hasRules(KieBase base) {
    return base.getKiePackages().stream().anyMatch(p -> !p.getRules().isEmpty());
  }

  private static List<? extends Act> checkedElements(List<? extends Act> acts) {
    for (int i = 0; i < acts.size(); i++) {
      checkNotNull(acts.get(i), "acts[%s]", i);
    }
    return acts;
  }

  /**
   * Judges one act in sessions that other acts of its type use before and after it: the act and its
   * situation are inserted, the rules fire, and both are taken out again, leaving the sessions as
   * they were. The catalogue's rules only match (they insert, change and remove nothing), so what
   * fires is what would fire in a fresh session.
   */
  private Verdict judgeIn(
      List<KieSession> sessions, Act act, History history, Situation situation) {
    FindingCollector findings = new FindingCollector(catalogue.customIds());
    for (KieSession session : sessions) {
      session.setGlobal(FINDINGS, findings);
      FactHandle situationHandle = session.insert(situation);
      FactHandle actHandle = session.insert(act);
      session.fireAllRules(catalogue.filter());
      session.delete(actHandle);
      session.delete(situationHandle);
    }
    return verdict(act, history, act.date(), findings, List.of());
  }

  /**
   * The pools that judge an act of this type: those for records known only in part when {@code
   * partial}, else the complete ones; a failure to load the rules names the act and its type.
   */
  private List<KieSessionsPool> sessionPools(Act act, boolean partial) {
    String actType = ActTypes.of(act);
    try {
      return partial ? catalogue.partialSessionPools(actType) : catalogue.sessionPools(actType);
    } catch (RuntimeException | LinkageError e) {
      throw RuleFailures.loading(act.id(), actType, e);
    }
  }

  private Verdict judge(
      Act act,
      History history,
      LocalDate asOf,
      List<KieSessionsPool> pools,
      List<String> partial,
      @Nullable Watch watch) {
    Situation situation = new Situation(charter, history, asOf);
    FindingCollector findings = new FindingCollector(catalogue.customIds());
    try {
      for (KieSessionsPool pool : pools) {
        KieSession session = pool.newKieSession();
        if (watch != null) {
          watch.watch(session);
        }
        try {
          session.setGlobal(FINDINGS, findings);
          session.insert(situation);
          session.insert(act);
          session.fireAllRules(catalogue.filter());
        } finally {
          if (watch != null) {
            watch.unwatch(session);
          }
          session.dispose();
        }
      }
      return verdict(act, history, asOf, findings, partial);
    } catch (ValidationException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      // OutOfMemoryError and the JVM's other errors are not caught: the JVM may be unusable.
      String rule = RuleFailures.rule(e);
      if (rule == null && watch != null) {
        rule = watch.running();
      }
      if (rule == null && watch == null) {
        // Only a failed call pays for finding the rule: judge again, watching which rule fires.
        rule = failingRule(act, history, asOf, pools, partial);
      }
      throw RuleFailures.of(act.id(), rule, e);
    }
  }

  /**
   * The verdict from what the rules found; where the record is known only in part, the rules that
   * do not judge partial facts did not run, and are listed as undetermined.
   */
  private Verdict verdict(
      Act act, History history, LocalDate asOf, FindingCollector findings, List<String> partial) {
    Set<String> notRun = partial.isEmpty() ? Set.of() : catalogue.completeOnlyFor(ActTypes.of(act));
    return Verdicts.of(catalogue, charter, history, act, asOf, findings.all(), notRun, partial);
  }

  private @Nullable String failingRule(
      Act act, History history, LocalDate asOf, List<KieSessionsPool> pools, List<String> partial) {
    try {
      judge(act, history, asOf, pools, partial, new Watch());
      return null;
    } catch (ValidationException e) {
      return e.ruleId().orElse(null);
    }
  }

  private Verdict judgeWithin(
      Act act,
      History history,
      LocalDate asOf,
      List<KieSessionsPool> pools,
      List<String> partial,
      Duration limit) {
    Watch watch = new Watch();
    Future<Verdict> verdict =
        TimedValidations.submit(() -> judge(act, history, asOf, pools, partial, watch));
    try {
      return verdict.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      String rule = watch.running();
      watch.halt();
      verdict.cancel(true);
      throw new ValidationTimeoutException(act.id(), rule, limit);
    } catch (InterruptedException e) {
      watch.halt();
      verdict.cancel(true);
      Thread.currentThread().interrupt();
      throw new ValidationException(
          act.id(), watch.running(), "interrupted while judging act " + act.id(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw RuleFailures.of(act.id(), watch.running(), cause);
    }
  }

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
    private @Nullable Duration timeLimit;
    private @Nullable KieBase catalogueBase;

    private Builder() {}

    /**
     * Judges with another build of the catalogue's own rules instead of the one compiled with the
     * library: for the mutation tests, which compile altered copies of the catalogue's DRL. Not
     * part of the API.
     */
    Builder catalogueBase(KieBase base) {
      this.catalogueBase = checkNotNull(base, "base");
      return this;
    }

    /**
     * A limit on the time one validation may take; none by default. The catalogue's rules judge an
     * act in microseconds, so a limit matters only for custom rules, which are trusted code that
     * may loop. When a validation passes the limit, {@code validate} throws {@link
     * ValidationTimeoutException} naming the rule that was running, and the validator stays usable.
     *
     * <p>The limit counts the judging only: the rules of an act type are loaded, on the first act
     * of that type, before it starts. With a limit, each validation runs on a thread of a shared
     * pool of daemon threads while the caller waits. The engine is asked to halt, and the thread is
     * interrupted, but a rule that loops without yielding cannot be stopped by the JVM: its thread
     * stays busy until the rule returns. Fix or remove such a rule; the limit only makes sure that
     * callers are not stuck with it.
     *
     * @param limit the longest a validation may take, more than zero; null for no limit
     * @return this builder
     * @throws IllegalArgumentException if the limit is zero or negative
     */
    public Builder timeLimit(@Nullable Duration limit) {
      checkArgument(
          limit == null || (!limit.isNegative() && !limit.isZero()),
          "timeLimit must be more than zero but was %s",
          limit);
      this.timeLimit = limit;
      return this;
    }

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
     * @severity}, {@code @cite}, {@code @appliesTo} and {@code @description}. A custom rule
     * reports only under a custom rule's id, never under a catalogue id; its violations are marked
     * {@linkplain Violation#custom() custom}.
     *
     * <p>The DRL is trusted code: see the class description.
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
     * @throws RuleCompilationException if custom rules do not compile or lack metadata, or if
     *     custom rules were added and the DRL toolchain ({@code org.drools:drools-model-codegen})
     *     is not on the class path; the message then names that dependency
     * @throws IllegalArgumentException if an override or switch names an unknown rule id
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}
