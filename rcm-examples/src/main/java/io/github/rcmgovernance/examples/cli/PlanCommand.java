package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.page.CalendarPage;
import io.github.rcmgovernance.examples.scenario.PlanResult;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
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

/**
 * {@code rcm plan}: reads plan files, judges each plan's acts in order (each against the history
 * the valid acts before it built) and reports every step's verdict.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand RcmCli root;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "paths")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", descriptionKey = "html")
  @Nullable Path html;

  @Override
  public Integer call() {
    Locale locale = root.locale();
    Out out = new Out(spec.commandLine().getOut(), locale);
    PrintWriter err = spec.commandLine().getErr();
    ScenarioReader.PlanReading reading = new ScenarioReader().readEachPlan(paths);
    ExitCodes.report(reading.failures(), err, locale);
    if (reading.plans().isEmpty() && !reading.failures().isEmpty()) {
      return ExitCodes.INPUT;
    }
    ScenarioRunner runner = new ScenarioRunner();
    List<PlanResult> results = reading.plans().stream().map(runner::run).toList();
    if (json) {
      JsonReport.writePlans(results, out);
    } else {
      TextReport.writePlans(results, out);
    }
    if (html != null && !PageFile.write(html, CalendarPage.ofPlans(results, locale), err, locale)) {
      return ExitCodes.INPUT;
    }
    return ExitCodes.of(reading.failures(), results.stream().allMatch(PlanResult::expectationMet));
  }
}
