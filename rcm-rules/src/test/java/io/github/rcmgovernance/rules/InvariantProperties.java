package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The catalogue's invariants, as properties over generated acts and histories. */
class InvariantProperties {
  private static final Validator VALIDATOR = Validator.standard();
  private static final int EXAMPLES = 3_000;

  private static Gen<Scenario> decisions() {
    return ModelGens.scenarios()
        .assuming(s -> s.act() instanceof Decision)
        .describedAs(Scenario::describe);
  }

  private static Verdict judge(Act act, Scenario s) {
    return VALIDATOR.validate(act, s.history(), s.asOf());
  }

  @Test
  void noDecisionWithAnObserverAmongTheDecidersIsEverValid() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(200)
        .forAll(decisions(), ModelGens.observerStates(), ModelGens.observerOrganisations())
        .checkAssert(
            (s, state, organisation) -> {
              Decision d = ((Decision) s.act());
              for (Party observer : List.of(state, organisation)) {
                Verdict v = judge(d.withDeciders(with(d.deciders(), dm(observer))), s);
                assertThat(v.isValid()).isFalse();
                assertThat(v.firedRules()).contains("RCM-DEC-1");
              }
            });
  }

  @Test
  void noDecisionOfTheGrcmIsEverValid() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(200)
        .forAll(decisions())
        .checkAssert(
            s -> {
              Decision d = ((Decision) s.act()).withDecidedBy(grcm());
              Verdict v = judge(d, s);
              assertThat(v.isValid()).isFalse();
              assertThat(v.firedRules()).contains("RCM-GRC-1");
            });
  }

  @Test
  void theGrcmApprovingTheAgendaAtItsMidTermMeetingPassesGrc1AndGrc5() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(200)
        .forAll(ModelGens.scenarios().assuming(s -> s.act() instanceof AgendaApproval))
        .checkAssert(
            s -> {
              AgendaApproval a =
                  ((AgendaApproval) s.act())
                      .withApprovedBy(grcm())
                      .withForum(Forum.of(MeetingKind.GRCM_MID_TERM));
              assertThat(judge(a, s).firedRules()).doesNotContain("RCM-GRC-1", "RCM-GRC-5");
            });
  }

  @Test
  void addingAMembersDeputyMinisterKeepsAValidConsensualDecisionValid() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(200)
        .forAll(decisions(), ModelGens.members())
        .assuming((s, member) -> judge(s.act(), s).isValid())
        .assuming((s, member) -> Charter.rcm().isMemberOn(member, s.asOf()))
        .assuming((s, member) -> !((Decision) s.act()).objections().contains(member))
        .checkAssert(
            (s, member) -> {
              Decision d = ((Decision) s.act());
              Decision more =
                  d.withDeciders(with(d.deciders(), dm(member)))
                      .withSessionAttendees(with(d.sessionAttendees(), dm(member)));
              assertThat(judge(more, s).isValid()).isTrue();
            });
  }

  @Test
  void theVerdictDoesNotDependOnTheOrderOfTheInput() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(200)
        .forAll(ModelGens.scenarios(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (s, seed) -> {
              Random random = new Random(seed);
              Act shuffled = shuffle(s.act(), random);
              History history = shuffle(s.history(), random);
              // Facts point at positions in the input, so they move with it; the judgement does
              // not.
              Verdict reordered = VALIDATOR.validate(shuffled, history, s.asOf());
              Verdict given = VALIDATOR.validate(s.act(), s.history(), s.asOf());
              assertThat(judgement(reordered)).isEqualTo(judgement(given));
              assertThat(reordered.evaluatedRules()).isEqualTo(given.evaluatedRules());
              assertThat(reordered.fingerprint()).isEqualTo(given.fingerprint());
            });
  }

  @Test
  void theSameInputAlwaysGivesTheSameVerdict() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(200)
        .forAll(ModelGens.scenarios())
        .checkAssert(
            s -> {
              Verdict first = VALIDATOR.validate(s.act(), s.history(), s.asOf());
              Verdict again = VALIDATOR.validate(s.act(), s.history(), s.asOf());
              assertThat(again).isEqualTo(first);
              assertThat(again.violations()).isSorted();
            });
  }

  @Test
  void anObserverOrganisationsTechnicalAdviceWithoutCommitmentsIsAlwaysValid() {
    qt().withExamples(EXAMPLES)
        .withGenerateAttempts(200)
        .forAll(
            ModelGens.scenarios().assuming(s -> s.act() instanceof Document),
            ModelGens.observerOrganisations(),
            org.quicktheories.generators.SourceDSL.booleans().all(),
            org.quicktheories.generators.SourceDSL.booleans().all())
        .checkAssert(
            (s, organisation, recommendations, commitments) -> {
              Document advice =
                  ((Document) s.act())
                      .withKind(DocumentKind.TECHNICAL_ADVICE)
                      .withAuthors(Actor.of(organisation))
                      .withContainsRecommendations(recommendations)
                      .withContainsCommitments(commitments);
              Verdict v = judge(advice, s);
              // OBS-3 covers the organisations' advice and recommendations, never commitments.
              if (commitments) {
                assertThat(v.firedRules()).containsExactly("RCM-OBS-1");
              } else {
                assertThat(v.violations()).isEmpty();
              }
            });
  }

  @Test
  void theRulesThatFireAreAlwaysAmongTheEvaluatedRules() {
    qt().withExamples(EXAMPLES * 3)
        .forAll(ModelGens.charters(), ModelGens.scenarios())
        .checkAssert(
            (charter, s) -> {
              Verdict v =
                  Validator.builder()
                      .charter(charter)
                      .build()
                      .validate(s.act(), s.history(), s.asOf());
              assertThat(v.evaluatedRules()).containsAll(v.firedRules());
            });
  }

  @Test
  void noRuleFiresOnAnActTypeOutsideItsAppliesTo() {
    java.util.Set<String> typesSeen = new java.util.TreeSet<>();
    qt().withExamples(EXAMPLES * 3)
        .forAll(ModelGens.charters(), ModelGens.scenarios())
        .checkAssert(
            (charter, s) -> {
              Validator validator = Validator.builder().charter(charter).build();
              Verdict v = validator.validate(s.act(), s.history(), s.asOf());
              typesSeen.add(ActTypes.of(s.act()));
              assertThat(firedOutsideAppliesTo(validator, s.act(), v)).as(s.describe()).isEmpty();
            });
    assertThat(typesSeen)
        .as("act types generated")
        .hasSize(Act.class.getPermittedSubclasses().length);
  }

  /**
   * The rules of a verdict that fired although their {@code @appliesTo} does not name the act's
   * type, read from the validator's rule metadata rather than from the verdict's evaluated rules.
   */
  static List<String> firedOutsideAppliesTo(Validator validator, Act act, Verdict verdict) {
    String type = ActTypes.of(act);
    return verdict.firedRules().stream()
        .filter(
            id ->
                validator.rules().stream()
                    .filter(r -> r.id().equals(id))
                    .noneMatch(r -> r.appliesTo().contains(type)))
        .toList();
  }

  @Test
  void noActWhoseRequiredFactIsMissingIsEverValid() {
    java.util.concurrent.atomic.AtomicInteger removed =
        new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(EXAMPLES * 3)
        .forAll(ModelGens.scenarios())
        .checkAssert(
            s ->
                RequiredFacts.without(s.act())
                    .forEach(
                        act -> {
                          removed.incrementAndGet();
                          Verdict v = judge(act, s);
                          assertThat(v.isValid()).as("%s", act).isFalse();
                          assertThat(v.violations())
                              .as("%s", act)
                              .anyMatch(x -> x.target() instanceof Target.MissingFact);
                        }));
    assertThat(removed.get()).isGreaterThan(EXAMPLES);
  }

  // Helpers ------------------------------------------------------------------------------------

  private static List<String> judgement(Verdict v) {
    return v.violations().stream()
        .map(
            x ->
                String.join(
                    "|", x.ruleId(), x.severity().name(), x.target().key(), x.message(), x.cite()))
        .toList();
  }

  private static Actor grcm() {
    return Actor.of(Body.GRCM);
  }

  private static Delegation dm(Party party) {
    return Delegation.deputyMinister(party);
  }

  private static <T> ImmutableList<T> with(List<T> list, T extra) {
    return ImmutableList.<T>builder().addAll(list).add(extra).build();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static History shuffle(History h, Random random) {
    return History.builder()
        .meetings(shuffled(h.meetings(), random))
        .presidencyTerms(shuffled(h.presidencyTerms(), random))
        .recommendations(shuffled(h.recommendations(), random))
        .planActivities(shuffled(h.planActivities(), random))
        .agendas(shuffled(h.agendas(), random))
        .build();
  }

  private static Act shuffle(Act act, Random random) {
    if (act instanceof Decision d) {
      return d.withDeciders(shuffled(d.deciders(), random))
          .withSessionAttendees(shuffled(d.sessionAttendees(), random))
          .withObjections(shuffled(d.objections(), random))
          .withReviews(shuffled(d.reviews(), random))
          .withActsOn(shuffled(d.actsOn(), random));
    }
    if (act instanceof Recommendation r) {
      return r.withDrafters(shuffled(r.drafters(), random))
          .withDelegations(shuffled(r.delegations(), random));
    }
    if (act instanceof Document d) {
      return d.withAuthors(shuffled(d.authors(), random))
          .withAddressedTo(shuffled(d.addressedTo(), random));
    }
    if (act instanceof AgendaApproval a) {
      return a.withDelegations(shuffled(a.delegations(), random));
    }
    if (act instanceof MeetingProposal p) {
      Meeting m = p.meeting();
      return p.withMeeting(
          m.withAttendees(shuffled(m.attendees(), random))
              .withClosedSessionAttendees(shuffled(m.closedSessionAttendees(), random)));
    }
    return act;
  }
}
