package io.github.rcmgovernance.model.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generators give what they promise. */
class ModelGensTest {
  private static final Charter RCM = Charter.rcm();
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  @Test
  void partiesHaveTheStandingTheirGeneratorPromises() {
    qt().forAll(
            ModelGens.members(),
            ModelGens.observerStates(),
            ModelGens.observerOrganisations(),
            ModelGens.nonStatusStates())
        .checkAssert(
            (member, observerState, observerOrganisation, outsider) -> {
              assertThat(RCM.isMemberOn(member, TODAY)).isTrue();
              assertThat(observerState.isState()).isTrue();
              assertThat(RCM.statusOn(observerState, TODAY)).contains(Status.OBSERVER);
              assertThat(observerOrganisation.isOrganisation()).isTrue();
              assertThat(RCM.statusOn(observerOrganisation, TODAY)).contains(Status.OBSERVER);
              assertThat(outsider.isState()).isTrue();
              assertThat(RCM.statusOn(outsider, TODAY)).isEmpty();
            });
  }

  @Test
  void delegationsAndActorsAreWellFormed() {
    qt().forAll(ModelGens.delegations(), ModelGens.deputyMinisters(), ModelGens.actors())
        .checkAssert(
            (delegation, deputy, actor) -> {
              assertThat(delegation.serviceName().isPresent())
                  .isEqualTo(delegation.service() == Service.OTHER);
              assertThat(deputy.level()).isEqualTo(Level.DEPUTY_MINISTER);
              assertThat(deputy.service()).isEqualTo(Service.FOREIGN_AFFAIRS);
              assertThat(RCM.isMemberOn(deputy.party(), TODAY)).isTrue();
              assertThat(actor.body().isPresent()).isNotEqualTo(actor.party().isPresent());
            });
  }

  @Test
  void generatorsReachEveryValue() {
    Set<Party> parties = new HashSet<>();
    Set<Level> levels = new HashSet<>();
    Set<Service> services = new HashSet<>();
    Set<String> actors = new HashSet<>();
    qt().withExamples(3000)
        .forAll(ModelGens.parties(), ModelGens.delegations(), ModelGens.actors())
        .checkAssert(
            (party, delegation, actor) -> {
              parties.add(party);
              levels.add(delegation.level());
              services.add(delegation.service());
              actors.add(actor.toString());
            });
    assertThat(parties).contains(Party.state("DO"), Party.state("AR"), Party.state("CU"));
    assertThat(parties).contains(Party.organisation("IOM"), Party.organisation("ECLAC-CELADE"));
    assertThat(levels).containsExactlyInAnyOrder(Level.values());
    assertThat(services).containsExactlyInAnyOrder(Service.values());
    assertThat(actors).contains("GRCM", "TECHNICAL_SECRETARIAT", "MX");
  }

  @Test
  void historiesAreRealistic() {
    List<Integer> firstYears = new ArrayList<>();
    int[] hostedByHolder = new int[2];
    int[] inSecondQuarter = new int[2];
    qt().withExamples(300)
        .forAll(ModelGens.histories())
        .checkAssert(
            h -> {
              List<Meeting> vms =
                  h.meetings().stream()
                      .filter(m -> m.kind() == MeetingKind.VICE_MINISTERIAL)
                      .toList();
              int first = vms.get(0).start().getYear();
              firstYears.add(first);
              assertThat(first).isBetween(1996, 2030);
              Party previous = null;
              for (int i = 0; i < vms.size(); i++) {
                Meeting vm = vms.get(i);
                int year = first + i;
                assertThat(vm.id()).isEqualTo("VM-" + year);
                assertThat(vm.start().getYear()).isEqualTo(year);
                Party holder = h.presidencyHolderForYear(year).orElseThrow();
                assertThat(RCM.isMemberOn(holder, LocalDate.of(year, 7, 1))).isTrue();
                assertThat(holder).isNotEqualTo(previous);
                previous = holder;
                hostedByHolder[0]++;
                if (vm.host().equals(java.util.Optional.of(holder))) {
                  hostedByHolder[1]++;
                }
                inSecondQuarter[0]++;
                if (RCM.viceMinisterialWindow().contains(vm.start())) {
                  inSecondQuarter[1]++;
                }
                h.meeting("PREP-" + year)
                    .ifPresent(p -> assertThat(p.prepares()).contains("VM-" + year));
                h.meeting("MT-" + year)
                    .ifPresent(mt -> assertThat(mt.kind()).isEqualTo(MeetingKind.GRCM_MID_TERM));
              }
              for (PresidencyTerm t : h.presidencyTerms()) {
                assertThat(t.start()).isEqualTo(LocalDate.of(t.start().getYear(), 1, 1));
                assertThat(t.end()).isEqualTo(LocalDate.of(t.start().getYear(), 12, 31));
              }
              for (Meeting m : h.meetings()) {
                if (m.kind().isEvent() && m.agreedBy().isPresent()) {
                  assertThat(m.id()).startsWith("EV-");
                }
              }
            });
    assertThat(firstYears).contains(1996, 2030);
    assertThat(hostedByHolder[1]).isGreaterThan(hostedByHolder[0] * 3 / 4);
    assertThat(inSecondQuarter[1]).isGreaterThan(inSecondQuarter[0] * 3 / 4);
    assertThat(inSecondQuarter[1]).isLessThan(inSecondQuarter[0]);
  }

