package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.scenario.ModelFileReader;
import io.github.rcmgovernance.examples.scenario.ScenarioException;
import io.github.rcmgovernance.examples.scenario.ScenarioRunner;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.rules.Verdict;
import java.nio.file.Path;
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
 * {@code rcm validate}: judges one act from its own JSON file, against a history file and a charter
 * when given, without writing a scenario around it.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand RcmCli root;

  @Parameters(index = "0", paramLabel = "ACT", descriptionKey = "act")
  Path act;

  @Option(names = "--history", paramLabel = "FILE", descriptionKey = "history")
  @Nullable Path history;

  @Option(names = "--charter", paramLabel = "CHARTER", descriptionKey = "charter")
  @Nullable String charter;

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Override
  public Integer call() {
    Locale locale = root.locale();
    Out out = new Out(spec.commandLine().getOut(), locale);
    Act proposed;
    History record;
    Charter rules;
    try {
      ModelFileReader reader = new ModelFileReader();
      proposed = reader.readAct(act);
      record = history == null ? History.empty() : reader.readHistory(history);
      rules = charter == null ? Charter.rcm() : DiffCommand.charter(charter);
    } catch (ScenarioException e) {
      spec.commandLine()
          .getErr()
          .println(Out.safe(Texts.format(locale, "cli.error", e.message(locale))));
      return ExitCodes.INPUT;
    }
    Verdict verdict = new ScenarioRunner().validatorFor(rules).validate(proposed, record);
    if (json) {
      JsonReport.writeVerdict(verdict, out);
    } else {
      TextReport.writeVerdict(act, verdict, out);
    }
    return verdict.isValid() ? ExitCodes.OK : ExitCodes.NOT_AS_EXPECTED;
  }
}
