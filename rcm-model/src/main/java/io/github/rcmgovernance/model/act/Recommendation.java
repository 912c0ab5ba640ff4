package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.meeting.Forum;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recommendation, normally of the GRCM to the Deputy Ministers, who review it at their annual
 * meeting or by consultation between meetings (GR-1, GR-3).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("recommendation")
@JsonSerialize(as = ImmutableRecommendation.class)
@JsonDeserialize(as = ImmutableRecommendation.class)
public abstract non-sealed class Recommendation implements Act, WithRecommendation {
  Recommendation() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** The body (or party) issuing the recommendation. */
  public abstract Actor issuer();

  /** Who drafted it. */
  public abstract ImmutableList<Actor> drafters();

  /**
   * Copies this recommendation with {@link #drafters()} replaced by the given elements.
   *
   * @param elements the new elements of {@code drafters}, none of them {@code null}
   * @return a changed copy, or this recommendation itself if its {@code drafters} is empty and no
   *     element is given
   * @throws NullPointerException naming {@code drafters} if an element is {@code null}
   */
  public abstract Recommendation withDrafters(Actor... elements);

  /**
   * Copies this recommendation with {@link #drafters()} replaced by the given elements.
   *
   * @param elements the new elements of {@code drafters}, none of them {@code null}
   * @return a changed copy, or this recommendation if {@code elements} is its own {@code drafters}
   * @throws NullPointerException naming {@code drafters} if an element is {@code null}
   */
  public abstract Recommendation withDrafters(Iterable<? extends Actor> elements);

  /** Whom it is addressed to. */
  public abstract Actor addressee();

  /** Where it is adopted, if at a meeting. */
  public abstract Optional<Forum> forum();

  /** The delegations taking part in adopting it. */
  public abstract ImmutableList<Delegation> delegations();

  /**
   * Copies this recommendation with {@link #delegations()} replaced by the given elements.
   *
   * @param elements the new elements of {@code delegations}, none of them {@code null}
   * @return a changed copy, or this recommendation itself if its {@code delegations} is empty and
   *     no element is given
   * @throws NullPointerException naming {@code delegations} if an element is {@code null}
   */
  public abstract Recommendation withDelegations(Delegation... elements);

  /**
   * Copies this recommendation with {@link #delegations()} replaced by the given elements.
   *
   * @param elements the new elements of {@code delegations}, none of them {@code null}
   * @return a changed copy, or this recommendation if {@code elements} is its own {@code
   *     delegations}
   * @throws NullPointerException naming {@code delegations} if an element is {@code null}
   */
  public abstract Recommendation withDelegations(Iterable<? extends Delegation> elements);

  /** Where it stands in the Deputy Ministers' review. */
  @Value.Default
  public ReviewState reviewState() {
    return ReviewState.PENDING;
  }

  /** A builder of a recommendation. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Recommendation}: set its attributes, then call {@code build()}, which checks
   * them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the
   * first one that is missing or wrong.
   */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Recommendation.id", id());
    Checks.day("Recommendation.date", date());
  }
}
