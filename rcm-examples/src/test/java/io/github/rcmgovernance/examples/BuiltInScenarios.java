package io.github.rcmgovernance.examples;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the built-in scenarios and the scenario schema for tests, wherever the tests run from. */
public final class BuiltInScenarios {
  private static final List<String> SOURCE_DIRECTORIES =
      List.of("src/main/resources", "rcm-examples/src/main/resources");

  private BuiltInScenarios() {}

  /**
   * The directory of built-in scenarios: the source directory when the tests run from the module or
   * the repository root, otherwise the copy on the class path.
   *
   * @return the directory
   */
  public static Path directory() {
    return resource("scenarios");
  }

  /**
   * A file or directory shipped in the module's resources.
   *
   * @param name the resource name, such as {@code scenario.schema.json}
   * @return its path
   */
  public static Path resource(String name) {
    for (String base : SOURCE_DIRECTORIES) {
      Path candidate = Path.of(base, name);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    URL url = BuiltInScenarios.class.getClassLoader().getResource(name);
    if (url != null && "file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("bad resource URL " + url, e);
      }
    }
    throw new IllegalStateException("resource " + name + " not found in sources or on class path");
  }
}
