package io.github.rcmgovernance.examples.cli;

import static io.github.rcmgovernance.examples.cli.RcmCliTest.rcm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  @TempDir Path dir;

  private static String record() {
    return BuiltInScenarios.resource("record/rcm-record.json").toString();
  }

  private static String today() {
    return BuiltInScenarios.resource("charters/today.json").toString();
  }

  @Test
  void theAuditPrintsARowPerJudgedEntryAndExitsZero() {
    RcmCliTest.Run run = rcm("audit", record());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("audit of " + record() + " under the charter rcm: 50 entries judged, 0 valid, ")
        .contains("ENTRY", "NO.", "DATES", "PLACE", "VERDICT", "VIOLATIONS", "UNDETERMINED")
        .contains("SOURCES");
    String xxii = line(run.out(), "  VM-XXII ");
    assertThat(xxii).contains("XXII RCM", "2017-11", "INVALID", "RCM-MTG-4", "S45");
    String term = line(run.out(), "  PPT-MX-2015 ");
    assertThat(term).contains("not fully judged", "RCM-MTG-9", "S37");
    assertThat(run.out())
        .contains(
            "VM-XXII: RCM-MTG-4 (ERROR): XXII RCM (VM-XXII) is held 2017-11 to 2017-11, outside"
                + " the Vice-Ministerial window, April to June")
        .contains(
            "not run on a record known only in part (MeetingProposal): RCM-DEC-4, RCM-AGD-1,"
                + " RCM-DEL-1, RCM-GRC-3, RCM-MTG-11");
  }

  @Test
  void todaysCharterMovesTheWindowAndTheDepartures() {
    RcmCliTest.Run run = rcm("audit", record(), "--charter", today());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(line(run.out(), "  VM-XXII ")).contains("not fully judged").doesNotContain("MTG-4 ");
    assertThat(line(run.out(), "  VM-XIX ")).contains("INVALID", "RCM-MTG-4");
    assertThat(run.out()).contains("outside the Vice-Ministerial window, November to December");
  }

  @Test
  void jsonGivesEveryEntryWithItsVerdictAndItsUndeterminedRules() throws IOException {
    RcmCliTest.Run run = rcm("audit", "--json", record());
    assertThat(run.exitCode()).isZero();
    JsonNode audit = RcmJson.standard().mapper().readTree(run.out());
    assertThat(audit.path("charter").asText()).isEqualTo("rcm");
    JsonNode entries = audit.path("entries");
    assertThat(entries.size()).isEqualTo(50);
    JsonNode first = entries.get(0);
    assertThat(first.path("id").asText()).isEqualTo("VM-I");
    assertThat(first.path("sources").get(0).asText()).isEqualTo("S1");
    JsonNode verdict = first.path("verdict");
    assertThat(verdict.path("valid").asBoolean(true)).isFalse();
    assertThat(verdict.path("outcome").asText()).isEqualTo("INVALID");
    assertThat(verdict.path("undetermined").findValuesAsText("reasonKey"))
        .contains("undetermined.partial", "undetermined.organiser");
    assertThat(verdict.path("undetermined").findValuesAsText("reason"))
        .anyMatch(r -> r.startsWith("the organiser of I RCM (VM-I) is unknown"));
  }

  @Test
  void htmlWritesTheAuditAsACalendarPage() throws IOException {
    Path page = dir.resolve("audit.html");
    RcmCliTest.Run run = rcm("audit", record(), "--html", page.toString(), "--lang", "es");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    assertThat(doc.title()).isEqualTo("Auditoría de un registro público");
    assertThat(doc.select("tr[id]")).hasSize(50);
    // A meeting known by its month appears in that month, its day shown as unknown.
    assertThat(
            doc.select(
                "section.year[data-year=2017] div.month[data-month=11] li.meeting[data-act=VM-XXII]"))
        .hasSize(1);
    assertThat(doc.select("li.meeting[data-act=VM-XXII] span.day").text()).isEqualTo("?");
    // A meeting known only by its year has no place in the calendar, but has its row.
    assertThat(doc.select("li.meeting[data-act=VM-XVIII]")).isEmpty();
    assertThat(doc.select("td.verdict.undetermined")).isNotEmpty();
    assertThat(doc.select("section.year[data-year=2019] div.presidency").text())
        .contains("GT, conocido solo por el año");
    assertThat(doc.select("section.year[data-year=1999] div.presidency").text())
        .doesNotContain("conocido solo por el año");
    assertThat(doc.select("ul.undetermined li[data-rule=RCM-MTG-4]")).isNotEmpty();
  }

  @Test
  void aRecordThatCannotBeReadIsNamedWithExitTwo() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"description\": \"x\"}");
    RcmCliTest.Run run = rcm("audit", bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(bad.toString()).contains("sources");
    assertThat(run.out()).isEmpty();

    // Read, but refused by the model: two meetings with one id.
    String text = Files.readString(Path.of(record()), StandardCharsets.UTF_8);
    Path twice = dir.resolve("twice.json");
    Files.writeString(twice, text.replace("\"id\": \"VM-II\"", "\"id\": \"VM-I\""));
    RcmCliTest.Run refused = rcm("audit", twice.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("twice.json").contains("VM-I");

    RcmCliTest.Run missing = rcm("audit", dir.resolve("none.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json");
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
  }
}
