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
import java.util.Optional;
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
   * A party's status on the day of judgement.
   *
   * @param party the party
   * @return its status, or empty when it has none that day
   */
  public Optional<Status> status(Party party) {
    return charter.statusOn(party, asOf);
  }

  /**
   * An actor's status on the day of judgement. A body that speaks for a party (IOM's Regional
   * Office speaks for IOM) has that party's status; the Conference's own bodies have none.
   *
   * @param actor the actor
   * @return the status of the party it names or speaks for, or empty
   */
  public Optional<Status> status(Actor actor) {
    Party party = party(actor);
    return party == null ? Optional.empty() : status(party);
  }

  /**
   * Whether a party is a Member on the day of judgement.
   *
   * @param party the party
   * @return true for a Member State that day
   */
  public boolean isMember(Party party) {
    return status(party).filter(s -> s == Status.MEMBER).isPresent();
  }

  /**
   * Whether an actor is, or speaks for, a Member on the day of judgement.
   *
   * @param actor the actor
   * @return true for a Member State that day
   */
  public boolean isMember(Actor actor) {
    return status(actor).filter(s -> s == Status.MEMBER).isPresent();
  }

  /**
   * Whether a party is an observer on the day of judgement.
   *
   * @param party the party
   * @return true for an observer State or organisation that day
   */
  public boolean isObserver(Party party) {
    return status(party).filter(s -> s == Status.OBSERVER).isPresent();
  }

  /**
   * Whether an actor is, or speaks for, an observer on the day of judgement.
   *
   * @param actor the actor
   * @return true for an observer, or a body that speaks for one, that day
   */
  public boolean isObserver(Actor actor) {
    return status(actor).filter(s -> s == Status.OBSERVER).isPresent();
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
   * @return true for an organisation with observer status, or a body that speaks for one
   */
  public boolean isObserverOrganisation(Actor actor) {
    Party party = party(actor);
    return party != null && party.isOrganisation() && isObserver(party);
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
