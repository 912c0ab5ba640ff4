package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.FR;
import static io.github.rcmgovernance.rules.Fixtures.HN;
import static io.github.rcmgovernance.rules.Fixtures.PPT;
import static io.github.rcmgovernance.rules.Fixtures.day;
import static io.github.rcmgovernance.rules.Fixtures.decision;
import static io.github.rcmgovernance.rules.Fixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.RotationPolicy;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingFact;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.PartyStatus;
import io.github.rcmgovernance.model.party.Status;
import io.github.rcmgovernance.model.time.PartialDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Records known only in part, case by case: what the rules that judge them establish, what they
 * leave undetermined and why, and what the verdict says of it. The expectations follow the
 * catalogue: a meeting known by its month is known to be in or out of a window of whole months; one
 * known by its year is not; a term known by its year has no days to compare.
 */
class PartialRecordsTest {
  private static final Validator VALIDATOR = Validator.standard();
  private static final Party DO = Party.state("DO");

  /** The fixture history with Honduras holding the presidency in 2026. */
  private static History with2026Term() {
    return History.builder()
        .from(history())
        .addPresidencyTerms(PresidencyTerm.forYear(HN, 2026))
        .build();
  }

  /** XXXI RCM in 2026, hosted by Honduras, its days known as given. */
  private static MeetingProposal vm2026(PartialDate start, PartialDate end) {
    Meeting m =
        Meeting.builder()
            .id("VM-2026")
            .kind(MeetingKind.VICE_MINISTERIAL)
            .number(31)
            .startAsKnown(start)
            .endAsKnown(end)
            .host(HN)
            .organiser(PPT)
            .build();
    return MeetingProposal.builder().id("VM-2026").date(day(2026, 1, 15)).meeting(m).build();
  }

  private static List<String> undetermined(Verdict v, String ruleId) {
    return v.undetermined().stream()
        .filter(u -> u.ruleId().equals(ruleId))
        .map(u -> u.reasonKey() + " " + u.target().key())
        .toList();
  }

