package io.github.rcmgovernance.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.examples.ValidateDecisionExample;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code examples in the Javadoc of the entry types compile against the library as it is and run
 * without failing. They are read from the source files, so they cannot drift from the API.
 */
class JavadocExamplesTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>", Pattern.DOTALL);

  /** An entry type's source, and the values its examples use without declaring them. */
  private record Entry(String module, String type, String given) {
    Path source() {
      return Path.of("..", module, "src/main/java", type.replace('.', '/') + ".java");
    }

    String simpleName() {
      return type.substring(type.lastIndexOf('.') + 1);
    }
  }

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry("rcm-rules", "io.github.rcmgovernance.rules.Validator", "Decision decision"),
          new Entry(
              "rcm-rules", "io.github.rcmgovernance.rules.Verdict", "Act act, History history"),
          new Entry("rcm-rules", "io.github.rcmgovernance.rules.Violation", "Verdict verdict"),
          new Entry("rcm-model", "io.github.rcmgovernance.model.act.Decision", ""),
          new Entry("rcm-model", "io.github.rcmgovernance.model.charter.Charter", ""),
          new Entry(
              "rcm-model", "io.github.rcmgovernance.model.json.RcmJson", "Decision decision"));

  private static final String IMPORTS =
      """
      import io.github.rcmgovernance.model.act.*;
      import io.github.rcmgovernance.model.body.*;
      import io.github.rcmgovernance.model.charter.*;
      import io.github.rcmgovernance.model.delegation.*;
      import io.github.rcmgovernance.model.history.*;
      import io.github.rcmgovernance.model.json.*;
      import io.github.rcmgovernance.model.meeting.*;
      import io.github.rcmgovernance.model.party.*;
      import io.github.rcmgovernance.rules.*;
      import java.time.*;
      import java.util.*;
      """;

  /** The examples of one source file, in order, with the Javadoc margin taken off. */
  static List<String> examples(Path source) throws java.io.IOException {
    List<String> examples = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(Files.readString(source, StandardCharsets.UTF_8));
    while (m.find()) {
      StringBuilder code = new StringBuilder();
      for (String line : m.group(1).split("\n")) {
        code.append(line.replaceFirst("^\\s*\\*( |$)", "")).append('\n');
      }
      examples.add(code.toString());
    }
    // Every example of the file is found, those of members (indented further) included.
    String text = Files.readString(source, StandardCharsets.UTF_8);
    assertThat(examples).hasSize(text.split("<pre>\\{@code", -1).length - 1);
    return examples;
  }

  @Test
  void everyEntryTypeShowsAnExampleThatCompilesAndRuns(@TempDir Path dir) throws Exception {
    List<Path> sources = new ArrayList<>();
    for (Entry entry : ENTRIES) {
      List<String> examples = examples(entry.source());
      assertThat(examples).as("examples in %s", entry.source()).isNotEmpty();
      String name = entry.simpleName() + "Example";
      // The examples of one type run in order in one method: a later one may use what an earlier
      // one declared, as a reader would.
      Path source = dir.resolve(name + ".java");
      Files.writeString(
          source,
          IMPORTS
              + "public class "
              + name
              + " {\n  public static void run("
              + entry.given()
              + ") throws Exception {\n"
              + String.join("\n", examples)
              + "\n  }\n}\n");
      sources.add(source);
    }
    Snippets.compile(dir, sources.toArray(Path[]::new));

    // The README's decision, which breaks RCM-DEC-1 and RCM-DEC-4: every branch of the examples
    // runs.
    Decision decision = ValidateDecisionExample.decision();
    History history = History.empty();
    Verdict verdict = Validator.standard().validate(decision, history);
    java.util.Map<String, List<String>> printed = new java.util.HashMap<>();
    for (Entry entry : ENTRIES) {
      Object[] given =
          switch (entry.given()) {
            case "" -> new Object[0];
            case "Decision decision" -> new Object[] {decision};
            case "Act act, History history" -> new Object[] {decision, history};
            case "Verdict verdict" -> new Object[] {verdict};
            default -> throw new AssertionError("no values for " + entry.given());
          };
      // Each example runs to its end: a call that throws fails the test.
      printed.put(
          entry.simpleName(), Snippets.run(dir, entry.simpleName() + "Example", "run", given));
    }
    assertThat(printed.get("Validator"))
        .anySatisfy(line -> assertThat(line).startsWith("RCM-DEC-1 ERROR: "));
    assertThat(printed.get("Verdict"))
        .contains("acto DEC-2024-7: no válido (errores: 2, advertencias: 0)")
        .anySatisfy(line -> assertThat(line).startsWith("RCM-DEC-1: "));
    assertThat(printed.get("Violation"))
        .anySatisfy(line -> assertThat(line).startsWith("RCM-DEC-1 party:AR: "))
        .anySatisfy(line -> assertThat(line).startsWith("  at: "));
  }
}
