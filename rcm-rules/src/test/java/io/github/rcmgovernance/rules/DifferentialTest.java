package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.rules.oracle.CleanRoomOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Differential testing: the Drools rules and the clean-room reference oracle (written from the
 * catalogue alone, see docs/testing.md) must report the same findings, compared as (rule id,
 * target), on every generated (charter, history, act, day) input. The count is the system property
 * {@code rcm.differential.examples} (100,000 by default; the soak runs 10 million). On a
 * disagreement QuickTheories reports the shrunk, smallest input it finds.
 *
 * <p>The run also counts how often each kind of finding occurs ({@code RCM-DEC-1 missing}, {@code
 * RCM-OBS-1 body}, ...) and writes the counts to {@code target/differential-reach.txt}; the faults
 * that revision 2 of the catalogue added must each be reached many times.
 */
class DifferentialTest {
  private static final int EXAMPLES = Integer.getInteger("rcm.differential.examples", 100_000);

  /**
   * Validators and oracles by charter. Most generated inputs use the built-in charter, but derived
   * charters are drawn afresh, so over a soak of millions of inputs the distinct charters never
   * end: the caches keep the most recently used ones only (unbounded maps ran a 10-million-input
   * soak out of heap).
   */
  private static final LoadingCache<Charter, Validator> VALIDATORS =
      CacheBuilder.newBuilder()
          .maximumSize(64)
          .build(CacheLoader.from(c -> Validator.builder().charter(c).build()));

  private static final LoadingCache<Charter, CleanRoomOracle> ORACLES =
      CacheBuilder.newBuilder().maximumSize(64).build(CacheLoader.from(CleanRoomOracle::new));

  /** Kinds of finding that only revision 2's conventions produce; each must be reached. */
  private static final Set<String> REVISION_TWO_FAULTS =
      Set.of(
          "RCM-DEC-1 missing",
          "RCM-DEC-4 party",
          "RCM-DEC-5 missing",
          "RCM-DEC-5 document",
          "RCM-DEC-5 meeting",
          "RCM-GRC-2 document",
          "RCM-GRC-5 meeting",
          "RCM-MTG-3 missing",
          "RCM-AGD-1 meeting",
          "RCM-AGD-1 missing",
          "RCM-OBS-1 body",
          "RCM-OBS-1 party",
          "RCM-OBS-2 missing",
          "RCM-TS-4 missing",
          "RCM-TS-6 missing",
          "RCM-TS-7 missing",
          "RCM-POA-1 missing",
          "RCM-IOM-1 missing");

  static Validator validator(Charter charter) {
    return VALIDATORS.getUnchecked(charter);
  }

  private static CleanRoomOracle oracle(Charter charter) {
    return ORACLES.getUnchecked(charter);
  }

  static Set<String> droolsFindings(Verdict verdict) {
    return verdict.violations().stream()
        .map(v -> v.ruleId() + " " + v.target().key())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> oracleFindings(Charter charter, Scenario s) {
    return oracle(charter).findings(s.act(), s.history(), s.asOf()).stream()
        .map(f -> f.ruleId() + " " + f.target())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A generated input: a charter and a scenario judged under it. */
  record Input(Charter charter, Scenario scenario) {
    @Override
    public String toString() {
      return scenario.describe() + " under " + charter;
    }
  }

  static Gen<Input> inputs() {
    return ModelGens.charters().zip(ModelGens.scenarios(), Input::new);
  }

  @Test
  void droolsAndTheCleanRoomOracleAgreeOnGeneratedInputs() throws IOException {
    AtomicInteger invalid = new AtomicInteger();
    AtomicInteger checked = new AtomicInteger();
    Map<String, Integer> reach = new TreeMap<>();
    qt().withExamples(EXAMPLES + EXAMPLES / 100)
        .withShrinkCycles(200)
        .forAll(inputs())
        .checkAssert(
            in -> {
              Charter charter = in.charter();
              Scenario s = in.scenario();
              Verdict verdict = validator(charter).validate(s.act(), s.history(), s.asOf());
              assertThat(droolsFindings(verdict)).isEqualTo(oracleFindings(charter, s));
              checked.incrementAndGet();
              if (!verdict.isValid()) {
                invalid.incrementAndGet();
              }
              verdict.violations().stream()
                  .map(v -> v.ruleId() + " " + v.target().kind())
                  .distinct()
                  .forEach(kind -> reach.merge(kind, 1, Integer::sum));
            });
    writeReach(checked.get(), invalid.get(), reach);
    // The generated inputs must exercise both outcomes in earnest, and every new kind of fault.
    assertThat(checked.get()).isGreaterThanOrEqualTo(EXAMPLES);
    assertThat(invalid.get()).isBetween(EXAMPLES / 10, EXAMPLES - EXAMPLES / 10);
    for (String fault : REVISION_TWO_FAULTS) {
      assertThat(reach.getOrDefault(fault, 0))
          .as("inputs with a %s finding", fault)
          .isGreaterThanOrEqualTo(EXAMPLES / 2_000);
    }
  }

  private static void writeReach(int checked, int invalid, Map<String, Integer> reach)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("inputs ").append(checked).append(", invalid ").append(invalid).append('\n');
    reach.forEach((kind, n) -> out.append(kind).append(' ').append(n).append('\n'));
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("differential-reach.txt"), out, StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyRuleFiresOnSomeGeneratedInput() {
    Set<String> fired = new TreeSet<>();
    qt().withExamples(20_000)
        .forAll(inputs())
        .checkAssert(
            in ->
                fired.addAll(
                    validator(in.charter())
                        .validate(
                            in.scenario().act(), in.scenario().history(), in.scenario().asOf())
                        .firedRules()));
    Set<String> all = new TreeSet<>();
    Validator.standard().rules().forEach(r -> all.add(r.id()));
    assertThat(fired).containsExactlyInAnyOrderElementsOf(all);
  }
}
