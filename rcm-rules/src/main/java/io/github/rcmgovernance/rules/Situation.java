package io.github.rcmgovernance.rules;

import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.Status;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The background an act is judged against: the charter, the trusted history and the day of
 * judgement. The validator inserts one into every rule session beside the act; rules, including an
 * embedding system's own, ask it what the model knows (statuses, presidency holders, recorded
 * meetings and recommendations) and decide for themselves what is allowed.
 *
 * @since 0.1.0
 */
public final class Situation {
  private final Charter charter;
  private final History history;
  private final LocalDate asOf;

  /**
   * A situation.
   *
   * @param charter the charter
   * @param history the history
   * @param asOf the day of judgement
   */
  public Situation(Charter charter, History history, LocalDate asOf) {
    this.charter = charter;
    this.history = history;
    this.asOf = asOf;
  }

  /** The charter. */
  public Charter charter() {
    return charter;
  }

  /** The history. */
  public History history() {
    return history;
  }

  /** The day of judgement. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * A party's standing on the day of judgement.
   *
   * @param party the party
   * @return its standing
   */
  public Standing standing(Party party) {
    return charter
        .statusOn(party, asOf)
        .map(s -> s == Status.MEMBER ? Standing.MEMBER : Standing.OBSERVER)
        .orElse(Standing.NONE);
  }

  /**
   * An actor's standing on the day of judgement. A body that speaks for a party (IOM's Regional
   * Office speaks for IOM) has that party's standing; the Conference's own bodies have none.
   *
   * @param actor the actor
   * @return the standing of the party it names or speaks for, or NONE
   */
  public Standing standing(Actor actor) {
    Party party = party(actor);
    return party == null ? Standing.NONE : standing(party);
  }

  /**
   * The party an actor names or speaks for.
   *
   * @param actor the actor
   * @return the party it names, the party its body speaks for, or {@code null} for the Conference's
   *     own bodies
   */
  public static @Nullable Party party(Actor actor) {
    if (actor.party().isPresent()) {
      return actor.party().get();
    }
    return actor.body().flatMap(Body::speaksFor).orElse(null);
  }

  /**
   * Whether an actor is, or speaks for, an observer organisation on the day of judgement.
   *
   * @param actor the actor
   * @return true for an organisation with observer standing, or a body that speaks for one
   */
  public boolean isObserverOrganisation(Actor actor) {
    Party party = party(actor);
    return party != null && party.isOrganisation() && standing(party) == Standing.OBSERVER;
  }

  /**
   * Whether the history records a recommendation.
   *
   * @param recommendationId the id
   * @return true when the history has a record with that id
   */
  public boolean isRecorded(String recommendationId) {
    return history.recommendation(recommendationId).isPresent();
  }

  /**
   * Whether an actor is the Pro-Tempore Presidency on a day: the body, or the State holding it.
   *
   * @param actor the actor
   * @param date the day
   * @return true when it speaks as the Presidency
   */
  public boolean isPresidency(Actor actor, LocalDate date) {
    if (actor.is(Body.PRO_TEMPORE_PRESIDENCY)) {
      return true;
    }
    return actor.party().isPresent()
        && history.presidencyHolder(date).filter(actor.party().get()::equals).isPresent();
  }

  /**
   * The State holding the presidency on a day.
   *
   * @param date the day
   * @return the holder, or {@code null} when no recorded term covers the day
   */
  public @Nullable Party presidencyHolder(LocalDate date) {
    return history.presidencyHolder(date).orElse(null);
  }

  /**
   * Whether a recommendation is recorded as endorsed.
   *
   * @param recommendationId the id
   * @return true when the history records it as endorsed
   */
  public boolean isEndorsed(String recommendationId) {
    return history
        .recommendation(recommendationId)
        .filter(r -> r.reviewState() == ReviewState.ENDORSED)
        .isPresent();
  }

  /**
   * A recorded meeting.
   *
   * @param id the meeting id
   * @return the meeting, or {@code null} when not recorded
   */
  public @Nullable Meeting meeting(String id) {
    return history.meeting(id).orElse(null);
  }
}
