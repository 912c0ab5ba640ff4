package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.scenario.ProvisionCoverage;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.examples.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rcm run}: reads scenario files, judges them and reports the verdicts. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    version = RcmCli.VERSION,
    description = {
      "Runs scenario files: judges each scenario's act and compares the verdict with the"
          + " scenario's expectation.",
      "Directories are searched recursively for *.json files (*.schema.json, *.history.json and"
          + " *.act.json files are parts, not scenarios). A file that cannot be read is reported"
          + " on standard error and the others are still judged; the exit code is then 2.",
      "With --coverage, a report follows of how far the scenarios exercise the rule catalogue:"
          + " for every rule, whether it fired, was evaluated only, or never applied."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK_LINE,
      ExitCodes.NOT_AS_EXPECTED_LINE,
      ExitCodes.INPUT_LINE,
      ExitCodes.INTERNAL_LINE
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Scenario files, or directories holding them.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--json",
      description =
          "Print one JSON array of results instead of the table (with --coverage, one object"
              + " {results, coverage}).")
  boolean json;

  @Option(
      names = "--coverage",
      description =
          "After the results, report the coverage of the rule catalogue: for every rule, whether"
              + " it fired, was evaluated only, or never applied. Does not change the exit code.")
  boolean coverage;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // A file that cannot be read is reported and the others are still judged: one bad file
    // hides no other result, and the exit code says that some input was bad.
    ScenarioReader.Reading reading = new ScenarioReader().readEach(paths);
    reading.failures().forEach(e -> err.println("rcm: " + e.getMessage()));
    if (reading.scenarios().isEmpty() && !reading.failures().isEmpty()) {
      return ExitCodes.INPUT;
    }
    ScenarioRunner runner = new ScenarioRunner();
    List<ScenarioResult> results = runner.runAll(reading.scenarios());
    if (!coverage) {
      if (json) {
        JsonReport.write(results, out);
      } else {
        TextReport.write(results, out);
      }
    } else {
      ProvisionCoverage provisions = ProvisionCoverage.of(results, runner);
      if (json) {
        JsonReport.write(results, provisions, out);
      } else {
        TextReport.write(results, out);
        out.println();
        CoverageReport.write(provisions, out);
      }
    }
    if (!reading.failures().isEmpty()) {
      return ExitCodes.INPUT;
    }
    return results.stream().allMatch(ScenarioResult::expectationMet)
        ? ExitCodes.OK
        : ExitCodes.NOT_AS_EXPECTED;
  }
}
