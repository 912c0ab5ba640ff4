package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.page.CalendarPage;
import io.github.rcmgovernance.examples.scenario.ProvisionCoverage;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.examples.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rcm run}: reads scenario files, judges them and reports the verdicts. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand RcmCli root;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "paths")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", descriptionKey = "html")
  @Nullable Path html;

  @Option(names = "--coverage", descriptionKey = "coverage")
  boolean coverage;

  @Override
  public Integer call() {
    Locale locale = root.locale();
    Out out = new Out(spec.commandLine().getOut(), locale);
    PrintWriter err = spec.commandLine().getErr();
    // A file that cannot be read is reported and the others are still judged: one bad file
    // hides no other result, and the exit code says that some input was bad.
    ScenarioReader.Reading reading = new ScenarioReader().readEach(paths);
    ExitCodes.report(reading.failures(), err, locale);
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
        out.blank();
        CoverageReport.write(provisions, out);
      }
    }
    if (html != null
        && !PageFile.write(html, CalendarPage.ofScenarios(results, locale), err, locale)) {
      return ExitCodes.INPUT;
    }
    return ExitCodes.of(
        reading.failures(), results.stream().allMatch(ScenarioResult::expectationMet));
  }
}
