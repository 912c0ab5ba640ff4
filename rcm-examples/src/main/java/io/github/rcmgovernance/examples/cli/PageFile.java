package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.examples.text.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the HTML page of {@code --html FILE}, reporting a file that cannot be written. */
final class PageFile {
  private PageFile() {}

  /**
   * Writes the page, replacing the file if it exists.
   *
   * @param file where to write
   * @param html the page
   * @param err standard error, for a failure
   * @param locale the language of a failure
   * @return whether the page was written; when not, a line naming the file and the reason is on
   *     {@code err}
   */
  static boolean write(Path file, String html, PrintWriter err, Locale locale) {
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      return failed(file, ScenarioReader.describe(e), err, locale);
    } catch (SecurityException e) {
      return failed(file, Texts.message("io.other", e.toString()), err, locale);
    }
  }

  private static boolean failed(Path file, Texts.Message reason, PrintWriter err, Locale locale) {
    err.println(
        Out.safe(
            Texts.format(
                locale, "cli.error", Texts.format(locale, "cli.cannotWrite", file, reason))));
    return false;
  }
}
