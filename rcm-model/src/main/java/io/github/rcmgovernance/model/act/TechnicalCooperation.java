package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * IOM's technical cooperation to the Conference, given at the request of Member countries (HO-1).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("technicalCooperation")
@JsonSerialize(as = ImmutableTechnicalCooperation.class)
@JsonDeserialize(as = ImmutableTechnicalCooperation.class)
public abstract non-sealed class TechnicalCooperation implements Act, WithTechnicalCooperation {
  TechnicalCooperation() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** What the cooperation is. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Who requested it: Members, the Presidency or the Vice-Ministerial Conference. */
  public abstract ImmutableList<Actor> requestedBy();

  /**
   * Copies this technical cooperation with {@link #requestedBy()} replaced by the given elements.
   *
   * @param elements the new elements of {@code requestedBy}, none of them {@code null}
   * @return a changed copy, or this technical cooperation itself if its {@code requestedBy} is
   *     empty and no element is given
   * @throws NullPointerException naming {@code requestedBy} if an element is {@code null}
   */
  public abstract TechnicalCooperation withRequestedBy(Actor... elements);

  /**
   * Copies this technical cooperation with {@link #requestedBy()} replaced by the given elements.
   *
   * @param elements the new elements of {@code requestedBy}, none of them {@code null}
   * @return a changed copy, or this technical cooperation if {@code elements} is its own {@code
   *     requestedBy}
   * @throws NullPointerException naming {@code requestedBy} if an element is {@code null}
   */
  public abstract TechnicalCooperation withRequestedBy(Iterable<? extends Actor> elements);

  /** A builder of a technical cooperation. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TechnicalCooperation}: set its attributes, then call {@code build()}, which
   * checks them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming
   * the first one that is missing or wrong.
   */
  public static final class Builder extends ImmutableTechnicalCooperation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("TechnicalCooperation.id", id());
    Checks.day("TechnicalCooperation.date", date());
  }
}
