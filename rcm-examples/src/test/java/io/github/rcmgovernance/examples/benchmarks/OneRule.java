package io.github.rcmgovernance.examples.benchmarks;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The smallest rule base the engine can judge with: one rule, built with the executable model's
 * Java API (the form the catalogue's rules are compiled to), matching a non-empty string. It has
 * nothing of this library in it, so what it costs is the engine's floor: {@link EngineFloor} times
 * its cold start, {@link EngineFloorBenchmark} the cost of one judgement in a pooled session.
 */
final class OneRule {
  private OneRule() {}

  /**
   * Builds the rule base, as the library builds the catalogue's (an immutable base).
   *
   * @return a base holding the one rule
   */
  static KieBase base() {
    Variable<String> text = declarationOf(String.class);
    Rule rule =
        rule("io.github.rcmgovernance.floor", "non-empty")
            .build(pattern(text).expr("isNotEmpty", s -> !s.isEmpty()), on(text).execute(s -> {}));
    Model model = new ModelImpl().addRule(rule);
    return KieBaseBuilder.createKieBaseFromModel(model, KieBaseMutabilityOption.DISABLED);
  }

  /**
   * Judges one fact in a session of the pool, as the validator does: take a session, insert, fire,
   * dispose (which resets it and returns it to the pool).
   *
   * @param pool the sessions
   * @param fact the fact
   * @return the number of rules fired
   */
  static int judge(KieSessionsPool pool, String fact) {
    KieSession session = pool.newKieSession();
    try {
      session.insert(fact);
      return session.fireAllRules();
    } finally {
      session.dispose();
    }
  }
}
