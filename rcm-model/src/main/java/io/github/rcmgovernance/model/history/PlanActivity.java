package io.github.rcmgovernance.model.history;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity of the Plan of Action, which the GRCM monitors and the TS helps monitor (GR-1,
 * SEC-2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanActivity.class)
@JsonDeserialize(as = ImmutablePlanActivity.class)
public abstract class PlanActivity implements WithPlanActivity {
  PlanActivity() {}

  /** The activity's id. */
  public abstract String id();

  /** What the activity is. */
  public abstract String description();

  /** The recommendation it carries out, if any. */
  public abstract Optional<String> basedOn();

  /** A builder of an activity. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PlanActivity}: set its attributes, then call {@code build()}, which checks them
   * and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the first
   * one that is missing or wrong.
   */
  public static final class Builder extends ImmutablePlanActivity.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("PlanActivity.id", id());
    basedOn().ifPresent(id -> Checks.notBlank("PlanActivity.basedOn", id));
  }
}
