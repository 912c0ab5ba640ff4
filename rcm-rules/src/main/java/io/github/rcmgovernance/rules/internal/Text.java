package io.github.rcmgovernance.rules.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.rules.Argument;
import java.util.List;
import java.util.Locale;

/**
 * A message as data: a key of the rules' message bundle and its typed arguments. A rule gives the
 * part of the key after its rule id ({@code observer}); the collector qualifies it with the id
 * ({@code RCM-DEC-1.observer}).
 *
 * @param key the key
 * @param arguments the arguments, in the order of the pattern's placeholders
 */
public record Text(String key, ImmutableList<Argument> arguments) {
  /** Requires both parts. */
  public Text {
    checkNotNull(key, "key");
    checkNotNull(arguments, "arguments");
  }

  /**
   * A text.
   *
   * @param key the key
   * @param arguments the arguments
   * @return the text
   */
  public static Text of(String key, Argument... arguments) {
    return new Text(key, ImmutableList.copyOf(arguments));
  }

  /**
   * A text.
   *
   * @param key the key
   * @param arguments the arguments
   * @return the text
   */
  public static Text of(String key, List<Argument> arguments) {
    return new Text(key, ImmutableList.copyOf(arguments));
  }

  /**
   * The same text with its key qualified by a rule id.
   *
   * @param ruleId the rule id
   * @return the text under {@code ruleId.key}
   */
  public Text qualified(String ruleId) {
    return new Text(ruleId + "." + key, arguments);
  }

  /**
   * The text rendered in a language.
   *
   * @param locale the language
   * @return the text
   */
  public String render(Locale locale) {
    return Messages.render(locale, key, arguments);
  }
}