  @Test
  void scenariosCoverEveryKindOfActAndOtherDaysOfJudgement() {
    Set<Class<?>> kinds = new HashSet<>();
    int[] judgedOnAnotherDay = new int[1];
    int[] judgedBefore2000 = new int[1];
    int[] extendedHistories = new int[1];
    qt().withExamples(2000)
        .forAll(ModelGens.scenarios())
        .checkAssert(
            s -> {
              Act act = s.act();
              for (Class<?> kind : Act.class.getPermittedSubclasses()) {
                if (kind.isInstance(act)) {
                  kinds.add(kind);
                }
              }
              if (!s.asOf().equals(act.date())) {
                judgedOnAnotherDay[0]++;
              }
              if (s.asOf().getYear() == 1999) {
                judgedBefore2000[0]++;
              }
              History h = s.history();
              if (h.meetings().stream().anyMatch(m -> m.id().startsWith("PREP-"))
                  && h.meetings().stream()
                          .filter(m -> m.kind() == MeetingKind.VICE_MINISTERIAL)
                          .count()
                      < h.presidencyTerms().size()) {
                extendedHistories[0]++;
              }
              assertThat(s.describe()).contains(act.id());
            });
    assertThat(kinds).containsExactlyInAnyOrder(Act.class.getPermittedSubclasses());
    assertThat(judgedOnAnotherDay[0]).isBetween(40, 800);
    assertThat(judgedBefore2000[0]).isPositive();
    assertThat(extendedHistories[0]).isPositive();
  }

  @Test
  void actsCanBeBuiltAgainstAnyHistory() {
    qt().withExamples(500)
        .forAll(ModelGens.acts(History.empty()))
        .checkAssert(act -> assertThat(act.id()).isNotBlank());
    qt().withExamples(200)
        .forAll(ModelGens.acts())
        .checkAssert(act -> assertThat(act.date()).isNotNull());
  }

  @Test
  void chartersAreTheBuiltInOneOrDerivedFromIt() {
    Set<String> seen = new HashSet<>();
    qt().withExamples(1000)
        .forAll(ModelGens.charters())
        .checkAssert(
            c -> {
              assertThat(c.statuses()).isEqualTo(RCM.statuses());
              if (c.equals(RCM)) {
                seen.add("built-in");
              }
              seen.add("window " + c.viceMinisterialWindow());
              seen.add("rule " + c.decisionRule());
              seen.add("terms " + c.termPolicy());
              seen.add("rotation " + c.rotationPolicy());
              seen.add("secretariat " + c.secretariatMayAttendDecisionSession());
              seen.add("authorities " + c.immigrationAuthorities().isEmpty());
            });
    assertThat(seen)
        .contains(
            "built-in",
            "window NOVEMBER-DECEMBER",
            "rule MAJORITY",
            "terms FREE",
            "rotation FIXED_ORDER",
            "rotation NONE",
            "secretariat false",
            "authorities false");
  }

  /**
   * Generation ends: no draw loops forever. The limit guards against a hang only (about five
   * seconds of work on an idle machine); speed is measured by the benchmarks, not here.
   */
  @Test
  void generationTerminates() {
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () ->
            qt().withExamples(10_000)
                .forAll(ModelGens.scenarios())
                .checkAssert(s -> assertThat(s.history()).isNotNull()));
  }
}
