package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.Checks;
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
public abstract non-sealed class FacilitySupport implements Act {
  FacilitySupport() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** The facility given. */
  public abstract FacilityKind facility();

  /** A builder of a facility support. */
  public static ImmutableFacilitySupport.Builder builder() {
    return ImmutableFacilitySupport.builder();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("FacilitySupport.id", id());
    Checks.day("FacilitySupport.date", date());
  }
}
