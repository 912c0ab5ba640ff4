package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.page.CalendarPage;
import io.github.rcmgovernance.examples.record.Audit;
import io.github.rcmgovernance.examples.record.PublicRecord;
import io.github.rcmgovernance.examples.scenario.ModelFileReader;
import io.github.rcmgovernance.examples.scenario.ScenarioException;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.json.ModelInputException;
import java.nio.file.Path;
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
 * {@code rcm audit}: replays a public record in order, judging each Vice-Ministerial meeting, GRCM
 * meeting and presidency term as if it were proposed against the record before it, and prints a row
 * for each: what it broke and what could not be judged.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand RcmCli root;

  @Parameters(index = "0", paramLabel = "RECORD", descriptionKey = "record")
  Path record;

  @Option(names = "--charter", paramLabel = "CHARTER", descriptionKey = "charter")
  @Nullable String charter;

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", descriptionKey = "html")
  @Nullable Path html;

  @Override
  public Integer call() {
    Locale locale = root.locale();
    Out out = new Out(spec.commandLine().getOut(), locale);
    PublicRecord data;
    Charter rules;
    List<Audit.Row> rows;
    String charterName = charter == null ? DiffCommand.BUILT_IN : charter;
    try {
      String text = new ModelFileReader().readText(record);
      try {
        data = PublicRecord.read(text);
      } catch (ModelInputException e) {
        throw new ScenarioException(record.toString(), e.path(), "reason.model", List.of(e), e);
      }
      rules = charter == null ? Charter.rcm() : DiffCommand.charter(charter);
      try {
        rows = Audit.of(data, rules);
      } catch (IllegalArgumentException | IllegalStateException e) {
        // The model refuses what the record holds (two meetings with one id, overlapping terms).
        throw new ScenarioException(
            record.toString(),
            "$",
            "reason.invalidValue",
            List.of(String.valueOf(e.getMessage())),
            e);
      }
    } catch (ScenarioException e) {
      spec.commandLine()
          .getErr()
          .println(Out.safe(Texts.format(locale, "cli.error", e.message(locale))));
      return ExitCodes.INPUT;
    }
    if (json) {
      JsonReport.writeAudit(record, charterName, rows, out);
    } else {
      TextReport.writeAudit(record, charterName, rows, out);
    }
    if (html != null
        && !PageFile.write(
            html,
            CalendarPage.ofAudit(record.toString(), charterName, rules, rows, locale),
            spec.commandLine().getErr(),
            locale)) {
      return ExitCodes.INPUT;
    }
    return ExitCodes.OK;
  }
}
