package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.rules.internal.RuleBases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * DRL mutation testing: every mutant of the catalogue's conditions ({@link DrlMutants}) is compiled
 * and judged by the rule cases and by a differential run against the clean-room oracle on fixed
 * generated inputs. A mutant is killed when a check fails; it survives when every check passes.
 *
 * <p>Not part of the ordinary build: {@code ./mvnw -B -Pdrl-mutation test -pl rcm-rules} (about
 * half an hour on two cores). {@code -Drcm.mutation.files=decisions,grcm} limits the run to some
 * files, {@code -Drcm.mutation.inputs=N} sets the number of differential inputs (2,000). The report
 * is written to {@code target/drl-mutation.md}. Survivors that are equivalent to the original (no
 * input can tell them apart) are listed with the reason in {@code
 * src/test/resources/drl-mutation/equivalent.txt}; the score leaves them out.
 */
@Tag("drl-mutation")
class DrlMutationTest {
  private static final Path DRL =
      Path.of("src/main/resources/io/github/rcmgovernance/rules/catalogue");
  private static final List<String> FILES =
      List.of("agenda", "decisions", "grcm", "meetings", "observers", "secretariat");
  private static final int INPUTS = Integer.getInteger("rcm.mutation.inputs", 2_000);

  /** The clean-room oracle's findings on each rule case's violating act. */
  private static final Map<RuleCases.Case, Set<String>> CASE_FINDINGS = caseFindings();

  private static Map<RuleCases.Case, Set<String>> caseFindings() {
    Map<RuleCases.Case, Set<String>> out = new HashMap<>();
    for (RuleCases.Case c : RuleCases.all()) {
      Set<String> findings = new java.util.TreeSet<>();
      new io.github.rcmgovernance.rules.oracle.CleanRoomOracle(c.charter())
          .findings(c.violating(), c.history(), c.violating().date())
          .forEach(f -> findings.add(f.ruleId() + " " + f.target()));
      out.put(c, findings);
    }
    return out;
  }

  /** A fixed generated input and the oracle's findings on it. */
  private record Input(Charter charter, Scenario scenario, Set<String> expected) {}

  /** What became of one mutant. */
  private record Outcome(DrlMutants.Mutant mutant, String status, String by) {}

  @Test
  void mutantsOfTheCatalogueAreKilled() throws IOException {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String file : FILES) {
      sources.put(file + ".drl", Files.readString(DRL.resolve(file + ".drl")));
    }
    List<Input> inputs = inputs();
    Map<String, String> equivalent = equivalent();

    // The harness must pass the unmutated catalogue, compiled the same way, or it proves nothing.
    assertThat(killedBy(RuleBases.compile(sources), inputs)).as("the original catalogue").isNull();

