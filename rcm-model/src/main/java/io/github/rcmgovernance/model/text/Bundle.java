package io.github.rcmgovernance.model.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A message bundle: {@code NAME.properties} (English, the base) and {@code NAME_LANG.properties}
 * for each other language, read as UTF-8. A language without a file of its own gets English, never
 * the JVM's default language; a key a language lacks falls back to English. Patterns are {@link
 * MessageFormat} patterns whose arguments are text the caller has already rendered, so a single
 * quote is written {@code ''}.
 *
 * <p>Immutable and thread-safe; each language is read once, on first use.
 *
 * @since 0.1.0
 */
public final class Bundle {
  private final Function<String, @Nullable InputStream> opener;
  private final String name;
  private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

  /**
   * Parsed patterns by locale and key, parsed once. A {@link MessageFormat} is not thread-safe, so
   * these are never used to format: each call formats with a copy ({@code clone()} copies the
   * parsed pattern, which costs far less than parsing it again).
   */
  private final Map<Locale, Map<String, MessageFormat>> parsed = new ConcurrentHashMap<>();

  private Bundle(Function<String, @Nullable InputStream> opener, String name) {
    this.opener = opener;
    this.name = name;
  }

  /**
   * A bundle read through the caller's own resource lookup, so that it works in a named module:
   * {@code Bundle.of(n -> MyClass.class.getResourceAsStream(n), "/com/example/messages")}.
   *
   * @param opener opens a resource by absolute name, or gives null when there is none
   * @param name the resource name without {@code .properties}, such as {@code
   *     /com/example/messages}
   * @return the bundle
   */
  public static Bundle of(Function<String, @Nullable InputStream> opener, String name) {
    return new Bundle(checkNotNull(opener, "opener"), checkNotNull(name, "name"));
  }

  /**
   * The patterns of a language: its own keys over the English ones.
   *
   * @param locale the language (only its language part counts)
   * @return the patterns by key
   */
  public Map<String, String> patterns(Locale locale) {
    return byLanguage.computeIfAbsent(locale.getLanguage(), this::load);
  }

  /**
   * The keys of one language's file alone, without the English ones under them.
   *
   * @param language a language code such as {@code es}, or {@code en} for the base file
   * @return the patterns by key; empty when there is no such file
   */
  public Map<String, String> own(String language) {
    return read(language.equals("en") || language.isEmpty() ? "" : "_" + language);
  }

  /**
   * A message in a language.
   *
   * @param locale the language
   * @param key the key
   * @param arguments the arguments: text the caller has rendered, or numbers, which a pattern may
   *     format or choose words by ({@code {0,choice,0#no errors|1#one error|1<{0} errors}})
   * @return the text; the key followed by the arguments when no language has the key
   */
  public String format(Locale locale, String key, List<?> arguments) {
    String pattern = patterns(locale).get(key);
    if (pattern == null) {
      return key + " " + arguments;
    }
    MessageFormat prototype =
        parsed
            .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
            .computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
    return ((MessageFormat) prototype.clone()).format(arguments.toArray());
  }

  private Map<String, String> load(String language) {
    Map<String, String> patterns = new HashMap<>(read(""));
    if (!language.isEmpty() && !language.equals("en")) {
      patterns.putAll(read("_" + language));
    }
    return Map.copyOf(patterns);
  }

  private Map<String, String> read(String suffix) {
    String resource = name + suffix + ".properties";
    Properties properties = new Properties();
    try (InputStream in = opener.apply(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the message bundle " + resource + " cannot be read", e);
    }
    Map<String, String> out = new HashMap<>();
    properties.forEach((k, v) -> out.put((String) k, (String) v));
    return Map.copyOf(out);
  }
}
