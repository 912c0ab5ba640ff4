package io.github.rcmgovernance.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bundle reads each language over the English base, from the caller's own resources. */
class BundleTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  /** Resources held in memory, so each test reads a fresh bundle. */
  private static Bundle bundle(Map<String, String> files) {
    return Bundle.of(
        name ->
            files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8))
                : null,
        "/t/messages");
  }

  private static final Map<String, String> FILES =
      Map.of(
          "/t/messages.properties",
          "greeting=Hello {0}\n"
              + "only.en=English only\n"
              + "count={0,choice,0#no errors|1#one error|1<{0} errors}\n",
          "/t/messages_es.properties",
          "greeting=Hola {0}\n"
              + "count={0,choice,0#ningún error|1#un error|1<{0} errores}\n"
              + "solo=ñandú\n");

  @Test
  void aLanguageFallsBackToEnglishKeyByKey() {
    Bundle b = bundle(FILES);
    assertThat(b.patterns(ES))
        .containsEntry("greeting", "Hola {0}")
        .containsEntry("only.en", "English only")
        .containsEntry("solo", "ñandú");
    assertThat(b.patterns(Locale.ENGLISH))
        .containsEntry("greeting", "Hello {0}")
        .doesNotContainKey("solo");
    assertThat(b.patterns(Locale.FRENCH)).isEqualTo(b.patterns(Locale.ENGLISH));
    assertThat(b.patterns(Locale.ROOT)).isEqualTo(b.patterns(Locale.ENGLISH));
  }

  @Test
  void ownKeysLeaveTheEnglishOnesOut() {
    Bundle b = bundle(FILES);
    assertThat(b.own("es")).containsOnlyKeys("greeting", "count", "solo");
    assertThat(b.own("en")).containsOnlyKeys("greeting", "only.en", "count");
    assertThat(b.own("")).isEqualTo(b.own("en"));
    assertThat(b.own("fr")).isEmpty();
  }

  @Test
  void formatFillsArgumentsAndChoosesWords() {
    Bundle b = bundle(FILES);
    assertThat(b.format(ES, "greeting", List.of("Ana"))).isEqualTo("Hola Ana");
    assertThat(b.format(Locale.ENGLISH, "count", List.of(0))).isEqualTo("no errors");
    assertThat(b.format(Locale.ENGLISH, "count", List.of(1))).isEqualTo("one error");
    assertThat(b.format(ES, "count", List.of(3))).isEqualTo("3 errores");
  }

  @Test
  void anUnknownKeyIsWrittenWithItsArguments() {
    assertThat(bundle(FILES).format(ES, "missing.key", List.of("a", 2)))
        .isEqualTo("missing.key [a, 2]");
  }

  @Test
  void noFilesAtAllGiveEmptyPatterns() {
    assertThat(bundle(Map.of()).patterns(ES)).isEmpty();
  }

  @Test
  void anUnreadableFileIsAnErrorNamingIt() {
    Bundle broken =
        Bundle.of(
            name ->
                new InputStream() {
                  @Override
                  public int read() throws IOException {
                    throw new IOException("disk gone");
                  }
                },
            "/t/broken");
    assertThatThrownBy(() -> broken.patterns(Locale.ENGLISH))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("/t/broken.properties");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> Bundle.of(null, "/t/m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("opener");
    assertThatThrownBy(() -> Bundle.of(n -> null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void theModelsOwnRefusalsReadInBothLanguages() {
    InvalidValueException e = new InvalidValueException("check.blank", List.of("Decision.id"));
    assertThat(e.key()).isEqualTo("check.blank");
    assertThat(e.arguments()).containsExactly("Decision.id");
    assertThat(e.message(Locale.ENGLISH)).contains("Decision.id").isEqualTo(e.getMessage());
    assertThat(e.message(ES)).contains("Decision.id").isNotEqualTo(e.message(Locale.ENGLISH));
  }

  /** Patterns are parsed once and shared; threads formatting at once still get their own text. */
  @Test
  void formatsTheSameKeyOnManyThreadsAtOnce() throws Exception {
    Bundle b = bundle(FILES);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        checks.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 20_000; i++) {
                    int n = (i + offset) % 3;
                    Locale locale = (i & 1) == 0 ? Locale.ENGLISH : ES;
                    String expected =
                        locale == ES
                            ? List.of("ningún error", "un error", "2 errores").get(n)
                            : List.of("no errors", "one error", "2 errors").get(n);
                    if (!b.format(locale, "count", List.of(n)).equals(expected)
                        || !b.format(locale, "greeting", List.of("x" + i)).endsWith(" x" + i)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (java.util.concurrent.Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