    Set<String> only =
        Set.of(System.getProperty("rcm.mutation.files", String.join(",", FILES)).split(","));
    List<Outcome> outcomes = new ArrayList<>();
    for (String file : FILES) {
      if (!only.contains(file)) {
        continue;
      }
      for (DrlMutants.Mutant mutant : DrlMutants.of(file + ".drl", sources.get(file + ".drl"))) {
        Map<String, String> mutated = new LinkedHashMap<>(sources);
        mutated.put(mutant.file(), mutant.text());
        KieBase base;
        try {
          base = RuleBases.compile(mutated);
        } catch (RuleCompilationException e) {
          outcomes.add(new Outcome(mutant, "stillborn", ""));
          continue;
        }
        String by = killedBy(base, inputs);
        outcomes.add(
            by != null
                ? new Outcome(mutant, "killed", by)
                : equivalent.containsKey(mutant.key())
                    ? new Outcome(mutant, "equivalent", equivalent.get(mutant.key()))
                    : new Outcome(mutant, "survived", ""));
      }
    }
    double score = report(outcomes);
    assertThat(score)
        .as("DRL mutation score (see target/drl-mutation.md)")
        .isGreaterThanOrEqualTo(0.9);
  }

  /** The first check a rule base fails, or null when it passes them all. */
  private static String killedBy(KieBase base, List<Input> inputs) {
    Map<Charter, Validator> validators = new HashMap<>();
    try {
      for (RuleCases.Case c : RuleCases.all()) {
        Validator v = validators.computeIfAbsent(c.charter(), ch -> validator(base, ch));
        Verdict verdict = v.validate(c.violating(), c.history());
        if (!verdict.firedRules().equals(c.fires())) {
          return "rule case " + c;
        }
        // As RuleCasesTest.cleanRoomOracleAgrees: the same (rule id, target) findings.
        if (!DifferentialTest.droolsFindings(verdict).equals(CASE_FINDINGS.get(c))) {
          return "rule case (oracle) " + c;
        }
        if (!v.validate(c.passing(), c.passingHistory()).violations().isEmpty()) {
          return "rule case (passing twin) " + c;
        }
      }
      for (BoundaryCases.Boundary b : BoundaryCases.all()) {
        Verdict verdict =
            validators
                .computeIfAbsent(b.charter(), ch -> validator(base, ch))
                .validate(b.act(), b.history());
        if (!BoundaryCasesTest.targets(verdict, b.ruleId()).equals(b.targets())) {
          return "boundary case " + b;
        }
      }
      for (int i = 0; i < inputs.size(); i++) {
        Input in = inputs.get(i);
        Scenario s = in.scenario();
        Validator v = validators.computeIfAbsent(in.charter(), ch -> validator(base, ch));
        if (!DifferentialTest.droolsFindings(v.validate(s.act(), s.history(), s.asOf()))
            .equals(in.expected())) {
          return "differential input " + i;
        }
      }
    } catch (RuntimeException e) {
      return "exception " + e.getClass().getSimpleName();
    }
    return null;
  }

  private static Validator validator(KieBase base, Charter charter) {
    return Validator.builder()
        .catalogueBase(base)
        .charter(charter)
        .timeLimit(Duration.ofSeconds(10))
        .build();
  }

  private static List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    qt().withFixedSeed(20261207L)
        .withExamples(INPUTS)
        .forAll(DifferentialTest.inputs())
        .checkAssert(
            in ->
                inputs.add(
                    new Input(
                        in.charter(),
                        in.scenario(),
                        DifferentialTest.oracleFindings(in.charter(), in.scenario()))));
    return inputs;
  }

  /** Equivalent mutants by key, with the reason: {@code key ## reason} per line. */
  private static Map<String, String> equivalent() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (var in = DrlMutationTest.class.getResourceAsStream("/drl-mutation/equivalent.txt")) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int split = line.indexOf(" ## ");
        if (!line.isBlank() && !line.startsWith("#") && split > 0) {
          out.put(line.substring(0, split).strip(), line.substring(split + 4).strip());
        }
      }
    }
    return out;
  }

  /** Writes target/drl-mutation.md and returns the score. */
  private static double report(List<Outcome> outcomes) throws IOException {
    Map<String, Map<String, Integer>> byFile = new TreeMap<>();
    for (Outcome o : outcomes) {
      byFile
          .computeIfAbsent(o.mutant().file(), f -> new TreeMap<>())
          .merge(o.status(), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder("# DRL mutation report\n\n");
    out.append("| file | mutants | stillborn | killed | equivalent | survived | score |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    int killed = 0;
    int survived = 0;
    for (Map.Entry<String, Map<String, Integer>> e : byFile.entrySet()) {
      Map<String, Integer> n = e.getValue();
      int k = n.getOrDefault("killed", 0);
      int s = n.getOrDefault("survived", 0);
      killed += k;
      survived += s;
      int total = n.values().stream().mapToInt(Integer::intValue).sum();
      out.append(
          String.format(
              "| %s | %d | %d | %d | %d | %d | %s |%n",
              e.getKey(),
              total,
              n.getOrDefault("stillborn", 0),
              k,
              n.getOrDefault("equivalent", 0),
              s,
              percent(k, k + s)));
    }
    out.append(
        String.format(
            "%nScore: %s (killed / (killed + survived))%n", percent(killed, killed + survived)));
    out.append("\n## Survivors\n\n");
    outcomes.stream()
        .filter(o -> o.status().equals("survived"))
        .forEach(
            o ->
                out.append("- `")
                    .append(o.mutant())
                    .append("`\n  key: `")
                    .append(o.mutant().key())
                    .append("`\n"));
    out.append("\n## Equivalent\n\n");
    outcomes.stream()
        .filter(o -> o.status().equals("equivalent"))
        .forEach(
            o -> out.append("- `").append(o.mutant()).append("`: ").append(o.by()).append('\n'));
    out.append("\n## Killed, by the first check that failed\n\n");
    Map<String, Long> kills =
        outcomes.stream()
            .filter(o -> o.status().equals("killed"))
            .collect(
                Collectors.groupingBy(
                    o ->
                        o.by().startsWith("rule case")
                            ? "rule cases"
                            : o.by().replaceAll(" \\d+$", ""),
                    TreeMap::new,
                    Collectors.counting()));
    kills.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "drl-mutation.md"), out, StandardCharsets.UTF_8);
    return killed + survived == 0 ? 1.0 : (double) killed / (killed + survived);
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
  }
}
