package io.github.rcmgovernance.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The Java example of README.md compiles exactly as written, imports included, and prints the lines
 * its comments show. The example is read from the README itself, so it cannot drift.
 */
class ReadmeSnippetTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theReadmesJavaExampleCompilesAndPrintsWhatItSays(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = JAVA_BLOCK.matcher(readme);
    assertThat(m.find()).as("README.md has a java block").isTrue();
    String snippet = m.group(1);

    List<String> imports = new ArrayList<>();
    List<String> statements = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String line : snippet.split("\n")) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else if (line.startsWith("// RCM-")) {
        expected.add(line.substring(3));
      } else {
        statements.add(line);
      }
    }
    assertThat(imports).as("the example names the packages it uses").isNotEmpty();
    assertThat(expected).as("the example shows what it prints").isNotEmpty();

    Path source = dir.resolve("ReadmeExample.java");
    Files.writeString(
        source,
        String.join("\n", imports)
            + "\npublic class ReadmeExample {\n  public static void main(String[] args) {\n"
            + String.join("\n", statements)
            + "\n  }\n}\n");
    Snippets.compile(dir, source);

    assertThat(Snippets.run(dir, "ReadmeExample", "main", (Object) new String[0]))
        .containsExactlyElementsOf(expected);
  }
}
