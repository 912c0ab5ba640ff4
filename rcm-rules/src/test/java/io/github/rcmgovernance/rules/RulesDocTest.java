package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules' metadata. This test fails when the file is out
 * of date; run it with {@code -Drcm.updateDocs=true} to write it anew.
 */
class RulesDocTest {
  static String render(Validator validator) {
    StringBuilder out = new StringBuilder();
    out.append("# Rule catalogue\n\n")
        .append("Generated from the rules' metadata by `RulesDocTest`; do not edit by hand.\n")
        .append(
            "Rule ids are stable public identifiers. Exact conditions: [semantics.md](semantics.md).\n")
        .append("Cites name paragraphs of the source text (see the README).\n\n")
        .append("| id | severity | applies to | cite | requires |\n")
        .append("|---|---|---|---|---|\n");
    for (RuleInfo rule : validator.rules()) {
      out.append("| ")
          .append(rule.id())
          .append(" | ")
          .append(rule.severity())
          .append(" | ")
          .append(String.join(", ", rule.appliesTo()))
          .append(" | ")
          .append(rule.cite())
          .append(" | ")
          .append(rule.description().replace("|", "\\|"))
          .append(" |\n");
    }
    out.append("\n")
        .append("RCM-OBS-3 is a permission, not a rule: no rule reports on an observer")
        .append(" organisation's technical advice, information note or own recommendation on a")
        .append(
            " specific aspect because an organisation wrote it. It covers no observer State and")
        .append(" no document that contains commitments (GI-2).\n");
    return out.toString();
  }

  @Test
  void rulesDocumentIsUpToDate() throws IOException {
    Path doc = Path.of("..", "docs", "rules.md");
    String expected = render(Validator.standard());
    if (Boolean.getBoolean("rcm.updateDocs")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(doc)).as("%s exists", doc.toAbsolutePath()).isTrue();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date: run the build with -Drcm.updateDocs=true")
        .isEqualTo(expected);
  }
}
