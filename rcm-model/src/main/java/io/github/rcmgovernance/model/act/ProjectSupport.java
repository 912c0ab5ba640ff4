package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An observer organisation's support for a project that governments determined (GI-2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("projectSupport")
@JsonSerialize(as = ImmutableProjectSupport.class)
@JsonDeserialize(as = ImmutableProjectSupport.class)
public abstract non-sealed class ProjectSupport implements Act, WithProjectSupport {
  ProjectSupport() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** The organisation giving support. */
  public abstract Party organisation();

  /** The project supported. */
  public abstract String project();

  /** The governments that determined the project. */
  public abstract ImmutableList<Party> determinedBy();

  /**
   * Copies this project support with {@link #determinedBy()} replaced by the given elements.
   *
   * @param elements the new elements of {@code determinedBy}, none of them {@code null}
   * @return a changed copy, or this project support itself if its {@code determinedBy} is empty and
   *     no element is given
   * @throws NullPointerException naming {@code determinedBy} if an element is {@code null}
   */
  public abstract ProjectSupport withDeterminedBy(Party... elements);

  /**
   * Copies this project support with {@link #determinedBy()} replaced by the given elements.
   *
   * @param elements the new elements of {@code determinedBy}, none of them {@code null}
   * @return a changed copy, or this project support if {@code elements} is its own {@code
   *     determinedBy}
   * @throws NullPointerException naming {@code determinedBy} if an element is {@code null}
   */
  public abstract ProjectSupport withDeterminedBy(Iterable<? extends Party> elements);

  /** A builder of a project support. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProjectSupport}: set its attributes, then call {@code build()}, which checks
   * them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the
   * first one that is missing or wrong.
   */
  public static final class Builder extends ImmutableProjectSupport.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("ProjectSupport.id", id());
    Checks.day("ProjectSupport.date", date());
    Checks.notBlank("ProjectSupport.project", project());
    Checks.check(organisation().isOrganisation(), "check.organisation", organisation());
  }
}
