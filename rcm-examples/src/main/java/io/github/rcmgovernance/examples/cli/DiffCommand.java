package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.scenario.CharterImpact;
import io.github.rcmgovernance.examples.scenario.CharterReader;
import io.github.rcmgovernance.examples.scenario.Scenario;
import io.github.rcmgovernance.examples.scenario.ScenarioException;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.examples.scenario.ScenarioRunner;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.charter.Charter;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rcm diff}: judges the same scenarios under two charters and reports every scenario whose
 * verdict changes, rule by rule.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class DiffCommand implements Callable<Integer> {
  /** The charter argument that names the built-in charter. */
  static final String BUILT_IN = "rcm";

  @Spec CommandSpec spec;

  @ParentCommand RcmCli root;

  @Option(names = "--charter", required = true, paramLabel = "CHARTER", descriptionKey = "charter")
  List<String> charters = new ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "paths")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Override
  public Integer call() {
    if (charters.size() != 2) {
      throw new ParameterException(
          spec.commandLine(), Texts.format(root.locale(), "cli.diffCharters", charters.size()));
    }
    Locale locale = root.locale();
    Out out = new Out(spec.commandLine().getOut(), locale);
    PrintWriter err = spec.commandLine().getErr();
    Charter a;
    Charter b;
    List<Scenario> scenarios;
    try {
      a = charter(charters.get(0));
      b = charter(charters.get(1));
      scenarios = new ScenarioReader().readAll(paths);
    } catch (ScenarioException e) {
      err.println(Out.safe(Texts.format(locale, "cli.error", e.message(locale))));
      return ExitCodes.INPUT;
    }
    ScenarioRunner runner = new ScenarioRunner();
    CharterImpact impact =
        CharterImpact.of(scenarios, runner.validatorFor(a), runner.validatorFor(b));
    if (json) {
      ImpactReport.writeJson(impact, charters.get(0), charters.get(1), out);
    } else {
      ImpactReport.write(
          impact, label(charters.get(0), locale), label(charters.get(1), locale), out);
    }
    return ExitCodes.OK;
  }

  static Charter charter(String argument) {
    if (BUILT_IN.equals(argument)) {
      return Charter.rcm();
    }
    Path file;
    try {
      file = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new ScenarioException(
          argument, "$", "reason.notValidPath", java.util.List.of(e.getReason()), e);
    }
    return new CharterReader().read(file);
  }

  private static String label(String argument, Locale locale) {
    return BUILT_IN.equals(argument) ? Texts.format(locale, "impact.builtIn", BUILT_IN) : argument;
  }
}
