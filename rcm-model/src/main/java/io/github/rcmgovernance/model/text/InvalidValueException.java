package io.github.rcmgovernance.model.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * A value the model refuses, such as a meeting that ends before it starts or a blank id. The
 * message names the field and the reason in English ({@link #getMessage()}); {@link
 * #message(Locale)} gives it in another language. The key and the arguments are the message as
 * data. Fields and types are named as they are written in code and in JSON ({@code
 * MeetingProposal.id}, {@code toMonth}), the same in every language.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final Bundle BUNDLE =
      Bundle.of(
          InvalidValueException.class::getResourceAsStream,
          "/io/github/rcmgovernance/model/text/messages");

  /** The key of the reason in the model's bundle. */
  private final String key;

  /** The arguments of the reason, rendered. */
  private final ImmutableList<String> arguments;

  /**
   * A refused value.
   *
   * @param key the key of the reason in the model's message bundle
   * @param arguments its arguments, rendered
   */
  public InvalidValueException(String key, List<String> arguments) {
    super(BUNDLE.format(Locale.ENGLISH, checkNotNull(key, "key"), arguments));
    this.key = key;
    this.arguments = ImmutableList.copyOf(arguments);
  }

  /** The key of the reason, such as {@code check.blank}. */
  public String key() {
    return key;
  }

  /** The arguments of the reason. */
  public ImmutableList<String> arguments() {
    return arguments;
  }

  /**
   * The reason in a language; English where the model has no messages in it.
   *
   * @param locale the language
   * @return the reason
   */
  public String message(Locale locale) {
    return BUNDLE.format(locale, key, arguments);
  }

  /**
   * The model's own bundle: the reasons of refused values and of input the JSON reader refuses.
   *
   * @return the bundle
   */
  public static Bundle bundle() {
    return BUNDLE;
  }
}
