package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision of the Conference: taken by the Members' Deputy Ministers, behind closed doors, at a
 * Vice-Ministerial meeting or, to review GRCM recommendations, by consultation between meetings,
 * and recorded in the press release or statement that follows (GI-3, GR-1).
 *
 * <pre>{@code
 * Decision decision =
 *     Decision.builder()
 *         .id("DEC-2024-1")
 *         .date(LocalDate.of(2024, 5, 22))
 *         .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
 *         .forum(Forum.of(MeetingKind.VICE_MINISTERIAL))
 *         .subject(Subject.POLICY)
 *         .addDeciders(Delegation.deputyMinister(Party.state("MX")))
 *         .addDeciders(Delegation.deputyMinister(Party.state("GT")))
 *         .sessionClosed(true)
 *         .recordedIn("Declaration of XXIX RCM")
 *         .build();
 * Decision open = decision.withSessionClosed(false); // a changed copy
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("decision")
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract non-sealed class Decision implements Act, WithDecision {
  Decision() {}

  /** The body (or party) the decision is attributed to. */
  public abstract Actor decidedBy();

  /** Where the decision is taken. */
  public abstract Forum forum();

  /** What the decision is about. */
  public abstract Subject subject();

  /** The delegations taking the decision. */
  public abstract ImmutableList<Delegation> deciders();

  /**
   * Copies this decision with {@link #deciders()} replaced by the given elements.
   *
   * @param elements the new elements of {@code deciders}, none of them {@code null}
   * @return a changed copy, or this decision itself if its {@code deciders} is empty and no element
   *     is given
   * @throws NullPointerException naming {@code deciders} if an element is {@code null}
   */
  public abstract Decision withDeciders(Delegation... elements);

  /**
   * Copies this decision with {@link #deciders()} replaced by the given elements.
   *
   * @param elements the new elements of {@code deciders}, none of them {@code null}
   * @return a changed copy, or this decision if {@code elements} is its own {@code deciders}
   * @throws NullPointerException naming {@code deciders} if an element is {@code null}
   */
  public abstract Decision withDeciders(Iterable<? extends Delegation> elements);

  /** Who attends the decision session. */
  public abstract ImmutableList<Delegation> sessionAttendees();

  /**
   * Copies this decision with {@link #sessionAttendees()} replaced by the given elements.
   *
   * @param elements the new elements of {@code sessionAttendees}, none of them {@code null}
   * @return a changed copy, or this decision itself if its {@code sessionAttendees} is empty and no
   *     element is given
   * @throws NullPointerException naming {@code sessionAttendees} if an element is {@code null}
   */
  public abstract Decision withSessionAttendees(Delegation... elements);

  /**
   * Copies this decision with {@link #sessionAttendees()} replaced by the given elements.
   *
   * @param elements the new elements of {@code sessionAttendees}, none of them {@code null}
   * @return a changed copy, or this decision if {@code elements} is its own {@code
   *     sessionAttendees}
   * @throws NullPointerException naming {@code sessionAttendees} if an element is {@code null}
   */
  public abstract Decision withSessionAttendees(Iterable<? extends Delegation> elements);

  /** Whether the decision session is closed to the public and to observers. */
  public abstract boolean sessionClosed();

  /** Whether Technical Secretariat staff attend the session in support. */
  @Value.Default
  public boolean secretariatStaffPresent() {
    return false;
  }

  /** Ids of GRCM recommendations this decision reviews. */
  public abstract ImmutableList<String> reviews();

  /**
   * Copies this decision with {@link #reviews()} replaced by the given elements.
   *
   * @param elements the new elements of {@code reviews}, none of them {@code null}
   * @return a changed copy, or this decision itself if its {@code reviews} is empty and no element
   *     is given
   * @throws NullPointerException naming {@code reviews} if an element is {@code null}
   */
  public abstract Decision withReviews(String... elements);

  /**
   * Copies this decision with {@link #reviews()} replaced by the given elements.
   *
   * @param elements the new elements of {@code reviews}, none of them {@code null}
   * @return a changed copy, or this decision if {@code elements} is its own {@code reviews}
   * @throws NullPointerException naming {@code reviews} if an element is {@code null}
   */
  public abstract Decision withReviews(Iterable<? extends String> elements);

  /** Ids of recommendations this decision acts on (implements). */
  public abstract ImmutableList<String> actsOn();

  /**
   * Copies this decision with {@link #actsOn()} replaced by the given elements.
   *
   * @param elements the new elements of {@code actsOn}, none of them {@code null}
   * @return a changed copy, or this decision itself if its {@code actsOn} is empty and no element
   *     is given
   * @throws NullPointerException naming {@code actsOn} if an element is {@code null}
   */
  public abstract Decision withActsOn(String... elements);

  /**
   * Copies this decision with {@link #actsOn()} replaced by the given elements.
   *
   * @param elements the new elements of {@code actsOn}, none of them {@code null}
   * @return a changed copy, or this decision if {@code elements} is its own {@code actsOn}
   * @throws NullPointerException naming {@code actsOn} if an element is {@code null}
   */
  public abstract Decision withActsOn(Iterable<? extends String> elements);

  /** Parties that recorded an objection. */
  public abstract ImmutableList<Party> objections();

  /**
   * Copies this decision with {@link #objections()} replaced by the given elements.
   *
   * @param elements the new elements of {@code objections}, none of them {@code null}
   * @return a changed copy, or this decision itself if its {@code objections} is empty and no
   *     element is given
   * @throws NullPointerException naming {@code objections} if an element is {@code null}
   */
  public abstract Decision withObjections(Party... elements);

  /**
   * Copies this decision with {@link #objections()} replaced by the given elements.
   *
   * @param elements the new elements of {@code objections}, none of them {@code null}
   * @return a changed copy, or this decision if {@code elements} is its own {@code objections}
   * @throws NullPointerException naming {@code objections} if an element is {@code null}
   */
  public abstract Decision withObjections(Iterable<? extends Party> elements);

  /** The press release or statement the decision is recorded in. */
  public abstract Optional<String> recordedIn();

  /** A builder of a decision. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Decision}: set its attributes, then call {@code build()}, which checks them and
   * throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the first one
   * that is missing or wrong.
   */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  @Value.Check
  final void check() {
    Checks.notBlank("Decision.id", id());
    reviews().forEach(id -> Checks.notBlank("Decision.reviews", id));
    actsOn().forEach(id -> Checks.notBlank("Decision.actsOn", id));
    Checks.day("Decision.date", date());
    recordedIn().ifPresent(r -> Checks.notBlank("Decision.recordedIn", r));
  }
}
