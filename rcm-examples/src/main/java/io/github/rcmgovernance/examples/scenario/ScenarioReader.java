package io.github.rcmgovernance.examples.scenario;

import io.github.rcmgovernance.examples.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads scenario files: one file, or every {@code *.json} file under a directory, recursively and
 * in path order. Under a directory, schemas ({@code *.schema.json}) and the parts that scenarios
 * refer to ({@code *.history.json}, {@code *.act.json}) are not scenarios and are not read as such.
 *
 * <p>Reading is strict: a file that is missing, unreadable, not UTF-8, malformed, or that has an
 * unknown field, lacks {@code name} or {@code act}, or gives a value the model rejects, fails with
 * a {@link ScenarioException} naming the file, the JSON path and the reason.
 *
 * <p>Instances hold no state and may be shared.
 *
 * @since 0.1.0
 */
public final class ScenarioReader {
  private static final String SUFFIX = ".json";
  private static final String SCHEMA_SUFFIX = ".schema.json";

  /** Parts that scenarios refer to ({@code historyFile}, {@code actFile}); not scenarios. */
  private static final List<String> PART_SUFFIXES = List.of(".history.json", ".act.json");

  /** A reader. */
  public ScenarioReader() {}

  /**
   * Reads one scenario file.
   *
   * @param file the file
   * @return the scenario
   * @throws ScenarioException if the file cannot be read or is not a valid scenario
   */
  public Scenario read(Path file) {
    return parse(text(file), file);
  }

  /**
   * Reads one plan file.
   *
   * @param file the file
   * @return the plan
   * @throws ScenarioException if the file cannot be read or is not a valid plan file
   * @since 0.2.0
   */
  public PlanScenario readPlan(Path file) {
    return parsePlan(text(file), file);
  }

