package io.github.rcmgovernance.examples.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.scenario.CharterReader;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Undetermined;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit of the real record, pinned. The windows and the lead time are the rules that part the
 * source text from thirty years of practice; what they establish, and what they cannot decide, is
 * compared with {@code record/audit-departures.json}, worked out from the data set and the rules'
 * statements alone.
 */
class AuditTest {
  private static final Set<String> TIMING = Set.of("RCM-MTG-4", "RCM-MTG-5", "RCM-MTG-6");
  private static PublicRecord record;
  private static JsonNode expected;
  private static Map<String, List<Audit.Row>> audits = new TreeMap<>();

  @BeforeAll
  static void audit() throws IOException {
    record =
        PublicRecord.read(Files.readString(BuiltInScenarios.resource("record/rcm-record.json")));
    try (InputStream in = AuditTest.class.getResourceAsStream("/record/audit-departures.json")) {
      expected = RcmJson.standard().mapper().readTree(in);
    }
    Charter today = new CharterReader().read(BuiltInScenarios.resource("charters/today.json"));
    audits.put("source-text", Audit.of(record, Charter.rcm()));
    audits.put("today", Audit.of(record, today));
  }

  @ParameterizedTest
  @ValueSource(strings = {"source-text", "today"})
  void theTimingDeparturesAreThoseTheDataAndTheRulesGive(String charter) {
    Map<String, Set<String>> found = new TreeMap<>();
    for (Audit.Row r : audits.get(charter)) {
      Set<String> rules =
          r.verdict().errors().stream()
              .map(Violation::ruleId)
              .filter(TIMING::contains)
              .collect(Collectors.toCollection(TreeSet::new));
      if (!rules.isEmpty()) {
        found.put(r.id(), rules);
      }
    }
    assertThat(found).isEqualTo(expectedMap(expected.path("violations").path(charter)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"source-text", "today"})
  void whatTheRecordCannotDecideIsListedAsUndetermined(String charter) {
    Map<String, Set<String>> found = new TreeMap<>();
    for (Audit.Row r : audits.get(charter)) {
      for (Undetermined u : r.verdict().undetermined()) {
        if (TIMING.contains(u.ruleId())) {
          found.computeIfAbsent(u.ruleId(), k -> new TreeSet<>()).add(r.id());
        }
      }
    }
    Map<String, Set<String>> want = new TreeMap<>();
    expected
        .path("undecided")
        .path(charter)
        .fields()
        .forEachRemaining(
            e -> {
              Set<String> ids = new TreeSet<>();
              e.getValue().forEach(id -> ids.add(id.asText()));
              want.put(e.getKey(), ids);
            });
    assertThat(found).isEqualTo(want);
  }

  @Test
  void theOnlyOtherErrorIsTheFirstMeetingWithNoPresidencyBeforeIt() {
    List<String> others = new ArrayList<>();
    for (Audit.Row r : audits.get("source-text")) {
      for (Violation v : r.verdict().violations()) {
        if (!TIMING.contains(v.ruleId())) {
          others.add(r.id() + " " + v.ruleId() + " " + v.severity());
        }
      }
    }
    assertThat(others).containsExactly("VM-I RCM-MTG-3 ERROR");
  }

  @Test
  void nothingIsValidWhereAttendanceAndOrganisersAreUnknown() {
    for (Audit.Row r : audits.get("source-text")) {
      assertThat(r.verdict().outcome()).as(r.id()).isNotEqualTo(Verdict.Outcome.VALID);
      if (r.act() instanceof MeetingProposal) {
        assertThat(r.verdict().undeterminedRules())
            .as(r.id())
            .contains("RCM-DEC-4", "RCM-DEL-1", "RCM-GRC-3");
      }
    }
  }

  @Test
  void termsKnownByTheirYearAreJudgedOnTheirHolderOnly() {
    List<Audit.Row> terms =
        audits.get("source-text").stream()
            .filter(r -> r.act() instanceof PresidencyTermProposal)
            .toList();
    // 2010 to 2024 but 2020, whose holder no source calls the presidency.
    assertThat(terms).hasSize(14);
    assertThat(terms).extracting(Audit.Row::id).doesNotContain("PPT-CR-2020");
    for (Audit.Row r : terms) {
      assertThat(r.verdict().violations()).as(r.id()).isEmpty();
      assertThat(r.verdict().undetermined())
          .as(r.id())
          .extracting(Undetermined::ruleId, Undetermined::severity, Undetermined::reasonKey)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  "RCM-MTG-9", Severity.ERROR, "undetermined.term"));
      assertThat(r.verdict().outcome()).isEqualTo(Verdict.Outcome.UNDETERMINED);
    }
  }

  @Test
  void everyEntryIsJudgedOnceInTheOrderOfItsEarliestDay() {
    List<Audit.Row> rows = audits.get("source-text");
    long judged =
        record.meetings().stream()
                .filter(
                    m -> m.kind() != io.github.rcmgovernance.model.meeting.MeetingKind.OTHER_EVENT)
                .count()
            + record.presidencyTerms().stream().filter(t -> t.stated().orElse(true)).count();
    assertThat(rows).hasSize((int) judged);
    assertThat(rows.stream().map(Audit.Row::id).distinct().count()).isEqualTo(judged);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).act().date())
          .as("%s after %s", rows.get(i).id(), rows.get(i - 1).id())
          .isAfterOrEqualTo(rows.get(i - 1).act().date());
    }
    // A preparatory meeting follows the meeting it prepares once that is in the record.
    List<String> ids = rows.stream().map(Audit.Row::id).toList();
    assertThat(ids.indexOf("GRCM-1999-10")).isEqualTo(ids.indexOf("VM-V") + 1);
    assertThat(ids.indexOf("PREP-III")).isGreaterThan(ids.indexOf("VM-III"));
  }

  private static Map<String, Set<String>> expectedMap(JsonNode node) {
    Map<String, Set<String>> map = new TreeMap<>();
    node.fields()
        .forEachRemaining(
            e -> {
              Set<String> rules = new TreeSet<>();
              e.getValue().forEach(x -> rules.add(x.asText()));
              map.put(e.getKey(), rules);
            });
    return map;
  }
}
