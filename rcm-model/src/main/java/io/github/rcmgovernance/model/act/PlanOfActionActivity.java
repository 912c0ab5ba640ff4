package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity proposed for the Plan of Action, possibly carrying out a recommendation (GR-1,
 * SEC-2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("planOfActionActivity")
@JsonSerialize(as = ImmutablePlanOfActionActivity.class)
@JsonDeserialize(as = ImmutablePlanOfActionActivity.class)
public abstract non-sealed class PlanOfActionActivity implements Act, WithPlanOfActionActivity {
  PlanOfActionActivity() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** What the activity is. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Who proposes or monitors it. */
  public abstract Actor proposedBy();

  /** The id of the recommendation it carries out, if any. */
  public abstract Optional<String> basedOn();

  /** A builder of an activity. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PlanOfActionActivity}: set its attributes, then call {@code build()}, which
   * checks them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming
   * the first one that is missing or wrong.
   */
  public static final class Builder extends ImmutablePlanOfActionActivity.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("PlanOfActionActivity.id", id());
    basedOn().ifPresent(id -> Checks.notBlank("PlanOfActionActivity.basedOn", id));
    Checks.day("PlanOfActionActivity.date", date());
  }
}
