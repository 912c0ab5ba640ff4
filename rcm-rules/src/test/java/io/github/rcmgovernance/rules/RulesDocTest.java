package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules' metadata. This test fails when the file is out
 * of date; run it with {@code -Drcm.updateDocs=true} to write it anew.
 */
class RulesDocTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  /** The page's own words in one language: everything but the rules' descriptions. */
  private record Words(
      String title,
      String generated,
      String ids,
      String cites,
      String header,
      Map<Severity, String> severities,
      String permission) {}

  private static final Words ENGLISH =
      new Words(
          "# Rule catalogue",
          "Generated from the rules' metadata by `RulesDocTest`; do not edit by hand.",
          "Rule ids are stable public identifiers. Exact conditions: [semantics.md](semantics.md)."
              + " En español: [rules.es.md](rules.es.md).",
          "Cites name paragraphs of the source text (see the README).",
          "| id | severity | applies to | cite | requires |",
          Map.of(Severity.ERROR, "ERROR", Severity.WARNING, "WARNING"),
          "RCM-OBS-3 is a permission, not a rule: no rule reports on an observer organisation's"
              + " technical advice, information note or own recommendation on a specific aspect"
              + " because an organisation wrote it. It covers no observer State and no document that"
              + " contains commitments (GI-2).");

  private static final Words SPANISH =
      new Words(
          "# Catálogo de reglas",
          "Generado a partir de los metadatos de las reglas por `RulesDocTest`; no se edita a mano.",
          "Los identificadores de las reglas son identificadores públicos estables. Condiciones"
              + " exactas (en inglés): [semantics.md](semantics.md). In English:"
              + " [rules.md](rules.md).",
          "Las citas nombran párrafos del texto fuente (véase el README).",
          "| id | gravedad | se aplica a | cita | exige |",
          Map.of(Severity.ERROR, "ERROR", Severity.WARNING, "ADVERTENCIA"),
          "RCM-OBS-3 es un permiso, no una regla: ninguna regla informa sobre el asesoramiento"
              + " técnico, la nota informativa o la recomendación propia sobre un aspecto específico"
              + " de un organismo observador por el hecho de que la haya escrito un organismo. No"
              + " abarca a ningún país observador ni a ningún documento que contenga compromisos"
              + " (GI-2).");

  static String render(Validator validator) {
    return render(validator, Locale.ENGLISH, ENGLISH);
  }

  static String render(Validator validator, Locale locale, Words words) {
    StringBuilder out = new StringBuilder();
    out.append(words.title())
        .append("\n\n")
        .append(words.generated())
        .append('\n')
        .append(words.ids())
        .append('\n')
        .append(words.cites())
        .append("\n\n")
        .append(words.header())
        .append('\n')
        .append("|---|---|---|---|---|\n");
    for (RuleInfo rule : validator.rules()) {
      out.append("| ")
          .append(rule.id())
          .append(" | ")
          .append(words.severities().get(rule.severity()))
          .append(" | ")
          .append(String.join(", ", rule.appliesTo()))
          .append(" | ")
          .append(rule.cite())
          .append(" | ")
          .append(rule.description(locale).replace("|", "\\|"))
          .append(" |\n");
    }
    out.append("\n").append(words.permission()).append('\n');
    return out.toString();
  }

  @Test
  void rulesDocumentIsUpToDate() throws IOException {
    check(Path.of("..", "docs", "rules.md"), render(Validator.standard()));
  }

  @Test
  void spanishRulesDocumentIsUpToDate() throws IOException {
    check(Path.of("..", "docs", "rules.es.md"), render(Validator.standard(), ES, SPANISH));
  }

  private static void check(Path doc, String expected) throws IOException {
    if (Boolean.getBoolean("rcm.updateDocs")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(doc)).as("%s exists", doc.toAbsolutePath()).isTrue();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("%s is out of date: run the build with -Drcm.updateDocs=true", doc.getFileName())
        .isEqualTo(expected);
  }
}
