package io.github.rcmgovernance.examples.benchmarks;

import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.oracle.CleanRoomOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.quicktheories.core.Gen;

/**
 * The inputs the benchmarks judge, built once per JVM from fixed seeds, so that every run and every
 * fork sees the same acts and histories. Building them is never measured.
 *
 * <ul>
 *   <li>{@link #realisticHistory()}: thirty years of the Conference, 1996 to 2025 (90 meetings, 30
 *       presidency terms, 300 recommendations, 60 Plan of Action activities, 30 agendas; see {@link
 *       Histories#realistic()}).
 *   <li>{@link #mix()}: {@value #MIX_SIZE} scenarios drawn with {@link
 *       ModelGens#scenarios(History)} against that history: acts of every kind (decisions, agenda
 *       approvals, recommendations, documents, meeting and presidency proposals, secretariat
 *       actions, Plan of Action activities, project support, technical cooperation, facilities),
 *       most of them breaking one provision or more, some judged on another day than their own.
 *   <li>{@link #historyOfSize(int)}: histories of exactly 10, 100, 1,000 or 10,000 entries, and
 *       {@link #scalingActs()}: the few acts judged against each of them.
 * </ul>
 *
 * <p>As a JMH state ({@link Scope#Benchmark}, shared by all threads) it also holds the validator
 * and the reference oracle; both are immutable and thread-safe.
 */
@State(Scope.Benchmark)
public class Inputs {
  /** The seed of the realistic mix. */
  public static final long SEED = 0x5EED_2026L;

  /** How many scenarios the realistic mix asks for. */
  public static final int MIX_SIZE = 1_000;

  /** The act families of {@link RuleFamilyBenchmark}, as rules name them in {@code @appliesTo}. */
  public static final List<String> FAMILIES =
      List.of(
          "Decision",
          "MeetingProposal",
          "PresidencyTermProposal",
          "SecretariatAction",
          "Document",
          "Recommendation");

  private static final Map<Integer, History> SIZED = new ConcurrentHashMap<>();

  /** The validator under test: {@link Validator#standard()}. */
  public Validator validator;

  /** The plain-Java reference oracle, under the built-in charter like the validator. */
  public CleanRoomOracle oracle;

  /** The realistic mix, {@link #mix()}. */
  public List<Scenario> mix;

  /** Fetches the shared inputs, building them on first use. */
  @Setup(Level.Trial)
  public void setUp() {
    validator = Validator.standard();
    oracle = new CleanRoomOracle(Charter.rcm());
    mix = mix();
  }

  /** Thirty years of the Conference, 1996 to 2025: {@link Histories#realistic()}. */
  public static History realisticHistory() {
    return Mix.HISTORY;
  }

  /**
   * The realistic mix: scenarios drawn against {@link #realisticHistory()} with {@link #SEED}. Each
   * scenario is judged against its own history, which is the realistic one or, for some proposals,
   * that history extended with what the proposal needs (such as the presidency term of its year).
   */
  public static List<Scenario> mix() {
    return Mix.SCENARIOS;
  }

  /**
   * The scenarios of the mix whose act is of one family.
   *
   * @param family an act type as rules name it in {@code @appliesTo}, such as {@code Decision}
   * @return the scenarios, in the mix's order; never empty
   * @throws IllegalArgumentException if the mix has no act of that family
   */
  public static List<Scenario> family(String family) {
    List<Scenario> scenarios = Mix.BY_FAMILY.getOrDefault(family, List.of());
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("the mix has no act of family " + family);
    }
    return scenarios;
  }

  /**
   * A history of exactly {@code entries} entries: {@link Histories#ofSize(int)}, built once per
   * size.
   *
   * @param entries meetings + terms + recommendations + activities + agendas, at least 1
   * @return the history
   */
  public static History historyOfSize(int entries) {
    if (entries < 1) {
      throw new IllegalArgumentException("a history needs at least one entry: " + entries);
    }
    return SIZED.computeIfAbsent(entries, Histories::ofSize);
  }

  /**
   * The acts {@link HistoryScalingBenchmark} judges against every history size: the first two acts
   * of each {@linkplain #FAMILIES family} among scenarios drawn against {@code historyOfSize(10)}
   * (the cores of 2025 and 2024, which every larger history also has). Only each scenario's act and
   * day of judgement are used, never its history.
   */
  public static List<Scenario> scalingActs() {
    return Scaling.ACTS;
  }

  /**
   * Draws values from a generator with a fixed seed, outside any test: QuickTheories checks a
   * property that never fails and each example it is given is kept. The same generator, seed and
   * count give the same values.
   *
   * @param gen the generator
   * @param seed the seed
   * @param count how many examples to ask for; QuickTheories skips repeated examples, so there may
   *     be fewer
   * @param <T> the type of value
   * @return the values, in the order drawn
   */
  public static <T> List<T> draw(Gen<T> gen, long seed, int count) {
    List<T> out = new ArrayList<>(count);
    qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(out::add);
    return List.copyOf(out);
  }

  /** The kind of act, as rules name it in {@code @appliesTo}: {@code Decision}, ... */
  static String family(io.github.rcmgovernance.model.act.Act act) {
    return act.getClass().getSimpleName().replaceFirst("^Immutable", "");
  }

  /** The realistic history and mix, built on first use. */
  private static final class Mix {
    static final History HISTORY = Histories.realistic();
    static final List<Scenario> SCENARIOS = draw(ModelGens.scenarios(HISTORY), SEED, MIX_SIZE);
    static final Map<String, List<Scenario>> BY_FAMILY = byFamily(SCENARIOS);

    private Mix() {}

    private static Map<String, List<Scenario>> byFamily(List<Scenario> scenarios) {
      Map<String, List<Scenario>> out = new LinkedHashMap<>();
      for (Scenario s : scenarios) {
        out.computeIfAbsent(family(s.act()), k -> new ArrayList<>()).add(s);
      }
      out.replaceAll((k, v) -> List.copyOf(v));
      return Map.copyOf(out);
    }
  }

  /** The acts of the scaling benchmark, built on first use. */
  private static final class Scaling {
    static final List<Scenario> ACTS = acts();

    private Scaling() {}

    private static List<Scenario> acts() {
      List<Scenario> pool = draw(ModelGens.scenarios(historyOfSize(10)), SEED + 1, 300);
      List<Scenario> out = new ArrayList<>();
      for (String family : FAMILIES) {
        pool.stream().filter(s -> family(s.act()).equals(family)).limit(2).forEach(out::add);
      }
      return List.copyOf(out);
    }
  }
}
