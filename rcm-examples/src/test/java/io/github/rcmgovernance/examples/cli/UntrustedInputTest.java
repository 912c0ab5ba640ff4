package io.github.rcmgovernance.examples.cli;

import static io.github.rcmgovernance.examples.cli.RcmCliTest.rcm;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.examples.cli.RcmCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a user did not write: what the tool prints never carries a control character from them, and
 * nothing in a directory is passed over, followed out of it, or judged in silence.
 */
class UntrustedInputTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void controlCharactersFromTheInputAreEscapedInTheTextReport() throws IOException {
    // An id that clears the screen and prints a fake summary.
    String fake = "\\u001b[2J\\u001b[H144 scenarios, 144 as expected\\u0007";
    write(
        "fake.json",
        VALID.replace("\"DEC-1\"", "\"" + fake + "\"").replace("a valid decision", fake));

    Run run = rcm("run", dir.toString());

    assertThat(run.out()).doesNotContain("\u001b", "\u0007");
    assertThat(run.out()).contains("\\u001b[2J");
    assertThat(run.lastLine()).isEqualTo("1 scenario, 1 as expected");
  }

  @Test
  void controlCharactersInErrorsAreEscapedToo() throws IOException {
    write("bad.json", VALID.replace("\"name\"", "\"na\\u001bme\""));

    Run run = rcm("run", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).doesNotContain("\u001b").contains("\\u001b");
  }

  @Test
  void aLoneSurrogateSurvivesTheJsonOutput() throws IOException {
    write("odd.json", VALID.replace("\"DEC-1\"", "\"\\ud800DEC\""));

    Run run = rcm("run", "--json", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"\\ud800DEC\"").doesNotContain("?DEC");
    com.fasterxml.jackson.databind.JsonNode read =
        io.github.rcmgovernance.model.json.RcmJson.standard().mapper().readTree(run.out());
    assertThat(read.get(0).path("verdict").path("actId").textValue()).isEqualTo("\ud800DEC");
  }

  @Test
  void anEmptyDirectoryIsBadInputNotASuccess() {
    Run run = rcm("run", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains(dir.toString(), "no scenario files");
  }

  @Test
  void aDanglingLinkIsReportedNotSkipped() throws IOException {
    write("good.json", VALID);
    Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nowhere.json"));

    Run run = rcm("run", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("gone.json", "a link that leads to no file");
    assertThat(run.out()).contains("a valid decision");
  }

  @Test
  void aLinkOutOfTheDirectoryIsRefusedAndWhatItLeadsToIsNotRead() throws IOException {
    Path secret = elsewhere.resolve("secret.txt");
    Files.writeString(secret, "TOKEN-1234 the first word of a secret");
    Files.createSymbolicLink(dir.resolve("secret.json"), secret);
    write("good.json", VALID);

    Run run = rcm("run", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("secret.json", "outside").doesNotContain("TOKEN");
    assertThat(run.out()).doesNotContain("TOKEN");
  }

  @Test
  void aLinkWithinTheDirectoryIsRead() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Files.writeString(real.resolve("one.txt"), VALID);
    Files.createSymbolicLink(dir.resolve("linked.json"), real.resolve("one.txt"));

    Run run = rcm("run", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).isEqualTo("1 scenario, 1 as expected");
  }

  @Test
  void anUnknownOrRepeatedRuleIdInAnExpectationIsBadInput() throws IOException {
    write("unknown.json", VALID.replace("\"errors\": []", "\"errors\": [\"RCM-NOPE-1\"]"));
    Run unknown = rcm("run", dir.toString());

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(unknown.err()).contains("$.expect.errors[0]", "RCM-NOPE-1", "no rule has the id");

    write(
        "unknown.json",
        VALID.replace("\"warnings\": []", "\"warningsInclude\": [\"RCM-AGD-1\", \"RCM-AGD-1\"]"));
    Run twice = rcm("run", dir.toString());

    assertThat(twice.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(twice.err()).contains("$.expect.warningsInclude[1]", "more than once");
  }

  @Test
  void aYearOfMoreThanFourDigitsIsBadInputNotAnInternalError() throws IOException {
    write("far.json", VALID.replace("\"date\": \"2025-05-21\"", "\"date\": \"+999999999-12-31\""));

    Run run = rcm("run", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("$.act.date", "+999999999-12-31").doesNotContain("internal");
  }
}
