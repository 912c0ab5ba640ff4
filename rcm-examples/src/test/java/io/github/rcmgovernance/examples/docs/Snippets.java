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
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles example code taken from the docs against the test class path, and runs it. */
final class Snippets {
  private Snippets() {}

  /** Compiles sources into a directory; fails the test with javac's messages if they do not. */
  static void compile(Path out, Path... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    String[] args = new String[4 + sources.length];
    args[0] = "-classpath";
    args[1] = System.getProperty("java.class.path");
    args[2] = "-d";
    args[3] = out.toString();
    for (int i = 0; i < sources.length; i++) {
      args[4 + i] = sources[i].toString();
    }
    int status = javac.run(null, OutputStream.nullOutputStream(), diagnostics, args);
    assertThat(status).as("javac:%n%s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
  }

  /**
   * Runs a static method of a compiled class and returns the lines it printed to standard output.
   */
  static List<String> run(Path classes, String className, String method, Object... arguments)
      throws IOException, ReflectiveOperationException {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, Snippets.class.getClassLoader())) {
      Method target = null;
      for (Method m : loader.loadClass(className).getMethods()) {
        if (m.getName().equals(method)) {
          target = m;
        }
      }
      assertThat(target).as("%s.%s", className, method).isNotNull();
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      target.invoke(null, arguments);
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
