package io.github.rcmgovernance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version line of {@code rcm --version}: the version the build wrote into the jar. */
final class Version implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  /** The version of this build, such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
  static String number() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the jar has no " + RESOURCE + ": it was not built by Maven");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"rcm " + number()};
  }
}
