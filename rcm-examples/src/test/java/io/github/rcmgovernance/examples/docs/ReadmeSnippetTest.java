package io.github.rcmgovernance.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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
    compile(source, dir);

    assertThat(run(dir)).containsExactlyElementsOf(expected);
  }

  private static void compile(Path source, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            OutputStream.nullOutputStream(),
            diagnostics,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            out.toString(),
            source.toString());
    assertThat(status).as("javac:%n%s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
  }

  private static List<String> run(Path classes) throws IOException, ReflectiveOperationException {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeSnippetTest.class.getClassLoader())) {
      Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
