package io.github.rcmgovernance.examples.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real-record data set reads strictly, and every entry rests on a source it names. */
class PublicRecordTest {
  private static String text;
  private static PublicRecord record;

  @BeforeAll
  static void read() throws IOException {
    text = Files.readString(BuiltInScenarios.resource("record/rcm-record.json"));
    record = PublicRecord.read(text);
  }

  @Test
  void aPreparatoryMeetingPreparesAViceMinisterialMeetingOfTheRecord() {
    Set<String> viceMinisterial =
        record.meetings().stream()
            .filter(m -> m.kind() == MeetingKind.VICE_MINISTERIAL)
            .map(PublicRecord.RecordedMeeting::id)
            .collect(Collectors.toSet());
    List<String> links =
        record.meetings().stream()
            .filter(m -> m.prepares().isPresent())
            .map(m -> m.id() + " " + m.prepares().get())
            .toList();
    assertThat(links).containsExactly("PREP-III VM-III", "GRCM-1999-10 VM-V");
    record.meetings().stream()
        .flatMap(m -> m.prepares().stream())
        .forEach(id -> assertThat(viceMinisterial).contains(id));
  }

  @Test
  void everyEntryCitesASourceTheFileLists() {
    Set<String> tags = new HashSet<>();
    for (PublicRecord.Source s : record.sources()) {
      assertThat(tags.add(s.tag())).as("tag %s listed once", s.tag()).isTrue();
      assertThat(s.tag()).matches("S[1-9][0-9]*");
      assertThat(s.title()).isNotBlank();
      assertThat(s.address()).isNotBlank();
    }
    assertThat(tags).containsAll(record.citedTags());
    for (PublicRecord.RecordedMeeting m : record.meetings()) {
      boolean notFound = m.found().map(f -> !f).orElse(false);
      assertThat(m.sources().isEmpty())
          .as(m.id() + " has sources unless not found")
          .isEqualTo(notFound);
    }
    record.presidencyTerms().forEach(t -> assertThat(t.sources()).isNotEmpty());
    record.members().forEach(m -> assertThat(m.sources()).isNotEmpty());
    record.observers().forEach(o -> assertThat(o.sources()).isNotEmpty());
    record.conflicts().forEach(c -> assertThat(c.sources()).isNotEmpty());
  }

  @Test
  void holdsTheThirtyViceMinisterialMeetingsInOrder() {
    List<PublicRecord.RecordedMeeting> vm =
        record.meetings().stream().filter(m -> m.kind() == MeetingKind.VICE_MINISTERIAL).toList();
    assertThat(vm.stream().map(m -> m.number().getAsInt()))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
    Set<String> ids = new HashSet<>();
    record.meetings().forEach(m -> assertThat(ids.add(m.id())).as(m.id()).isTrue());
    // The first meeting: Puebla, 13-14 March 1996, hosted by Mexico.
    PublicRecord.RecordedMeeting first = vm.get(0);
    assertThat(first.dates().start())
        .hasValueSatisfying(d -> assertThat(d).hasToString("1996-03-13"));
    assertThat(first.place()).isEqualTo("Puebla");
    assertThat(first.host()).isEqualTo("MX");
    // Incomplete records are kept as incomplete: seven meetings not found or without a year,
    // and many with a year but no days.
    long withoutYear = vm.stream().filter(m -> m.dates().knownYear().isEmpty()).count();
    long yearOnly =
        vm.stream()
            .filter(m -> m.dates().start().isEmpty() && m.dates().year().isPresent())
            .count();
    assertThat(withoutYear).isPositive();
    assertThat(yearOnly).isPositive();
    // Numbers and known years never run backwards.
    int lastYear = 0;
    for (PublicRecord.RecordedMeeting m : vm) {
      if (m.dates().knownYear().isPresent()) {
        assertThat(m.dates().knownYear().getAsInt()).as(m.id()).isGreaterThanOrEqualTo(lastYear);
        lastYear = m.dates().knownYear().getAsInt();
      }
    }
  }

  @Test
  void membersObserversAndPresidencies() {
    assertThat(record.members().stream().map(m -> m.party().code()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "BZ", "CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US");
    PublicRecord.Membership dominican =
        record.members().stream()
            .filter(m -> m.party().equals(Party.state("DO")))
            .findFirst()
            .orElseThrow();
    assertThat(dominican.since().on()).isEmpty();
    assertThat(dominican.since().after())
        .hasValueSatisfying(d -> assertThat(d).hasToString("1999-01-29"));
    assertThat(dominican.since().by())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2000-03-23"));
    assertThat(
            record.observers().stream().filter(o -> o.party().isState()).map(o -> o.party().code()))
        .containsExactlyInAnyOrder("AR", "CO", "EC", "JM", "PE");
    Set<Integer> years = new HashSet<>();
    record
        .presidencyTerms()
        .forEach(t -> assertThat(years.add(t.year())).as("one holder in %s", t.year()).isTrue());
    assertThat(years).containsAll(IntStream.rangeClosed(2010, 2024).boxed().toList());
  }

  @Test
  void readsStrictly() {
    assertThatThrownBy(
            () ->
                PublicRecord.read(
                    text.replaceFirst("\"hostPlanned\": true", "\"hostPlanned\": null")))
        .isInstanceOfSatisfying(
            ModelInputException.class,
            e -> assertThat(e.path()).isEqualTo("$.meetings[2].hostPlanned"));
    assertThatThrownBy(() -> PublicRecord.read(text.replaceFirst("\"place\"", "\"city\"")))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("$.meetings[0]")
        .hasMessageContaining("place");
    assertThatThrownBy(
            () ->
                PublicRecord.read(
                    text.replaceFirst("\"notes\": \"Ten", "\"remark\": 1, \"notes\": \"Ten")))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("remark");
    assertThatThrownBy(
            () -> PublicRecord.read(text.replaceFirst("\"presidency\": \"unknown\",", "")))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("presidency");
    assertThatThrownBy(
            () ->
                PublicRecord.read(
                    text.replaceFirst("\"year\": 1997\n", "\"year\": 1997, \"day\": 3\n")))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("dates");
    assertThatThrownBy(
            () -> PublicRecord.read(text.replaceFirst("\"host\": \"MX\"", "\"host\": \"Mexico\"")))
        .isInstanceOf(ModelInputException.class);
    assertThatThrownBy(
            () ->
                PublicRecord.read(
                    text.replaceFirst("\"dates\": \"unknown\"", "\"dates\": \"sometime\"")))
        .isInstanceOf(ModelInputException.class);
  }
}
