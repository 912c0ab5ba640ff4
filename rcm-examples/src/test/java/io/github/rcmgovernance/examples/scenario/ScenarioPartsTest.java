package io.github.rcmgovernance.examples.scenario;

import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios that take their history and act from other files, and what goes wrong with them. */
class ScenarioPartsTest {
  @TempDir Path dir;
  private final ScenarioReader reader = new ScenarioReader();
  private JsonNode validTree;

  @BeforeEach
  void writeParts() throws IOException {
    validTree = RcmJson.standard().mapper().readTree(ScenarioTexts.VALID);
    Files.createDirectories(dir.resolve("parts"));
    Files.writeString(dir.resolve("parts/base.history.json"), validTree.get("history").toString());
    Files.writeString(dir.resolve("parts/decision.act.json"), validTree.get("act").toString());
  }

  private Path scenario(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return file;
  }

  private String referencing(java.util.function.Consumer<ObjectNode> change) {
    return valid(
        r -> {
          r.remove("history");
          r.remove("act");
          r.put("historyFile", "parts/base.history.json");
          r.put("actFile", "parts/decision.act.json");
          change.accept(r);
        });
  }

  @Test
  void aScenarioMadeOfPartsIsTheInlineScenario() throws IOException {
    Scenario inline = reader.parse(ScenarioTexts.VALID, dir.resolve("inline.json"));
    Scenario parts = reader.read(scenario("parts.json", referencing(r -> {})));

    assertThat(parts.act()).isEqualTo(inline.act());
    assertThat(parts.history()).isEqualTo(inline.history());
  }

  @Test
  void theActPatchIsAMergePatch() throws IOException {
    Scenario s =
        reader.read(
            scenario(
                "patched.json",
                referencing(
                    r -> {
                      ObjectNode patch = r.putObject("actPatch");
                      patch.putArray("deciders");
                      patch.putNull("recordedIn");
                    })));

    Decision d = (Decision) s.act();
    assertThat(d.deciders()).isEmpty();
    assertThat(d.recordedIn()).isEmpty();
    assertThat(d.subject().name()).isEqualTo("POLICY");
  }

  @Test
  void historyChangesRemoveByIdAndAdd() throws IOException {
    Scenario s =
        reader.read(
            scenario(
                "changed.json",
                referencing(
                    r -> {
                      ObjectNode changes = r.putObject("historyChanges");
                      changes.putObject("remove").putArray("meetings").add("VM-2025");
                      changes
                          .putObject("add")
                          .putArray("recommendations")
                          .addObject()
                          .put("id", "REC-9")
                          .put("reviewState", "ENDORSED");
                    })));

    assertThat(s.history().meetings()).isEmpty();
    assertThat(s.history().recommendation("REC-9")).isPresent();
    assertThat(s.history().presidencyTerms()).hasSize(1);
  }

  @Test
  void partsInsideTheDirectoryAreNotReadAsScenarios() throws IOException {
    scenario("parts.json", referencing(r -> {}));

    List<Scenario> all = reader.readAll(dir);

    assertThat(all).extracting(Scenario::name).containsExactly("a valid decision");
  }

  @Test
  void aMissingPartIsBadInputNamingIt() throws IOException {
    Path file = scenario("missing.json", referencing(r -> r.put("actFile", "parts/none.act.json")));

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(file));

    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.path()).isEqualTo("$.actFile");
    assertThat(e.reason()).contains("parts/none.act.json", "no such file");
  }

  @Test
  void aPathOutOfTheScenariosDirectoryIsRefused() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path file = sub.resolve("escape.json");
    Files.writeString(file, referencing(r -> r.put("historyFile", "../parts/base.history.json")));
    Path absolute =
        scenario(
            "absolute.json",
            referencing(
                r -> r.put("historyFile", dir.resolve("parts/base.history.json").toString())));

    ScenarioException up = catchThrowableOfType(ScenarioException.class, () -> reader.read(file));
    ScenarioException abs =
        catchThrowableOfType(ScenarioException.class, () -> reader.read(absolute));

    assertThat(up.path()).isEqualTo("$.historyFile");
    assertThat(up.reason()).contains("leads out of the scenario's directory");
    assertThat(abs.reason()).contains("must be relative to the scenario file");
  }

  @Test
  void aLinkOutOfTheScenariosDirectoryIsRefused(@TempDir Path elsewhere) throws IOException {
    Path outside = elsewhere.resolve("outside.history.json");
    Files.writeString(outside, validTree.get("history").toString());
    Files.createSymbolicLink(dir.resolve("parts/link.history.json"), outside);
    Path file =
        scenario("link.json", referencing(r -> r.put("historyFile", "parts/link.history.json")));

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(file));

    assertThat(e.reason()).contains("link that leads out");
  }

  @Test
  void aBadPartIsReportedInThePartsOwnFile() throws IOException {
    Files.writeString(dir.resolve("parts/bad.act.json"), "{\"type\": \"decision\", \"id\": 7}");
    Path file = scenario("bad-part.json", referencing(r -> r.put("actFile", "parts/bad.act.json")));

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(file));

    assertThat(e.file()).isEqualTo(dir.resolve("parts/bad.act.json").toString());
  }

  @Test
  void inlineAndReferencedPartsDoNotMix() throws IOException {
    Path both =
        scenario("both.json", referencing(r -> r.set("act", validTree.get("act").deepCopy())));
    Path patchWithoutFile = scenario("patch.json", valid(r -> r.putObject("actPatch")));
    Path unknownRemoval =
        scenario(
            "removal.json",
            referencing(
                r ->
                    r.putObject("historyChanges")
                        .putObject("remove")
                        .putArray("meetings")
                        .add("VM-1900")));

    assertThat(catchThrowableOfType(ScenarioException.class, () -> reader.read(both)).reason())
        .contains("either 'act' or 'actFile'");
    assertThat(
            catchThrowableOfType(ScenarioException.class, () -> reader.read(patchWithoutFile))
                .path())
        .isEqualTo("$.actPatch");
    assertThat(
            catchThrowableOfType(ScenarioException.class, () -> reader.read(unknownRemoval))
                .reason())
        .contains("no entry VM-1900");
  }

  @Test
  void readEachKeepsTheGoodFilesOfARunWithABadOne() throws IOException {
    scenario("1.json", ScenarioTexts.VALID);
    scenario("2.json", "[]");

    ScenarioReader.Reading reading = reader.readEach(List.of(dir));

    assertThat(reading.scenarios()).hasSize(1);
    assertThat(reading.failures())
        .singleElement()
        .extracting(ScenarioException::file)
        .isEqualTo(dir.resolve("2.json").toString());
  }
}