  /**
   * Parses the text of a plan file.
   *
   * @param json the JSON text
   * @param source the file it comes from, named in errors and kept in the plan
   * @return the plan
   * @throws ScenarioException if the text is not a valid plan file
   * @since 0.2.0
   */
  public PlanScenario parsePlan(String json, Path source) {
    return new ScenarioParser(source).parsePlan(json);
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(file.toString(), "$", "reason.model", List.of(describe(e)), e);
    }
  }

  /**
   * Parses the text of a scenario file.
   *
   * @param json the JSON text
   * @param source the file it comes from, named in errors and kept in the scenario
   * @return the scenario
   * @throws ScenarioException if the text is not a valid scenario
   */
  public Scenario parse(String json, Path source) {
    return new ScenarioParser(source).parse(json);
  }

  /**
   * Reads a scenario file, or every scenario file under a directory.
   *
   * @param fileOrDirectory a file or a directory
   * @return the scenarios, in path order for a directory
   * @throws ScenarioException if anything cannot be read; nothing is returned then
   */
  public List<Scenario> readAll(Path fileOrDirectory) {
    List<Scenario> scenarios = new ArrayList<>();
    for (Path file : files(fileOrDirectory)) {
      checkUnder(fileOrDirectory, file);
      scenarios.add(read(file));
    }
    return List.copyOf(scenarios);
  }

  /**
   * Reads a file found under a directory (or named itself). A link found under a directory is read
   * only when it leads to a file inside that directory: a link to nothing, or to a file outside, is
   * an error that names the link and does not read what it leads to.
   */
  private static void checkUnder(Path root, Path file) {
    if (!file.equals(root) && Files.isSymbolicLink(file)) {
      Path target;
      try {
        target = file.toRealPath();
      } catch (IOException e) {
        throw new ScenarioException(
            file.toString(), "$", "reason.model", List.of(Texts.message("io.danglingLink")), e);
      }
      Path inside;
      try {
        inside = root.toRealPath();
      } catch (IOException e) {
        throw new ScenarioException(root.toString(), "$", "reason.model", List.of(describe(e)), e);
      }
      if (!target.startsWith(inside)) {
        throw new ScenarioException(
            file.toString(),
            "$",
            "reason.model",
            List.of(Texts.message("io.linkOutside", root.toString())),
            null);
      }
    }
  }

  /**
   * Reads the scenarios of several files and directories, in the order given.
   *
   * @param filesOrDirectories files and directories
   * @return the scenarios
   * @throws ScenarioException if anything cannot be read; nothing is returned then
   */
  public List<Scenario> readAll(Collection<Path> filesOrDirectories) {
    List<Scenario> scenarios = new ArrayList<>();
    for (Path path : filesOrDirectories) {
      scenarios.addAll(readAll(path));
    }
    return List.copyOf(scenarios);
  }

  /**
   * What reading many files gave: the scenarios that could be read, in order, and one error per
   * file or directory that could not.
   *
   * @param scenarios the scenarios read
   * @param failures the files and directories that could not be read, in order
   * @since 0.1.0
   */
  public record Reading(List<Scenario> scenarios, List<ScenarioException> failures) {
    /** Keeps unmodifiable copies. */
    public Reading {
      scenarios = List.copyOf(scenarios);
      failures = List.copyOf(failures);
    }
  }

  /**
   * Reads every scenario of several files and directories that can be read, so that one bad file
   * does not hide the others.
   *
   * @param filesOrDirectories files and directories
   * @return the scenarios read and the failures, each in the order given
   */
  public Reading readEach(Collection<Path> filesOrDirectories) {
    List<Scenario> scenarios = new ArrayList<>();
    List<ScenarioException> failures = new ArrayList<>();
    readEach(filesOrDirectories, this::read, scenarios, failures);
    return new Reading(scenarios, failures);
  }

  /**
   * What reading many plan files gave: the plans that could be read, in order, and one error per
   * file or directory that could not.
   *
   * @param plans the plans read
   * @param failures the files and directories that could not be read, in order
   * @since 0.2.0
   */
  public record PlanReading(List<PlanScenario> plans, List<ScenarioException> failures) {
    /** Keeps unmodifiable copies. */
    public PlanReading {
      plans = List.copyOf(plans);
      failures = List.copyOf(failures);
    }
  }

  /**
   * Reads every plan file of several files and directories that can be read, so that one bad file
   * does not hide the others. Directories are searched as for scenarios ({@link #files}).
   *
   * @param filesOrDirectories files and directories
   * @return the plans read and the failures, each in the order given
   * @since 0.2.0
   */
  public PlanReading readEachPlan(Collection<Path> filesOrDirectories) {
    List<PlanScenario> plans = new ArrayList<>();
    List<ScenarioException> failures = new ArrayList<>();
    readEach(filesOrDirectories, this::readPlan, plans, failures);
    return new PlanReading(plans, failures);
  }

  private static <T> void readEach(
      Collection<Path> filesOrDirectories,
      Function<Path, T> reader,
      List<T> read,
      List<ScenarioException> failures) {
    for (Path path : filesOrDirectories) {
      List<Path> files;
      try {
        files = files(path);
      } catch (ScenarioException e) {
        failures.add(e);
        continue;
      }
      for (Path file : files) {
        try {
          checkUnder(path, file);
          read.add(reader.apply(file));
        } catch (ScenarioException e) {
          failures.add(e);
        }
      }
    }
  }

  /**
   * The scenario files a path names: the path itself when it is not a directory, otherwise every
   * {@code *.json} file or link under it except {@code *.schema.json}, {@code *.history.json} and
   * {@code *.act.json}, sorted by path. Links are listed whether or not they lead anywhere, so that
   * reading them reports a broken one instead of passing over it; links to directories are not
   * followed.
   *
   * @param fileOrDirectory a file or a directory
   * @return the files, never empty
   * @throws ScenarioException if the directory cannot be listed or holds no scenario file
   */
  public static List<Path> files(Path fileOrDirectory) {
    if (!Files.isDirectory(fileOrDirectory)) {
      return List.of(fileOrDirectory);
    }
    try (Stream<Path> walk = Files.walk(fileOrDirectory)) {
      List<Path> files =
          walk.filter(f -> Files.isSymbolicLink(f) || Files.isRegularFile(f))
              .filter(f -> !(Files.isSymbolicLink(f) && Files.isDirectory(f)))
              .filter(ScenarioReader::isScenarioFile)
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new ScenarioException(
            fileOrDirectory.toString(),
            "$",
            "reason.model",
            List.of(Texts.message("io.noScenarios")),
            null);
      }
      return files;
    } catch (IOException e) {
      throw new ScenarioException(
          fileOrDirectory.toString(), "$", "reason.model", List.of(describe(e)), e);
    } catch (UncheckedIOException e) {
      throw new ScenarioException(
          fileOrDirectory.toString(), "$", "reason.model", List.of(describe(e.getCause())), e);
    }
  }

  private static boolean isScenarioFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(SUFFIX)
        && !name.endsWith(SCHEMA_SUFFIX)
        && PART_SUFFIXES.stream().noneMatch(name::endsWith);
  }

  /**
   * Names the reason a file cannot be read or written, for messages.
   *
   * @param e the error
   * @return a short reason such as {@code no such file or directory}
   */
  public static Texts.Message describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Texts.message("io.noSuchFile");
    }
    if (e instanceof AccessDeniedException) {
      return Texts.message("io.denied");
    }
    if (e instanceof CharacterCodingException) {
      return Texts.message("io.notUtf8");
    }
    return Texts.message("io.other", e.toString());
  }
}
