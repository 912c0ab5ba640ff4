package io.github.rcmgovernance.examples.text;

import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.text.Bundle;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The messages of the examples and the {@code rcm} tool: {@code
 * io/github/rcmgovernance/examples/messages.properties} (English) and {@code
 * messages_es.properties}. An argument is text as it is, a {@link Message} of the same bundle, or
 * an error of the model whose reason is rendered in the same language.
 */
public final class Texts {
  private static final Bundle BUNDLE =
      Bundle.of(Texts.class::getResourceAsStream, "/io/github/rcmgovernance/examples/messages");

  private Texts() {}

  /**
   * A message as data, which may also be the argument of another: a key of this bundle and its
   * arguments.
   *
   * @param key the key
   * @param arguments the arguments
   */
  public record Message(String key, List<?> arguments) {
    /**
     * The message in a language.
     *
     * @param locale the language
     * @return the text
     */
    public String render(Locale locale) {
      return format(locale, key, arguments);
    }
  }

  /**
   * A message as data.
   *
   * @param key its key
   * @param arguments its arguments
   * @return the message
   */
  public static Message message(String key, Object... arguments) {
    return new Message(key, java.util.Arrays.asList(arguments));
  }

  /**
   * The bundle.
   *
   * @return it
   */
  public static Bundle bundle() {
    return BUNDLE;
  }

  /**
   * A message in a language.
   *
   * @param locale the language
   * @param key its key
   * @param arguments its arguments: text, {@link Message}s, or model errors
   * @return the text
   */
  public static String format(Locale locale, String key, List<?> arguments) {
    List<Object> rendered = new ArrayList<>(arguments.size());
    for (Object a : arguments) {
      rendered.add(render(locale, a));
    }
    return BUNDLE.format(locale, key, rendered);
  }

  /**
   * A message in a language.
   *
   * @param locale the language
   * @param key its key
   * @param arguments its arguments
   * @return the text
   */
  public static String format(Locale locale, String key, Object... arguments) {
    return format(locale, key, java.util.Arrays.asList(arguments));
  }

  /**
   * The one-line outcome of a verdict: valid, invalid or not fully judged, with its counts of
   * errors, warnings and rules left undetermined.
   *
   * @param verdict the verdict
   * @return the message
   */
  public static Message verdict(io.github.rcmgovernance.rules.Verdict verdict) {
    return message(
        "out." + verdict.outcome().name().toLowerCase(Locale.ROOT),
        verdict.errors().size(),
        verdict.warnings().size(),
        verdict.undeterminedRules().size());
  }

  private static Object render(Locale locale, Object argument) {
    if (argument instanceof Number) {
      return argument;
    } else if (argument instanceof Message m) {
      return m.render(locale);
    } else if (argument instanceof ModelInputException e) {
      return e.reason(locale);
    } else if (argument instanceof InvalidValueException e) {
      return e.message(locale);
    }
    return String.valueOf(argument);
  }
}
