package io.github.rcmgovernance.model.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import io.github.rcmgovernance.model.act.DecisionRule;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.PartyStatus;
import io.github.rcmgovernance.model.party.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharterTest {
  private static final Charter RCM = Charter.rcm();
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
  private static final Party DO = Party.state("DO");
  private static final Party MX = Party.state("MX");

  private static List<String> codes(Status status, boolean states) {
    return RCM.statuses().stream()
        .filter(s -> s.status() == status && s.party().isState() == states)
        .map(s -> s.party().code())
        .toList();
  }

  @Test
  void builtInCharterHasElevenMembers() {
    assertThat(codes(Status.MEMBER, true))
        .containsExactlyInAnyOrder(
            "BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO");
    assertThat(codes(Status.MEMBER, false)).isEmpty();
    for (String code : codes(Status.MEMBER, true)) {
      assertThat(RCM.isMemberOn(Party.state(code), TODAY)).as(code).isTrue();
    }
  }

  @Test
  void builtInCharterHasFiveObserverStatesAndNineObserverOrganisations() {
    assertThat(codes(Status.OBSERVER, true))
        .containsExactlyInAnyOrder("AR", "CO", "EC", "JM", "PE");
    assertThat(codes(Status.OBSERVER, false))
        .containsExactlyInAnyOrder(
            "UNHCR",
            "ECLAC-CELADE",
            "IACHR",
            "IOM",
            "UNSR-MIGRANTS",
            "SEGIB",
            "SICA",
            "UNFPA",
            "ICRC");
    assertThat(RCM.statusOn(Party.organisation("IOM"), LocalDate.of(1990, 1, 1)))
        .contains(Status.OBSERVER);
    assertThat(RCM.isMemberOn(Party.state("AR"), TODAY)).isFalse();
  }

  @Test
  void dominicanRepublicIsAMemberFrom2000() {
    assertThat(RCM.isMemberOn(DO, LocalDate.of(2000, 1, 1))).isTrue();
    assertThat(RCM.isMemberOn(DO, LocalDate.of(1999, 12, 31))).isFalse();
    assertThat(RCM.statusOn(DO, LocalDate.of(1999, 12, 31))).isEmpty();
  }

  @Test
  void foundersHaveNoStatusBeforeTheFirstMeeting() {
    assertThat(Charter.FOUNDED).isEqualTo(LocalDate.of(1996, 3, 13));
    assertThat(RCM.statusOn(MX, LocalDate.of(1996, 3, 12))).isEmpty();
    assertThat(RCM.statusOn(MX, LocalDate.of(1996, 3, 13))).contains(Status.MEMBER);
  }

  @Test
  void partiesWithoutStatusHaveNone() {
    for (String code : List.of("FR", "BR", "CU", "DE")) {
      assertThat(RCM.statusOn(Party.state(code), TODAY)).as(code).isEmpty();
    }
  }

  @Test
  void builtInParametersFollowTheSourceText() {
    assertThat(RCM.name()).isEqualTo("Regional Conference on Migration");
    assertThat(RCM.viceMinisterialWindow()).isEqualTo(MonthWindow.of(4, 6));
    assertThat(RCM.midTermWindow()).isEqualTo(MonthWindow.of(10, 12));
    assertThat(RCM.preparatoryLeadDays()).isEqualTo(7);
    assertThat(RCM.decisionRule()).isEqualTo(DecisionRule.CONSENSUS);
    assertThat(RCM.termPolicy()).isEqualTo(TermPolicy.CALENDAR_YEAR);
    assertThat(RCM.rotationPolicy()).isEqualTo(RotationPolicy.NO_CONSECUTIVE_TERMS);
    assertThat(RCM.rotationOrder()).isEmpty();
    assertThat(RCM.secretariatMayAttendDecisionSession()).isTrue();
    assertThat(RCM.immigrationAuthorities()).isEmpty();
    assertThat(RCM.grcmServices(MX)).containsExactly(Service.FOREIGN_AFFAIRS, Service.IMMIGRATION);
    assertThat(Charter.rcm()).isSameAs(RCM);
  }

  @Test
  void derivedCharterKeepsTheStatusesAndChangesOnlyTheParameter() {
    Charter practice =
        Charter.builder().from(RCM).viceMinisterialWindow(MonthWindow.of(11, 12)).build();
    assertThat(practice.statuses()).isEqualTo(RCM.statuses());
    assertThat(practice.viceMinisterialWindow()).isEqualTo(MonthWindow.of(11, 12));
    assertThat(practice)
        .isEqualTo(ImmutableCharter.copyOf(RCM).withViceMinisterialWindow(MonthWindow.of(11, 12)));
    assertThat(ImmutableCharter.copyOf(practice).withViceMinisterialWindow(MonthWindow.of(4, 6)))
        .isEqualTo(RCM);
    assertThat(practice.isMemberOn(DO, LocalDate.of(1999, 12, 31))).isFalse();
  }

  @Test
  void immigrationAuthoritiesWidenTheGrcmServicesOfOneState() {
    Charter charter =
        Charter.builder()
            .from(RCM)
            .putImmigrationAuthority(MX, ImmutableSet.of(Service.INTERIOR))
            .build();
    assertThat(charter.grcmServices(MX))
        .containsExactlyInAnyOrder(Service.FOREIGN_AFFAIRS, Service.IMMIGRATION, Service.INTERIOR);
    assertThat(charter.grcmServices(Party.state("US")))
        .containsExactlyInAnyOrder(Service.FOREIGN_AFFAIRS, Service.IMMIGRATION);
  }

  @Test
  void generatedChartersKeepTheBuiltInStatuses() {
    qt().forAll(ModelGens.charters())
        .checkAssert(
            charter -> {
              assertThat(charter.statuses()).isEqualTo(RCM.statuses());
              assertThat(
                      charter.rotationPolicy() != RotationPolicy.FIXED_ORDER
                          || !charter.rotationOrder().isEmpty())
                  .isTrue();
              for (PartyStatus s : RCM.statuses()) {
                assertThat(charter.statusOn(s.party(), TODAY)).contains(s.status());
              }
            });
  }
}
