package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.text.Bundle;
import io.github.rcmgovernance.model.text.InvalidValueException;
import io.github.rcmgovernance.model.text.MessagePatterns;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of the model (refused values, JSON input errors), of the examples and of the
 * tool's usage help: English and Spanish have the same keys with the same places, and every pattern
 * renders in both languages.
 */
class BundlesTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void theModelsBundleHasEveryKeyInBothLanguages() {
    same(InvalidValueException.bundle(), 40);
  }

  @Test
  void theExamplesBundleHasEveryKeyInBothLanguages() {
    same(Texts.bundle(), 90);
  }

  @Test
  void theUsageHelpHasEveryKeyInBothLanguages() throws IOException {
    for (String name : List.of("RcmHelp", "RunHelp", "DiffHelp")) {
      String base = "/io/github/rcmgovernance/examples/cli/" + name;
      Map<String, String> en = read(base + ".properties");
      Map<String, String> es = read(base + "_es.properties");
      assertThat(en).as(name).hasSizeGreaterThan(5);
      assertThat(es.keySet()).as(name).isEqualTo(en.keySet());
    }
  }

  @Test
  void aRefusedValueReadsInSpanish() {
    InvalidValueException e = new InvalidValueException("check.blank", List.of("Decision.id"));
    assertThat(e.getMessage()).isEqualTo("Decision.id must not be blank");
    assertThat(e.message(ES)).isEqualTo("Decision.id no debe estar vacío");
    assertThat(e.message(Locale.GERMAN)).isEqualTo(e.getMessage());
  }

  private static void same(Bundle bundle, int atLeast) {
    Map<String, String> en = bundle.own("en");
    Map<String, String> es = bundle.own("es");
    assertThat(en).hasSizeGreaterThan(atLeast);
    assertThat(es.keySet()).isEqualTo(en.keySet());
    for (String key : en.keySet()) {
      assertThat(MessagePatterns.places(es.get(key)))
          .as(key)
          .isEqualTo(MessagePatterns.places(en.get(key)));
      for (Locale locale : List.of(Locale.ENGLISH, ES)) {
        String pattern = locale == ES ? es.get(key) : en.get(key);
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          arguments.add(i);
        }
        assertThatCode(() -> new MessageFormat(pattern, locale).format(arguments.toArray()))
            .as("%s in %s", key, locale)
            .doesNotThrowAnyException();
      }
    }
  }

  private static Map<String, String> read(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> out = new java.util.HashMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return out;
  }
}
