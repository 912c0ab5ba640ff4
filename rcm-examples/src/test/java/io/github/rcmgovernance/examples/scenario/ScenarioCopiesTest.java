package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.examples.BuiltInScenarios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scenario files share histories and acts by reference ({@code historyFile}, {@code actFile}), not
 * by copying them. This test measures copying: for two files, the lines of one that lie in a run of
 * at least {@value #RUN} consecutive lines found in the same order in the other. Lines are compared
 * without indentation, and lines of brackets and commas alone are left out: they carry no content,
 * and would make any two small files of the same shape look alike. No two files under the built-in
 * scenario directory, parts included, may share more than {@value #MAX_SHARED} lines that way.
 */
class ScenarioCopiesTest {
  private static final int RUN = 3;
  private static final int MAX_SHARED = 20;
  private static final java.util.regex.Pattern CONTENT =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}\"]");

  @Test
  void noTwoScenarioFilesShareMoreThanAFewLines() throws IOException {
    Map<Path, List<String>> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(BuiltInScenarios.directory())) {
      walk.filter(p -> p.toString().endsWith(".json")).forEach(p -> files.put(p, lines(p)));
    }
    assertThat(files).hasSizeGreaterThan(100);

    List<String> copies = new ArrayList<>();
    List<Path> paths = List.copyOf(files.keySet());
    for (int i = 0; i < paths.size(); i++) {
      for (int j = i + 1; j < paths.size(); j++) {
        List<String> a = files.get(paths.get(i));
        List<String> b = files.get(paths.get(j));
        int shared = Math.max(shared(a, b), shared(b, a));
        if (shared > MAX_SHARED) {
          copies.add(shared + " lines: " + paths.get(i) + " and " + paths.get(j));
        }
      }
    }
    assertThat(copies).as("files that copy each other").isEmpty();
  }

  @Test
  void onlyLinesWithContentAreCompared() throws IOException {
    Path file = Files.createTempFile("copies", ".json");
    try {
      Files.writeString(file, "{\n  \"a\" : [ {\n    \"b\" : 1\n  } ],\n  \"c\" : null\n}\n");
      assertThat(lines(file)).containsExactly("\"a\" : [ {", "\"b\" : 1", "\"c\" : null");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void theMeasureCountsACopiedBlockAndIgnoresScatteredBraces() {
    List<String> block = List.of("{", "\"party\": \"GT\",", "\"level\": \"OFFICIAL\"", "}");
    List<String> withBlock = new ArrayList<>(List.of("a", "b"));
    withBlock.addAll(block);
    List<String> scattered = List.of("{", "x", "}", "y", "{", "z", "}");

    assertThat(shared(withBlock, block)).isEqualTo(4);
    assertThat(shared(block, withBlock)).isEqualTo(4);
    assertThat(shared(scattered, block)).isZero();
    assertThat(shared(List.of("a", "b"), List.of("a", "b"))).isZero();
  }

  /** The lines of {@code b} inside a run of {@link #RUN} lines that also occurs in {@code a}. */
  static int shared(List<String> a, List<String> b) {
    Set<List<String>> runs = new HashSet<>();
    for (int i = 0; i + RUN <= a.size(); i++) {
      runs.add(a.subList(i, i + RUN));
    }
    boolean[] copied = new boolean[b.size()];
    for (int j = 0; j + RUN <= b.size(); j++) {
      if (runs.contains(b.subList(j, j + RUN))) {
        for (int k = j; k < j + RUN; k++) {
          copied[k] = true;
        }
      }
    }
    int count = 0;
    for (boolean line : copied) {
      count += line ? 1 : 0;
    }
    return count;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .map(String::strip)
          .filter(line -> CONTENT.matcher(line).find())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