  @Test
  void aMeetingKnownToBeInNovemberIsOutsideTheSecondQuarter() {
    PartialDate november = PartialDate.inMonth(YearMonth.of(2026, 11));
    Verdict v = VALIDATOR.validate(vm2026(november, november), with2026Term());

    assertThat(v.errors()).extracting(Violation::ruleId).containsExactly("RCM-MTG-4");
    assertThat(v.errors().get(0).message()).contains("2026-11");
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.INVALID);
    // The holder on an unknown day of November cannot be compared with the host.
    assertThat(undetermined(v, "RCM-MTG-3")).containsExactly("undetermined.dates meeting:VM-2026");
    // The year is known, and no other meeting is held in it: judged, and nothing to report.
    assertThat(v.undeterminedRules()).doesNotContain("RCM-MTG-1", "RCM-MTG-2", "RCM-MTG-4");
    // Rules that judge complete records only did not run, and say why.
    assertThat(v.undeterminedRules()).contains("RCM-AGD-1", "RCM-DEC-4", "RCM-DEL-1");
    assertThat(v.undetermined())
        .filteredOn(u -> u.ruleId().equals("RCM-DEC-4"))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.reasonKey()).isEqualTo("undetermined.partial");
              assertThat(u.reason()).contains("VM-2026");
              assertThat(u.target().key()).isEqualTo("document:VM-2026");
            });
  }

  @Test
  void aMeetingKnownToBeInMayIsInsideTheWindow() {
    PartialDate may = PartialDate.inMonth(YearMonth.of(2026, 5));
    Verdict v = VALIDATOR.validate(vm2026(may, may), with2026Term());

    assertThat(v.violations()).extracting(Violation::ruleId).doesNotContain("RCM-MTG-4");
    assertThat(v.undeterminedRules()).doesNotContain("RCM-MTG-4");
  }

  @Test
  void aMeetingKnownOnlyByItsYearLeavesTheWindowUndetermined() {
    PartialDate year = PartialDate.inYear(2026);
    Verdict v = VALIDATOR.validate(vm2026(year, year), with2026Term());

    assertThat(v.errors()).isEmpty();
    assertThat(undetermined(v, "RCM-MTG-4")).containsExactly("undetermined.dates meeting:VM-2026");
    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.UNDETERMINED);
    assertThat(v.isValid()).isFalse();
    assertThat(v.render(Locale.ENGLISH))
        .startsWith("act VM-2026: not fully judged (errors: 0, warnings: 0, undetermined rules: ")
        .contains("RCM-MTG-4 error undetermined: the dates of XXXI RCM (VM-2026) are known only as")
        .contains("2026 to 2026");
    assertThat(v.render(Locale.forLanguageTag("es"))).contains("no juzgado del todo");

    JsonNode json = RcmJson.standard().toTree(v);
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("outcome").asText()).isEqualTo("UNDETERMINED");
    assertThat(json.get("undetermined").findValuesAsText("ruleId")).contains("RCM-MTG-4");
    assertThat(json.get("undetermined").findValuesAsText("reasonKey"))
        .contains("undetermined.dates");
  }

  @Test
  void anotherMeetingKnownByTheSameYearIsASecondMeeting() {
    Meeting vm2025 = history().meeting("VM-2025").orElseThrow();
    Meeting blurred =
        Meeting.builder()
            .from(vm2025)
            .startAsKnown(PartialDate.inYear(2025))
            .endAsKnown(PartialDate.inYear(2025))
            .build();
    History h = replace(history(), blurred);
    MeetingProposal second =
        MeetingProposal.of(
            Meeting.builder()
                .id("VM-2025-B")
                .kind(MeetingKind.VICE_MINISTERIAL)
                .number(31)
                .start(day(2025, 6, 10))
                .end(day(2025, 6, 11))
                .host(Fixtures.GT)
                .organiser(PPT)
                .build());

    Verdict v = VALIDATOR.validate(second, h);
    assertThat(v.errors())
        .filteredOn(x -> x.ruleId().equals("RCM-MTG-1"))
        .extracting(x -> x.target().key())
        .containsExactly("meeting:VM-2025");

    // Of unknown year, it may or may not be a second one.
    Meeting unknown =
        Meeting.builder()
            .from(vm2025)
            .startAsKnown(PartialDate.unknown())
            .endAsKnown(PartialDate.unknown())
            .build();
    Verdict u = VALIDATOR.validate(second, replace(history(), unknown));
    assertThat(u.errors()).extracting(Violation::ruleId).doesNotContain("RCM-MTG-1");
    assertThat(undetermined(u, "RCM-MTG-1")).containsExactly("undetermined.dates meeting:VM-2025");
  }

  @Test
  void aDecisionOnAHistoryKnownInPartIsNotJudgedByRulesThatNeedCompleteRecords() {
    Meeting seminar = history().meeting("SEM-2024").orElseThrow();
    History h =
        replace(
            history(),
            Meeting.builder()
                .from(seminar)
                .startAsKnown(PartialDate.inYear(2024))
                .endAsKnown(PartialDate.inYear(2024))
                .build());

    Verdict complete = VALIDATOR.validate(decision(), history());
    Verdict partial = VALIDATOR.validate(decision(), h);

    assertThat(partial.violations()).isEmpty();
    assertThat(partial.undeterminedRules()).isEqualTo(complete.evaluatedRules());
    assertThat(partial.evaluatedRules()).isEqualTo(complete.evaluatedRules());
    assertThat(partial.undetermined())
        .allSatisfy(
            u -> {
              assertThat(u.reasonKey()).isEqualTo("undetermined.partial");
              assertThat(u.reason()).contains("SEM-2024");
            });
    assertThat(partial.outcome()).isEqualTo(Verdict.Outcome.UNDETERMINED);
    assertThat(partial.fingerprint()).isNotEqualTo(complete.fingerprint());
  }

  @Test
  void aTermKnownByItsYearHasNoDaysToCompareButItsHolderIsJudged() {
    PresidencyTermProposal honduras =
        PresidencyTermProposal.of("PPT-2026", PresidencyTerm.heldIn(HN, 2026));
    Verdict v = VALIDATOR.validate(honduras, history());
    assertThat(v.errors()).isEmpty();
    assertThat(undetermined(v, "RCM-MTG-9")).containsExactly("undetermined.term party:HN");
    assertThat(v.asOf()).isEqualTo(day(2026, 1, 1));

    PresidencyTermProposal france =
        PresidencyTermProposal.of("PPT-2026", PresidencyTerm.heldIn(FR, 2026));
    Verdict f = VALIDATOR.validate(france, history());
    assertThat(f.errors())
        .extracting(x -> x.ruleId() + " " + x.target().key())
        .containsExactly("RCM-MTG-9 party:FR");
    assertThat(f.outcome()).isEqualTo(Verdict.Outcome.INVALID);
  }

  @Test
  void aTermKnownByItsYearOutsideAFixedRotationBreaksItAndOneInsideIsUndetermined() {
    Validator fixed =
        Validator.builder()
            .charter(
                Charter.builder()
                    .from(Charter.rcm())
                    .rotationPolicy(RotationPolicy.FIXED_ORDER)
                    .rotationOrder(ImmutableList.of(HN, Party.state("MX"), DO))
                    .build())
            .build();

    // Belize is not in the order: no day of the term is needed to know that.
    Verdict outside =
        fixed.validate(
            PresidencyTermProposal.of("PPT-2026", PresidencyTerm.heldIn(Party.state("BZ"), 2026)),
            history());
    assertThat(outside.warnings())
        .extracting(x -> x.ruleId() + " " + x.messageKey() + " " + x.target().key())
        .containsExactly("RCM-MTG-10 RCM-MTG-10.notInOrder party:BZ");
    assertThat(outside.warnings().get(0).message())
        .isEqualTo(
            "the presidency term unknown to unknown for BZ: it is not in the charter's rotation"
                + " order (HN, MX, DO)");
    assertThat(undetermined(outside, "RCM-MTG-10")).isEmpty();

    // Nor are the days of the history's terms: a dated term for Belize, beside one known by year.
    History partlyKnown =
        History.builder()
            .from(history())
            .addPresidencyTerms(PresidencyTerm.heldIn(Party.state("MX"), 2027))
            .build();
    Verdict dated =
        fixed.validate(
            PresidencyTermProposal.of("PPT-2026", PresidencyTerm.forYear(Party.state("BZ"), 2026)),
            partlyKnown);
    assertThat(dated.warnings())
        .extracting(x -> x.ruleId() + " " + x.messageKey() + " " + x.target().key())
        .containsExactly("RCM-MTG-10 RCM-MTG-10.notInOrder party:BZ");
    assertThat(dated.warnings().get(0).message())
        .startsWith("the presidency term January 1, 2026 to December 31, 2026 for BZ");
    assertThat(undetermined(dated, "RCM-MTG-10")).isEmpty();

    // Honduras is: which term is next to its own is not known without days.
    Verdict inside =
        fixed.validate(
            PresidencyTermProposal.of("PPT-2026", PresidencyTerm.heldIn(HN, 2026)), history());
    assertThat(inside.warnings()).extracting(Violation::ruleId).doesNotContain("RCM-MTG-10");
    assertThat(undetermined(inside, "RCM-MTG-10")).containsExactly("undetermined.term party:HN");
  }

  @Test
  void aStatusThatBeganWithinARangeIsUnknownWithinItAndKnownAfter() {
    Charter charter =
        Charter.builder()
            .from(Charter.rcm())
            .statuses(
                Charter.rcm().statuses().stream()
                    .map(
                        s ->
                            s.party().equals(DO)
                                ? PartyStatus.builder()
                                    .party(DO)
                                    .status(Status.MEMBER)
                                    .since(day(1999, 1, 30))
                                    .sinceBy(day(2000, 3, 23))
                                    .build()
                                : s)
                    .collect(Collectors.toList()))
            .build();
    Validator validator = Validator.builder().charter(charter).build();

    Verdict during =
        validator.validate(
            PresidencyTermProposal.of("PPT-2000", PresidencyTerm.forYear(DO, 2000)),
            History.empty());
    assertThat(during.errors()).isEmpty();
    assertThat(undetermined(during, "RCM-MTG-9")).containsExactly("undetermined.status party:DO");
    assertThat(during.undetermined().get(0).reason())
        .isEqualTo(
            "the status of DO on January 1, 2000 is not known: it began on an unknown day"
                + " up to March 23, 2000");

    Verdict before =
        validator.validate(
            PresidencyTermProposal.of("PPT-1998", PresidencyTerm.forYear(DO, 1998)),
            History.empty());
    assertThat(before.errors()).extracting(Violation::ruleId).containsExactly("RCM-MTG-9");

    Verdict after =
        validator.validate(
            PresidencyTermProposal.of("PPT-2001", PresidencyTerm.forYear(DO, 2001)),
            History.empty());
    assertThat(after.errors()).isEmpty();
    assertThat(after.undetermined()).isEmpty();
  }

  @Test
  void aHostLeftOutBreaksTheRuleAndAHostDeclaredUnknownLeavesItUndetermined() {
    PartialDate may = PartialDate.inMonth(YearMonth.of(2026, 5));
    MeetingProposal p = vm2026(may, may);
    Meeting noHost = Meeting.builder().from(p.meeting()).host(Optional.empty()).build();
    Verdict left = VALIDATOR.validate(p.withMeeting(noHost), with2026Term());
    assertThat(left.errors())
        .filteredOn(x -> x.ruleId().equals("RCM-MTG-3"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.target().key()).isEqualTo("missing:/meeting/host");
              assertThat(x.remedy().descriptionKey()).isEqualTo("RCM-MTG-3.remedy.recordHost");
            });

    Meeting unknownHost = Meeting.builder().from(noHost).addUnknown(MeetingFact.HOST).build();
    Verdict declared = VALIDATOR.validate(p.withMeeting(unknownHost), with2026Term());
    assertThat(declared.errors()).extracting(Violation::ruleId).doesNotContain("RCM-MTG-3");
    assertThat(undetermined(declared, "RCM-MTG-3"))
        .contains("undetermined.host missing:/meeting/host", "undetermined.dates meeting:VM-2026");
  }

  @Test
  void aCompleteRecordHasNothingUndetermined() {
    Verdict v = VALIDATOR.validate(Fixtures.viceMinisterialProposal(), history());
    assertThat(v.undetermined()).isEmpty();
    assertThat(RcmJson.standard().toTree(v).get("undetermined")).isEmpty();
    assertThat(v.outcome())
        .isEqualTo(v.isValid() ? Verdict.Outcome.VALID : Verdict.Outcome.INVALID);
  }

  /** Verdicts on records known only in part that reach every reason and partial remedy. */
  static List<Verdict> verdicts() {
    PartialDate may = PartialDate.inMonth(YearMonth.of(2026, 5));
    MeetingProposal p = vm2026(may, may);
    Meeting noHost = Meeting.builder().from(p.meeting()).host(Optional.empty()).build();
    Meeting unknownHost =
        Meeting.builder()
            .from(noHost)
            .organiser(Optional.empty())
            .addUnknown(MeetingFact.HOST, MeetingFact.ORGANISER)
            .build();
    return List.of(
        VALIDATOR.validate(p.withMeeting(noHost), with2026Term()),
        VALIDATOR.validate(p.withMeeting(unknownHost), with2026Term()),
        VALIDATOR.validate(
            PresidencyTermProposal.of("PPT-2026", PresidencyTerm.heldIn(HN, 2026)), history()));
  }

  private static History replace(History h, Meeting m) {
    return History.builder()
        .from(h)
        .meetings(h.meetings().stream().map(x -> x.id().equals(m.id()) ? m : x).toList())
        .build();
  }
}
