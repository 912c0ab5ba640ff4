package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.AR;
import static io.github.rcmgovernance.rules.Fixtures.CR;
import static io.github.rcmgovernance.rules.Fixtures.GT;
import static io.github.rcmgovernance.rules.Fixtures.HN;
import static io.github.rcmgovernance.rules.Fixtures.MX;
import static io.github.rcmgovernance.rules.Fixtures.UNHCR;
import static io.github.rcmgovernance.rules.Fixtures.agendaApproval;
import static io.github.rcmgovernance.rules.Fixtures.decision;
import static io.github.rcmgovernance.rules.Fixtures.dm;
import static io.github.rcmgovernance.rules.Fixtures.grcm;
import static io.github.rcmgovernance.rules.Fixtures.history;
import static io.github.rcmgovernance.rules.Fixtures.recommendation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.RotationPolicy;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.party.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a remedy changes, and what a violation points at: only the party at fault leaves the act,
 * everyone else stays where they were, and the fact names the list position the party holds.
 */
class RemedyContentTest {
  private static Violation violation(String ruleId, Act act, History history) {
    Verdict verdict = Validator.standard().validate(act, history);
    return verdict.violations().stream()
        .filter(v -> v.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " not in " + verdict));
  }

  private static Act fixed(String ruleId, Act act) {
    Violation v = violation(ruleId, act, history());
    assertThat(v.remedy().mechanical()).as("%s", v).isTrue();
    return v.remedy().fixedAct().orElseThrow();
  }

  @Test
  void anObserverDrafterLeavesTheDraftersAndNoOneElse() {
    Recommendation act = recommendation().withDrafters(Actor.of(MX), Actor.of(UNHCR), Actor.of(CR));

    assertThat(fixed("RCM-OBS-1", act)).isEqualTo(act.withDrafters(Actor.of(MX), Actor.of(CR)));
  }

  @Test
  void anObserverAmongTheAdoptingDelegationsLeavesThemAndNoOneElse() {
    Delegation unhcr = Delegation.of(UNHCR, Level.OFFICIAL, Service.FOREIGN_AFFAIRS);
    Recommendation act =
        recommendation()
            .withDelegations(grcm(MX, Service.FOREIGN_AFFAIRS), unhcr, grcm(CR, Service.INTERIOR));

    assertThat(fixed("RCM-OBS-1", act))
        .isEqualTo(
            act.withDelegations(grcm(MX, Service.FOREIGN_AFFAIRS), grcm(CR, Service.INTERIOR)));
  }

  @Test
  void anObserverStateAmongTheApprovingDelegationsLeavesThemAndNoOneElse() {
    AgendaApproval act =
        agendaApproval()
            .withDelegations(
                grcm(MX, Service.FOREIGN_AFFAIRS),
                Delegation.of(AR, Level.OFFICIAL, Service.FOREIGN_AFFAIRS),
                grcm(CR, Service.IMMIGRATION));

    assertThat(fixed("RCM-OBS-1", act))
        .isEqualTo(
            act.withDelegations(grcm(MX, Service.FOREIGN_AFFAIRS), grcm(CR, Service.IMMIGRATION)));
  }

  @Test
  void anObserverDeciderLeavesTheDecidersAndTheSessionAndIsPointedAtWhereItStands() {
    Decision act =
        decision()
            .withDeciders(dm(MX), dm(CR), dm(AR))
            .withSessionAttendees(dm(AR), dm(MX), dm(CR));

    Violation v = violation("RCM-DEC-4", act, history());

    assertThat(v.facts()).extracting(Fact::pointer).contains("/deciders/2/party");
    assertThat(v.remedy().fixedAct())
        .contains(act.withDeciders(dm(MX), dm(CR)).withSessionAttendees(dm(MX), dm(CR)));
  }

  @Test
  void anObserverWhoOnlyAttendsLeavesTheSessionAndIsPointedAtThere() {
    Decision act = decision().withSessionAttendees(dm(MX), dm(CR), dm(Fixtures.PA), dm(AR));

    Violation v = violation("RCM-DEC-4", act, history());

    assertThat(v.facts()).extracting(Fact::pointer).contains("/sessionAttendees/3/party");
    assertThat(v.remedy().fixedAct())
        .contains(act.withSessionAttendees(dm(MX), dm(CR), dm(Fixtures.PA)));
  }

  /** A fixed rotation MX, GT, HN, and one term on record: GT in 2026. */
  private static List<String> rotationFindings(Party holder2025, Party holder2026) {
    Charter fixed =
        Charter.builder()
            .from(Charter.rcm())
            .rotationPolicy(RotationPolicy.FIXED_ORDER)
            .rotationOrder(List.of(MX, GT, HN))
            .build();
    History record =
        History.builder().addPresidencyTerms(PresidencyTerm.forYear(holder2026, 2026)).build();
    PresidencyTermProposal proposal =
        PresidencyTermProposal.of("PPT-2025", PresidencyTerm.forYear(holder2025, 2025));
    return Validator.builder()
        .charter(fixed)
        .build()
        .validate(proposal, record)
        .violations()
        .stream()
        .map(Violation::ruleId)
        .toList();
  }

  @Test
  void aTermBeforeOneOnRecordMustBeFollowedByItsSuccessorInTheOrder() {
    // MX is followed by GT in the order: the term on record after it fits.
    assertThat(rotationFindings(MX, GT)).doesNotContain("RCM-MTG-10");
    // HN is followed by MX, not GT: the next term breaks the order.
    assertThat(rotationFindings(HN, GT)).contains("RCM-MTG-10");
    // A next holder outside the order says nothing about it.
    assertThat(rotationFindings(HN, CR)).doesNotContain("RCM-MTG-10");
  }
}
