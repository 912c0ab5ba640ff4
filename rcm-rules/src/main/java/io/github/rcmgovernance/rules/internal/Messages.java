package io.github.rcmgovernance.rules.internal;

import io.github.rcmgovernance.model.text.Bundle;
import io.github.rcmgovernance.rules.Argument;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders messages from the rules' message bundle ({@code
 * io/github/rcmgovernance/rules/messages*.properties}, UTF-8): the pattern of a key, with its typed
 * arguments rendered in the same language. English is the base bundle; a language without a bundle
 * of its own gets English, never the JVM's default language. Rendering never throws: a key the
 * bundle lacks is written as the key and its arguments.
 */
public final class Messages {
  private static final Bundle BUNDLE =
      Bundle.of(Messages.class::getResourceAsStream, "/io/github/rcmgovernance/rules/messages");

  private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

  private Messages() {}

  /** Days are written in the locale's long form: 22 May 2024, 22 de mayo de 2024. */
  private static DateTimeFormatter dateFormat(Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .withChronology(IsoChronology.INSTANCE);
  }

  /**
   * The messages of a language: its own keys over the English ones.
   *
   * @param locale the language
   * @return the patterns by key
   */
  public static Map<String, String> bundle(Locale locale) {
    return BUNDLE.patterns(locale);
  }

  /**
   * The keys of one language's file alone.
   *
   * @param language {@code en} or another language code, such as {@code es}
   * @return the patterns by key; empty when the library has no file for the language
   */
  public static Map<String, String> own(String language) {
    return BUNDLE.own(language);
  }

  /**
   * Renders a message.
   *
   * @param locale the language
   * @param key the key
   * @param arguments the arguments
   * @return the text
   */
  public static String render(Locale locale, String key, List<Argument> arguments) {
    Map<String, String> bundle = bundle(locale);
    List<String> rendered = new ArrayList<>(arguments.size());
    for (Argument a : arguments) {
      rendered.add(argument(bundle, locale, a));
    }
    return BUNDLE.format(locale, key, rendered);
  }

  private static String argument(Map<String, String> bundle, Locale locale, Argument argument) {
    if (argument instanceof Argument.OfParty p) {
      return p.party().code();
    } else if (argument instanceof Argument.OfBody b) {
      return orKey(bundle, locale, "body." + b.body().name());
    } else if (argument instanceof Argument.OfMeeting m) {
      return m.name().equals(m.id()) ? m.id() : m.name() + " (" + m.id() + ")";
    } else if (argument instanceof Argument.OfId i) {
      return i.id();
    } else if (argument instanceof Argument.OfDate d) {
      return DATES.computeIfAbsent(locale, Messages::dateFormat).format(d.date());
    } else if (argument instanceof Argument.OfNumber n) {
      return Long.toString(n.number());
    } else if (argument instanceof Argument.OfText t) {
      return t.text();
    } else if (argument instanceof Argument.OfTerm t) {
      return orKey(bundle, locale, "term." + t.type() + "." + t.name());
    } else if (argument instanceof Argument.OfWindow w) {
      return patternOrKey(
          bundle,
          locale,
          "window",
          Month.of(w.fromMonth()).getDisplayName(TextStyle.FULL_STANDALONE, locale),
          Month.of(w.toMonth()).getDisplayName(TextStyle.FULL_STANDALONE, locale));
    } else if (argument instanceof Argument.OfAct a) {
      return patternOrKey(bundle, locale, "act." + a.type(), a.name());
    }
    List<String> parts = new ArrayList<>();
    ((Argument.OfList) argument).elements().forEach(e -> parts.add(argument(bundle, locale, e)));
    return String.join(", ", parts);
  }

  /** The pattern of a key formatted, or, for a key the bundle lacks, the key and the first. */
  private static String patternOrKey(
      Map<String, String> bundle, Locale locale, String key, String... arguments) {
    return bundle.containsKey(key)
        ? BUNDLE.format(locale, key, List.of(arguments))
        : key + " " + arguments[0];
  }

  /** A term's words: a pattern without arguments, so quotes are written as in any pattern. */
  private static String orKey(Map<String, String> bundle, Locale locale, String key) {
    return bundle.containsKey(key) ? BUNDLE.format(locale, key, List.of()) : key;
  }
}
