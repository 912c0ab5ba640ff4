package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.text.Texts;
import java.io.PrintWriter;
import java.util.Locale;

/** Where a report goes, and the language it is written in. */
final class Out {
  private final PrintWriter writer;
  private final Locale locale;

  Out(PrintWriter writer, Locale locale) {
    this.writer = writer;
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  PrintWriter writer() {
    return writer;
  }

  /** The text of a message in the report's language. */
  String text(String key, Object... arguments) {
    return Texts.format(locale, key, arguments);
  }

  /** Writes one line, a message of the bundle. */
  void line(String key, Object... arguments) {
    writer.println(text(key, arguments));
  }

  /** Writes one line as it is. */
  void raw(String line) {
    writer.println(line);
  }

  /** Writes an empty line. */
  void blank() {
    writer.println();
  }
}
