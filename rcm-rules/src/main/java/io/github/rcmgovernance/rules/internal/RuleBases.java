package io.github.rcmgovernance.rules.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.rules.RuleCompilationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Loads the catalogue's rule base from the executable model generated at build time, and compiles
 * an embedding system's own rules at run time.
 */
public final class RuleBases {
  private static final Pattern QUOTED_EXPRESSION =
      Pattern.compile("(?:expression:|Expression)\\s+([^:\\n]+)");

  /** Where the build writes the list of generated model classes. */
  static final String MODEL_INDEX = "META-INF/kie/io.github.rcmgovernance/rcm-rules/drools-model";

  private RuleBases() {}

  /**
   * The catalogue's whole rule base, every rule in one; built on first use and shared (it is
   * immutable). Validators do not judge with it: they judge each act with the rules of its type
   * alone ({@link #catalogueSessions}).
   */
  public static KieBase catalogue() {
    return Whole.KIE_BASE;
  }

  /** The metadata of the catalogue's rules, read from its model without building a rule base. */
  public static RuleMetadata catalogueMetadata() {
    return Models.METADATA;
  }

  /**
   * The pool of sessions over the catalogue's rules that apply to one type of act (their
   * {@code @appliesTo} names it), shared by every validator that judges with the catalogue. The
   * rule base behind it is built when an act of the type is first judged.
   *
   * <p>A session holds only the rules that can judge the act: inserting the facts, firing and
   * resetting the session for the next validation cost in proportion to the rules it holds. The
   * pool is shared because a rule base keeps every session made from it until that session is
   * disposed of for good, and a pooled session never is: one pool per validator would keep each
   * validator's sessions alive after the validator is gone. Within it, each thread takes sessions
   * from a stripe of its own where it can ({@link StripedSessions}). A pooled session holds nothing
   * between validations (its facts, global and listeners are set and removed by each), so
   * validators with different charters can share it.
   *
   * @param actType the simple name of the act's type, such as {@code Decision}
   * @return the pool of sessions over the rules of that type
   */
  public static KieSessionsPool catalogueSessions(String actType) {
    Supplier<KieSessionsPool> pool = Models.POOLS.get(actType);
    if (pool == null) {
      throw new IllegalArgumentException("no act type is named " + actType);
    }
    return pool.get();
  }

  /**
   * The pool of sessions over the catalogue's rules that apply to one type of act and judge records
   * known only in part ({@code @partialFacts}): what judges an act when it or its history holds
   * such a fact. The other rules are not in these sessions at all, so none of them reads a fact
   * that is not there.
   *
   * @param actType the simple name of the act's type
   * @return the pool
   */
  public static KieSessionsPool cataloguePartialSessions(String actType) {
    Supplier<KieSessionsPool> pool = Models.PARTIAL_POOLS.get(actType);
    if (pool == null) {
      throw new IllegalArgumentException("no act type is named " + actType);
    }
    return pool.get();
  }

  /** How many sessions the catalogue's rule bases hold now, over every type of act. */
  public static int catalogueSessionsHeld() {
    int held = 0;
    for (KieBase base : Models.BASES.values()) {
      held += base.getKieSessions().size();
    }
    return held;
  }

  /**
   * The pool of sessions over a rule base that is not the catalogue's own (custom rules, or another
   * build of the catalogue), or over {@link #catalogue()}, whose pool is shared. A pool over
   * another base belongs to one validator and is collected with it.
   *
   * @param base the rule base
   * @return the pool of sessions over it
   */
  public static KieSessionsPool sessions(KieBase base) {
    return wholeLoaded && base == Whole.KIE_BASE ? Whole.POOL : new StripedSessions(base);
  }

  /** The catalogue's model, read once per class loader, and the rule bases built from it. */
  private static final class Models {
    static final ImmutableList<Model> MODELS = loadModels(RuleBases.class.getClassLoader());
    static final RuleMetadata METADATA = RuleMetadata.read(MODELS);

    /** The rule bases built so far, by act type. */
    static final Map<String, KieBase> BASES = new ConcurrentHashMap<>();

    static final ImmutableMap<String, Supplier<KieSessionsPool>> POOLS = pools(false);

