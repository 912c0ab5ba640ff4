package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * IOM's facilities to the Technical Secretariat, which need no request (HO-1).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("facilitySupport")
@JsonSerialize(as = ImmutableFacilitySupport.class)
@JsonDeserialize(as = ImmutableFacilitySupport.class)
public abstract non-sealed class FacilitySupport implements Act, WithFacilitySupport {
  FacilitySupport() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** The facility given. */
  public abstract FacilityKind facility();

  /** A builder of a facility support. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FacilitySupport}: set its attributes, then call {@code build()}, which checks
   * them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the
   * first one that is missing or wrong.
   */
  public static final class Builder extends ImmutableFacilitySupport.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("FacilitySupport.id", id());
    Checks.day("FacilitySupport.date", date());
  }
}
