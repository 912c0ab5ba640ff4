package io.github.rcmgovernance.model.history;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A GRCM recommendation already issued, and where it stands in the Deputy Ministers' review (GR-1).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecommendationRecord.class)
@JsonDeserialize(as = ImmutableRecommendationRecord.class)
public abstract class RecommendationRecord implements WithRecommendationRecord {
  RecommendationRecord() {}

  /** The recommendation's id. */
  @Value.Parameter
  public abstract String id();

  /** Its review state. */
  @Value.Parameter
  public abstract ReviewState reviewState();

  /**
   * A record.
   *
   * @param id the id
   * @param state the review state
   * @return the record
   */
  public static RecommendationRecord of(String id, ReviewState state) {
    return ImmutableRecommendationRecord.of(id, state);
  }

  @Value.Check
  final void check() {
    Checks.notBlank("RecommendationRecord.id", id());
  }
}