    static final ImmutableMap<String, Supplier<KieSessionsPool>> PARTIAL_POOLS = pools(true);

    private static ImmutableMap<String, Supplier<KieSessionsPool>> pools(boolean partialOnly) {
      ImmutableMap.Builder<String, Supplier<KieSessionsPool>> pools = ImmutableMap.builder();
      for (Class<?> type : Act.class.getPermittedSubclasses()) {
        String actType = type.getSimpleName();
        pools.put(
            actType,
            Suppliers.memoize(
                () -> {
                  KieBase base = build(only(MODELS, METADATA, actType, partialOnly));
                  BASES.put(partialOnly ? actType + " (partial facts)" : actType, base);
                  return new StripedSessions(base);
                }));
      }
      return pools.buildOrThrow();
    }
  }

  private static final class Whole {
    static final KieBase KIE_BASE = build(Models.MODELS);
    static final KieSessionsPool POOL = new StripedSessions(KIE_BASE);

    static {
      wholeLoaded = true;
    }
  }

  /**
   * Set once the whole catalogue is built, so that {@link #sessions} can tell another rule base
   * from it without building it (reading {@code Whole.KIE_BASE} would).
   */
  private static volatile boolean wholeLoaded;

  /** The models, each with only the rules whose id's {@code @appliesTo} names the act type. */
  static List<Model> only(List<Model> models, RuleMetadata metadata, String actType) {
    return only(models, metadata, actType, false);
  }

  /**
   * The models, each with only the rules whose id's {@code @appliesTo} names the act type and, if
   * asked, that judge partial facts.
   */
  static List<Model> only(
      List<Model> models, RuleMetadata metadata, String actType, boolean partialOnly) {
    List<Model> subsets = new ArrayList<>(models.size());
    for (Model model : models) {
      List<Rule> rules = new ArrayList<>();
      for (Rule rule : model.getRules()) {
        String id = metadata.idByRuleName().get(rule.getName());
        RuleMetadata.Entry entry = metadata.entries().get(id);
        if (entry.appliesTo().contains(actType) && (!partialOnly || entry.judgesPartialFacts())) {
          rules.add(rule);
        }
      }
      subsets.add(new Subset(model, List.copyOf(rules)));
    }
    return subsets;
  }

  /** A model with some of its rules. */
  private record Subset(Model model, List<Rule> rules) implements Model {
    @Override
    public String getName() {
      return model.getName();
    }

    @Override
    public String getPackageName() {
      return model.getPackageName();
    }

    @Override
    public List<Global> getGlobals() {
      return model.getGlobals();
    }

    @Override
    public List<Rule> getRules() {
      return rules;
    }

    @Override
    public List<Query> getQueries() {
      return model.getQueries();
    }

    @Override
    public List<TypeMetaData> getTypeMetaDatas() {
      return model.getTypeMetaDatas();
    }

    @Override
    public List<EntryPoint> getEntryPoints() {
      return model.getEntryPoints();
    }
  }

  /** Loads the rule base of the models that the index on the class loader's path lists. */
  static KieBase loadCatalogue(ClassLoader loader) {
    return build(loadModels(loader));
  }

