package io.github.rcmgovernance.examples.quiet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With the logging advice of the README (SLF4J with org.drools at WARN), a host that builds and
 * uses validators, custom rules included, sees no line at all from the library or the engine. The
 * host runs in a JVM of its own, with slf4j-simple and without this module's logging settings.
 */
class QuietLoggingTest {
  private static String classPath() {
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // This module's own classes carry the CLI's logging settings: a host has its own.
    Path own = Path.of("target", "classes").toAbsolutePath();
    List<String> kept = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isBlank() && !Path.of(entry).toAbsolutePath().equals(own)) {
        kept.add(entry);
      }
    }
    assertThat(kept).anyMatch(e -> e.contains("slf4j-simple"));
    return String.join(File.pathSeparator, kept);
  }

  private record Run(int exitCode, String output) {}

  private static Run host(String... logging) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath());
    command.addAll(List.of(logging));
    command.add(QuietHost.class.getName());
    Path output = Files.createTempFile("quiet-host", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the host finished within 120 s").isTrue();
      return new Run(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(output);
    }
  }

  @Test
  void atWarnAHostSeesNoLineFromBuildingOrUsingValidators() throws Exception {
    Run run =
        host(
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
            "-Dorg.slf4j.simpleLogger.log.org.drools=warn");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).isEmpty();
  }

  @Test
  void theHostIsHeardWhenTheEngineIsAskedToSpeak() throws Exception {
    // The same host at DEBUG: the engine does log, so the empty output above means something.
    Run run = host("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("org.drools");
  }
}
