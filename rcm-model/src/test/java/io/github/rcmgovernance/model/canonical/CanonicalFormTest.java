package io.github.rcmgovernance.model.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.RotationPolicy;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.party.Party;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {
  private static final Party MX = Party.state("MX");
  private static final Party GT = Party.state("GT");
  private static final Party HN = Party.state("HN");

  @Test
  void aSetLikeListIsWrittenInOneOrder() {
    Decision d =
        (Decision)
            RcmJson.standard()
                .read(
                    "{\"type\":\"decision\",\"id\":\"D\",\"date\":\"2024-05-22\",\"decidedBy\":{\"body\":\"GRCM\"},"
                        + "\"forum\":{\"kind\":\"VICE_MINISTERIAL\"},\"subject\":\"POLICY\",\"sessionClosed\":true,"
                        + "\"objections\":[\"MX\",\"GT\"]}",
                    io.github.rcmgovernance.model.act.Act.class);
    Decision reversed = d.withObjections(GT, MX);
    assertThat(CanonicalForm.of(reversed)).isEqualTo(CanonicalForm.of(d));
    assertThat(CanonicalForm.of(d)).contains("\"objections\":[\"GT\",\"MX\"]");
  }

  @Test
  void aRotationOrderKeepsItsOrder() {
    Charter a = rotation(MX, GT, HN);
    Charter b = rotation(MX, HN, GT);
    assertThat(CanonicalForm.sha256(a)).isNotEqualTo(CanonicalForm.sha256(b));
    assertThat(CanonicalForm.of(a)).contains("\"rotationOrder\":[\"MX\",\"GT\",\"HN\"]");
  }

  private static Charter rotation(Party... order) {
    return Charter.builder()
        .from(Charter.rcm())
        .rotationPolicy(RotationPolicy.FIXED_ORDER)
        .rotationOrder(List.of(order))
        .build();
  }

  @Test
  void stringsAreEncodedLosslessly() {
    assertThat(CanonicalForm.of("\ud800X")).isNotEqualTo(CanonicalForm.of("?X"));
    assertThat(CanonicalForm.of("\udbffX")).isNotEqualTo(CanonicalForm.of("\ud800X"));
    assertThat(CanonicalForm.of("a\"b\\c\u00e9")).isEqualTo("\"a\\u0022b\\u005cc\\u00e9\"");
    assertThat(CanonicalForm.of("\u001b[0m")).doesNotContain("\u001b");
  }

  @Test
  void mapsAndCallersListsAreCanonicalToo() {
    assertThat(CanonicalForm.of(Map.of("b", 1, "a", List.of(true, false))))
        .isEqualTo("{\"a\":[false,true],\"b\":1}");
  }

  @Test
  void absentOptionalsAreLeftOut() {
    Charter rcm = Charter.rcm();
    assertThat(CanonicalForm.of(rcm)).doesNotContain("null");
  }

  @Test
  void somethingOutsideTheModelIsRefused() {
    assertThatThrownBy(() -> CanonicalForm.of(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
    assertThatThrownBy(() -> CanonicalForm.of(java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty Optional");
  }

  @Test
  void equalValuesShareTheirFormAndReorderingSetsChangesNothing() {
    qt().withExamples(300)
        .forAll(ModelGens.histories())
        .checkAssert(
            h -> {
              var copy =
                  RcmJson.standard()
                      .read(
                          RcmJson.standard().write(h),
                          io.github.rcmgovernance.model.history.History.class);
              assertThat(CanonicalForm.of(copy)).isEqualTo(CanonicalForm.of(h));
              List<io.github.rcmgovernance.model.meeting.Meeting> meetings =
                  new ArrayList<>(h.meetings());
              Collections.reverse(meetings);
              var reversed =
                  io.github.rcmgovernance.model.history.History.builder()
                      .from(h)
                      .meetings(ImmutableList.copyOf(meetings))
                      .build();
              assertThat(CanonicalForm.sha256(reversed)).isEqualTo(CanonicalForm.sha256(h));
            });
  }

  @Test
  void scalarsHaveOneWrittenForm() {
    assertThat(CanonicalForm.of(java.time.LocalDate.of(2024, 5, 22))).isEqualTo("\"2024-05-22\"");
    assertThat(CanonicalForm.of(RotationPolicy.FIXED_ORDER)).isEqualTo("\"FIXED_ORDER\"");
    assertThat(CanonicalForm.of(MX)).isEqualTo("\"MX\"");
    assertThat(CanonicalForm.of(true)).isEqualTo("true");
    assertThat(CanonicalForm.of(42)).isEqualTo("42");
    assertThat(CanonicalForm.of(7L)).isEqualTo("7");
    assertThat(CanonicalForm.of(java.util.Optional.of("x"))).isEqualTo("\"x\"");
    assertThat(CanonicalForm.of(java.util.OptionalInt.of(3))).isEqualTo("3");
    assertThat(CanonicalForm.of(List.of(MX, GT))).isEqualTo("[\"GT\",\"MX\"]");
  }

  @Test
  void onlyPrintableAsciiIsWrittenAsItIs() {
    assertThat(CanonicalForm.of("a b~")).isEqualTo("\"a b~\"");
    assertThat(CanonicalForm.of("\u007f")).isEqualTo("\"\\u007f\"");
    assertThat(CanonicalForm.of("\u001f")).isEqualTo("\"\\u001f\"");
    // Once one character needs escaping, the others keep their form.
    assertThat(CanonicalForm.of("a b~\u00e9")).isEqualTo("\"a b~\\u00e9\"");
  }

  @Test
  void theDigestOfATextIsItsSha256() {
    assertThat(CanonicalForm.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(CanonicalForm.sha256("abc")).isEqualTo(CanonicalForm.sha256Hex("\"abc\""));
  }

  @Test
  void datesAreWrittenUnderTheirJsonNamesAsDaysAndNothingUnknownIsWrittenForACompleteMeeting() {
    io.github.rcmgovernance.model.meeting.Meeting m =
        io.github.rcmgovernance.model.meeting.Meeting.builder()
            .id("VM-2025")
            .kind(io.github.rcmgovernance.model.meeting.MeetingKind.VICE_MINISTERIAL)
            .number(30)
            .start(java.time.LocalDate.of(2025, 5, 20))
            .end(java.time.LocalDate.of(2025, 5, 21))
            .host(Party.state("GT"))
            .build();
    // The form a complete meeting had before dates could be partial: digests stay as they were.
    assertThat(CanonicalForm.of(m))
        .isEqualTo(
            "{\"attendees\":[],\"closedSessionAttendees\":[],\"end\":\"2025-05-21\","
                + "\"host\":\"GT\",\"id\":\"VM-2025\",\"kind\":\"VICE_MINISTERIAL\","
                + "\"number\":30,\"start\":\"2025-05-20\"}");
    io.github.rcmgovernance.model.meeting.Meeting partial =
        io.github.rcmgovernance.model.meeting.Meeting.builder()
            .from(m)
            .startAsKnown(io.github.rcmgovernance.model.time.PartialDate.parse("2025-05"))
            .host(java.util.Optional.empty())
            .addUnknown(io.github.rcmgovernance.model.meeting.MeetingFact.HOST)
            .build();
    assertThat(CanonicalForm.of(partial))
        .contains("\"start\":\"2025-05\"")
        .contains("\"unknown\":[\"HOST\"]");
    assertThat(
            CanonicalForm.of(
                io.github.rcmgovernance.model.history.PresidencyTerm.heldIn(
                    Party.state("MX"), 2015)))
        .isEqualTo("{\"end\":\"unknown\",\"heldIn\":2015,\"holder\":\"MX\",\"start\":\"unknown\"}");
  }
}
