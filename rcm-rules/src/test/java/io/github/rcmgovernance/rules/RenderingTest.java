package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a verdict, its violations and their facts are written and ordered (the README's example). */
class RenderingTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  private static Decision decision(String... deciders) {
    var b =
        Decision.builder()
            .id("DEC-2024-7")
            .date(LocalDate.of(2024, 5, 22))
            .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
            .forum(Forum.of(MeetingKind.VICE_MINISTERIAL))
            .subject(Subject.POLICY)
            .sessionClosed(true)
            .recordedIn("Declaration of XXIX RCM");
    for (String d : deciders) {
      b.addDeciders(Delegation.deputyMinister(Party.state(d)));
    }
    return b.build();
  }

  private static final Verdict INVALID =
      Validator.standard().validate(decision("MX", "AR"), History.empty());

  @Test
  void theEnglishMessageIsRenderedFromTheKeyAndArgumentsAndWrittenToJson() throws Exception {
    // A fresh verdict, so that writing it is the first time its messages are asked for.
    Verdict verdict = Validator.standard().validate(decision("MX", "AR"), History.empty());
    com.fasterxml.jackson.databind.JsonNode json =
        RcmJson.standard().mapper().readTree(RcmJson.standard().write(verdict));
    com.fasterxml.jackson.databind.JsonNode first = json.get("violations").get(0);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsSubsequence("messageKey", "arguments", "message", "cite");
    assertThat(first.get("message").asText())
        .isEqualTo(
            "decision DEC-2024-7: AR is among the deciders but is an observer on May 22, 2024");
    for (Violation v : verdict.violations()) {
      assertThat(v.message()).isEqualTo(v.message(Locale.ENGLISH)).isNotEqualTo(v.messageKey());
      assertThat(v.message(ES)).isNotEqualTo(v.message());
    }
  }

  @Test
  void theReadmesExampleGivesTheLinesItShows() {
    assertThat(INVALID.isValid()).isFalse();
    assertThat(INVALID.errors()).hasSize(2);
    assertThat(INVALID.warnings()).isEmpty();
    assertThat(INVALID.firedRules()).containsExactly("RCM-DEC-1", "RCM-DEC-4");
    assertThat(INVALID.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "RCM-DEC-1 ERROR: decision DEC-2024-7: AR is among the deciders but is an observer on"
                + " May 22, 2024 [GI-2, GI-3]",
            "RCM-DEC-4 ERROR: decision DEC-2024-7: AR decides, so it sits in the closed session,"
                + " but is an observer on May 22, 2024 [GI-3]");
    assertThat(INVALID.toString()).startsWith("Verdict{DEC-2024-7, invalid, [RCM-DEC-1 ERROR: ");
  }

  @Test
  void aVerdictIsWrittenLineByLineInEitherLanguage() {
    for (Locale locale : List.of(Locale.ENGLISH, ES)) {
      List<String> lines = INVALID.render(locale).lines().toList();
      assertThat(lines.get(0))
          .isEqualTo(
              locale == ES
                  ? "acto DEC-2024-7: no válido (errores: 2, advertencias: 0)"
                  : "act DEC-2024-7: invalid (errors: 2, warnings: 0)");
      Violation first = INVALID.violations().get(0);
      assertThat(lines.get(1))
          .isEqualTo(first.render(locale))
          .startsWith("RCM-DEC-1 ")
          .endsWith(" [GI-2, GI-3]")
          .contains(first.message(locale));
      String remedyLine = lines.get(2);
      assertThat(remedyLine).contains(first.remedy().description(locale));
      String remedyWord =
          first.remedy().mechanical()
              ? (locale == ES ? "  corrección: " : "  fix: ")
              : (locale == ES ? "  consejo: " : "  advice: ");
      assertThat(remedyLine).startsWith(remedyWord);
      assertThat(lines.stream().filter(l -> l.startsWith(locale == ES ? "  en: " : "  at: ")))
          .hasSize(INVALID.violations().stream().mapToInt(v -> v.facts().size()).sum());
    }
    assertThat(INVALID.render(ES)).isNotEqualTo(INVALID.render(Locale.ENGLISH));
  }

  @Test
  void aValidVerdictSaysSo() {
    Verdict valid = Validator.standard().validate(decision("MX", "GT"), History.empty());
    assertThat(valid.isValid()).isTrue();
    assertThat(valid.render(Locale.ENGLISH))
        .isEqualTo("act DEC-2024-7: valid (errors: 0, warnings: 0)");
    assertThat(valid.toString()).isEqualTo("Verdict{DEC-2024-7, valid, []}");
    assertThat(valid.fingerprint()).hasSize(64).isEqualTo(valid.receipt().fingerprint());
  }

  @Test
  void violationsAndFactsKeepOneOrder() {
    List<Violation> shuffled = new ArrayList<>(INVALID.violations());
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).isEqualTo(INVALID.violations());
    Violation first = INVALID.violations().get(0);
    Violation second = INVALID.violations().get(1);
    assertThat(first.compareTo(second)).isNegative();
    assertThat(second.compareTo(first)).isPositive();
    assertThat(first.compareTo(first)).isZero();

    List<Fact> facts = new ArrayList<>(first.facts());
    assertThat(facts).isNotEmpty();
    for (Fact f : facts) {
      assertThat(f.toString()).isEqualTo(f.render(Locale.ENGLISH)).isNotBlank();
      assertThat(f.compareTo(f)).isZero();
    }
    assertThat(first.facts()).isSortedAccordingTo(Fact::compareTo);
    assertThat(first.facts()).anySatisfy(f -> assertThat(f.toString()).contains("AR"));
  }

  @Test
  void ruleIdsSortByTheirNumber() {
    List<String> ids =
        new ArrayList<>(
            List.of("RCM-MTG-10", "RCM-MTG-9", "RCM-DEC-7", "RCM-MTG-1", "ZZ", "RCM-MTG-010"));
    ids.sort(RuleIds.ORDER);
    assertThat(ids)
        .containsExactly("RCM-DEC-7", "RCM-MTG-1", "RCM-MTG-9", "RCM-MTG-010", "RCM-MTG-10", "ZZ");
    assertThat(RuleIds.ORDER.compare("RCM-MTG-2", "RCM-MTG-2")).isZero();
    assertThat(RuleIds.ORDER.compare("RCM-MTG-2", "RCM-MTG-11")).isNegative();
    assertThat(RuleIds.ORDER.compare("RCM-MTG-11", "RCM-MTG-2")).isPositive();
    // Ids too long to be numbers sort as text.
    assertThat(RuleIds.ORDER.compare("X-1000000000000000000", "X-2")).isNegative();
  }
}
