package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.text.Texts;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntPredicate;

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

  /** The text of a message in the report's language. */
  String text(String key, Object... arguments) {
    return Texts.format(locale, key, arguments);
  }

  /** Writes one line, a message of the bundle. */
  void line(String key, Object... arguments) {
    writer.println(safe(text(key, arguments)));
  }

  /** Writes one line as it is, but for the characters {@link #safe} escapes. */
  void raw(String line) {
    writer.println(safe(line));
  }

  /**
   * A text safe to write to a terminal: control characters (escape sequences among them), the
   * invisible characters that reorder or hide text, and lone surrogates are written as {@code
   * \\uXXXX}, so that an id from a file can neither move the cursor nor fake a line of the report.
   *
   * @param text the text
   * @return the text with those characters escaped
   */
  static String safe(String text) {
    return escape(
        text,
        c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
  }

  /**
   * Writes JSON text as it is, but for lone surrogates, which no encoding can write: they are
   * written as JSON escapes ({@code \\ud800}), so that the text stays lossless and valid. JSON text
   * holds no raw control characters: its writer escapes them inside strings.
   */
  void json(String json) {
    writer.println(escape(json, c -> false));
  }

  /** Escapes lone surrogates and the characters a test picks as {@code \\uXXXX}. */
  private static String escape(String text, IntPredicate unsafe) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean escaped = !pair && (Character.isSurrogate(c) || unsafe.test(c));
      if (escaped && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out == null) {
        i += pair ? 1 : 0;
      } else if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (escaped) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Writes an empty line. */
  void blank() {
    writer.println();
  }
}