  private static KieBase build(List<Model> models) {
    return KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED);
  }

  /** Loads the models that the index on the class loader's path lists. */
  static ImmutableList<Model> loadModels(ClassLoader loader) {
    ImmutableList.Builder<Model> models = ImmutableList.builder();
    try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        throw new IllegalStateException(
            "the rule catalogue is missing: no " + MODEL_INDEX + " on the class path of rcm-rules");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
          continue;
        }
        models.add(
            (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("the rule catalogue cannot be loaded: " + e, e);
    }
    ImmutableList<Model> loaded = models.build();
    if (loaded.isEmpty()) {
      throw new IllegalStateException(
          "the rule catalogue is empty: " + MODEL_INDEX + " lists no model");
    }
    return loaded;
  }

  /**
   * Compiles custom DRL sources into one rule base.
   *
   * @param sources DRL text by resource name
   * @return the rule base
   * @throws RuleCompilationException if any source does not compile, or if the DRL toolchain is not
   *     on the class path
   */
  public static KieBase compile(Map<String, String> sources) {
    requireToolchain(RuleBases.class.getClassLoader());
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId =
        services.newReleaseId("io.github.rcmgovernance.custom", "rules-" + UUID.randomUUID(), "1");
    files.generateAndWritePomXML(releaseId);
    List<String> names = new ArrayList<>(sources.keySet());
    for (int i = 0; i < names.size(); i++) {
      String drl = sources.get(names.get(i));
      // Each source sits in the folder of its package, as the engine expects (it warns otherwise).
      files.write("src/main/resources/" + folder(drl) + fileName(i), drl);
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      ImmutableList.Builder<RuleCompilationException.Problem> problems = ImmutableList.builder();
      for (Message m : errors) {
        int source = sourceIndex(m.getPath(), names.size());
        String resource = source >= 0 ? names.get(source) : "(custom rules)";
        int line = m.getLine();
        if (line <= 0 && source >= 0) {
          line = locate(sources.get(names.get(source)), m.getText());
        }
        problems.add(new RuleCompilationException.Problem(resource, line, m.getText()));
      }
      throw new RuleCompilationException(problems.build());
    }
    try {
      return services.newKieContainer(releaseId).getKieBase();
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /** Classes of the DRL toolchain that compiling custom rules needs, and the catalogue does not. */
  static final List<String> TOOLCHAIN =
      List.of("org.drools.model.codegen.ExecutableModelProject", "org.drools.drl.parser.DrlParser");

  /** The artifact that brings the DRL toolchain to a host that adds custom rules. */
  static final String TOOLCHAIN_ARTIFACT = "org.drools:drools-model-codegen";

  /**
   * Fails with a {@link RuleCompilationException} that names the dependency to add when the DRL
   * toolchain is not on the class path: the library's runtime leaves it out, since the catalogue is
   * compiled when the library is built.
   */
  static void requireToolchain(ClassLoader loader) {
    for (String name : TOOLCHAIN) {
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        String message =
            "custom rules need the Drools DRL toolchain, which is not on the class path ("
                + name
                + " is missing): add the dependency "
                + TOOLCHAIN_ARTIFACT
                + ":"
                + droolsVersion(loader)
                + "; the built-in rules need nothing more";
        throw new RuleCompilationException(
            message,
            ImmutableList.of(new RuleCompilationException.Problem("(custom rules)", 0, message)));
      }
    }
  }

  /** The version of the Drools engine on the class path, which the toolchain must match. */
  static String droolsVersion(ClassLoader loader) {
    java.util.Properties pom = new java.util.Properties();
    try (InputStream in =
        loader.getResourceAsStream(
            "META-INF/maven/org.drools/drools-model-compiler/pom.properties")) {
      if (in != null) {
        pom.load(in);
      }
    } catch (IOException e) {
      // Fall through: the message then names no version.
    }
    return pom.getProperty("version", "<the version of drools-model-compiler>");
  }

  private static final Pattern PACKAGE =
      Pattern.compile(
          "^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*)",
          Pattern.MULTILINE);

  /** The folder of a DRL source's package, with a trailing slash; empty for no package. */
  static String folder(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "";
  }

  private static String fileName(int index) {
    return "rcm-custom-" + index + ".drl";
  }

  /** Which source an error's path names; with one source, that one; else -1 when none. */
  static int sourceIndex(String path, int count) {
    if (path != null) {
      for (int i = 0; i < count; i++) {
        if (path.endsWith("/" + fileName(i)) || path.equals(fileName(i))) {
          return i;
        }
      }
    }
    return count == 1 ? 0 : -1;
  }

  /**
   * Finds the line of an error the executable-model compiler reports without one, from the
   * expression it quotes.
   */
  static int locate(String source, String errorText) {
    Matcher m = QUOTED_EXPRESSION.matcher(errorText);
    if (!m.find()) {
      return 0;
    }
    String expression = m.group(1).strip();
    String[] lines = source.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!expression.isEmpty() && lines[i].contains(expression)) {
        return i + 1;
      }
    }
    return 0;
  }
}
