package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.text.Texts;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code rcm} command: runs scenario files through the governance rules and reports their
 * verdicts ({@code rcm run}, optionally with the coverage of the rule catalogue), judges plans of
 * acts step by step ({@code rcm plan}), compares their verdicts under two charters ({@code rcm
 * diff}), or judges one act from its own file ({@code rcm validate}); {@code rcm
 * generate-completion} prints a completion script for bash and zsh. Everything it prints, usage
 * help included, is in English or Spanish ({@code --lang en|es}; by default the JVM's language,
 * English for any other). See {@code rcm run --help}, {@code rcm diff --help} and {@code rcm
 * validate --help}.
 *
 * @since 0.1.0
 */
@Command(
    name = "rcm",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      RunCommand.class,
      PlanCommand.class,
      AuditCommand.class,
      DiffCommand.class,
      ValidateCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class RcmCli implements Runnable {
  /** Where the usage help of each command is, in English and Spanish. */
  private static final String HELP = "io.github.rcmgovernance.examples.cli.";

  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang", scope = ScopeType.INHERIT)
  String lang;

  /** The language of this run, worked out before the command line is parsed. */
  private final Locale locale;

  private RcmCli(Locale locale) {
    this.locale = locale;
  }

  /** The language everything is written in. */
  Locale locale() {
    return locale;
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), Texts.format(locale, "cli.missingSubcommand"));
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(new PrintWriter(System.out), new PrintWriter(System.err), args));
  }

  /**
   * Runs the command with the given output streams, without exiting.
   *
   * @param out where results go
   * @param err where errors and usage help for errors go
   * @param args the command-line arguments
   * @return the exit code (see {@code --help})
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    Locale locale = locale(args);
    CommandLine commandLine = new CommandLine(new RcmCli(locale));
    commandLine.setResourceBundle(help("RcmHelp", locale));
    commandLine.getSubcommands().get("run").setResourceBundle(help("RunHelp", locale));
    commandLine.getSubcommands().get("plan").setResourceBundle(help("PlanHelp", locale));
    commandLine.getSubcommands().get("audit").setResourceBundle(help("AuditHelp", locale));
    commandLine.getSubcommands().get("diff").setResourceBundle(help("DiffHelp", locale));
    commandLine.getSubcommands().get("validate").setResourceBundle(help("ValidateHelp", locale));
    // picocli's own completion command: our words, and our version instead of picocli's.
    CommandLine completion = commandLine.getSubcommands().get("generate-completion");
    completion.setResourceBundle(help("CompletionHelp", locale));
    completion.getCommandSpec().versionProvider(new Version());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          failed.getErr().println(Out.safe(Texts.format(locale, "cli.internal", e.toString())));
          return ExitCodes.INTERNAL;
        });
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The language asked for with {@code --lang LANG} or {@code --lang=LANG} anywhere on the command
   * line; otherwise the JVM's. A language the tool has no words in gets English.
   */
  static Locale locale(String... args) {
    String tag = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        tag = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        tag = args[i].substring("--lang=".length());
      }
    }
    Locale asked = tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag);
    return asked.getLanguage().equals("es") ? asked : Locale.ENGLISH;
  }

  /** A command's usage help, in the language alone: never the JVM's default language instead. */
  private static ResourceBundle help(String name, Locale locale) {
    return ResourceBundle.getBundle(
        HELP + name,
        locale,
        RcmCli.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
