package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.scenario.CharterImpact;
import io.github.rcmgovernance.examples.scenario.CharterReader;
import io.github.rcmgovernance.examples.scenario.Scenario;
import io.github.rcmgovernance.examples.scenario.ScenarioException;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.examples.scenario.ScenarioRunner;
import io.github.rcmgovernance.model.charter.Charter;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rcm diff}: judges the same scenarios under two charters and reports every scenario whose
 * verdict changes, rule by rule.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    customSynopsis = "rcm diff [-hV] [--json] --charter=A --charter=B FILE|DIR...",
    version = RcmCli.VERSION,
    description = {
      "Judges the same scenarios under two charters, A and B, and lists every scenario whose"
          + " verdict changes: the rules that fire only under A and only under B, with their"
          + " severity, and whether validity changes.",
      "Each scenario's own charter and expectation are ignored: its act is judged against its"
          + " history on its day of judgement, once under each charter.",
      "Directories are searched recursively for *.json files (*.schema.json files are skipped)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DIFF_OK_LINE, ExitCodes.DIFF_INPUT_LINE, ExitCodes.INTERNAL_LINE})
final class DiffCommand implements Callable<Integer> {
  /** The charter argument that names the built-in charter. */
  static final String BUILT_IN = "rcm";

  @Spec CommandSpec spec;

  @Option(
      names = "--charter",
      required = true,
      paramLabel = "CHARTER",
      description =
          "Given twice: charter A, then charter B. A path to a (partial) charter JSON file, laid"
              + " over the built-in charter like a scenario's charter field, or the word "
              + BUILT_IN
              + " for the built-in charter.")
  List<String> charters = new ArrayList<>();

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Scenario files, or directories holding them.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON object instead of the text report.")
  boolean json;

  @Override
  public Integer call() {
    if (charters.size() != 2) {
      throw new ParameterException(
          spec.commandLine(),
          "rcm diff needs exactly two --charter options (A and B) but got " + charters.size());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Charter a;
    Charter b;
    List<Scenario> scenarios;
    try {
      a = charter(charters.get(0));
      b = charter(charters.get(1));
      scenarios = new ScenarioReader().readAll(paths);
    } catch (ScenarioException e) {
      err.println("rcm: " + e.getMessage());
      return ExitCodes.INPUT;
    }
    ScenarioRunner runner = new ScenarioRunner();
    CharterImpact impact =
        CharterImpact.of(scenarios, runner.validatorFor(a), runner.validatorFor(b));
    if (json) {
      ImpactReport.writeJson(impact, charters.get(0), charters.get(1), out);
    } else {
      ImpactReport.write(impact, label(charters.get(0)), label(charters.get(1)), out);
    }
    return ExitCodes.OK;
  }

  private static Charter charter(String argument) {
    if (BUILT_IN.equals(argument)) {
      return Charter.rcm();
    }
    Path file;
    try {
      file = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new ScenarioException(argument, "$", "not a valid path: " + e.getReason(), e);
    }
    return new CharterReader().read(file);
  }

  private static String label(String argument) {
    return BUILT_IN.equals(argument) ? BUILT_IN + " (the built-in charter)" : argument;
  }
}
