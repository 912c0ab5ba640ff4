package io.github.rcmgovernance.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.internal.Checks;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Proposed acts in the order they are to be taken, such as the acts of one year of the Conference.
 * Each act is judged against the history as the acts before it left it (see {@link Recording}).
 *
 * <p>A plan holds at least one act, and no two of its acts share an id: a verdict on a plan must
 * rest on something, and each step must be told apart from the others.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public abstract class Plan implements WithPlan {
  Plan() {}

  /** The acts, in the order they are to be taken. */
  public abstract ImmutableList<Act> acts();

  /**
   * Copies this plan with {@link #acts()} replaced by the given elements.
   *
   * @param elements the new acts, at least one, none of them {@code null}, with distinct ids
   * @return a changed copy
   * @throws NullPointerException naming {@code acts} if an element is {@code null}
   * @throws io.github.rcmgovernance.model.text.InvalidValueException if no act is given or two
   *     share an id
   */
  public abstract Plan withActs(Act... elements);

  /**
   * Copies this plan with {@link #acts()} replaced by the given elements.
   *
   * @param elements the new acts, at least one, none of them {@code null}, with distinct ids
   * @return a changed copy, or this plan if {@code elements} is its own {@code acts}
   * @throws NullPointerException naming {@code acts} if an element is {@code null}
   * @throws io.github.rcmgovernance.model.text.InvalidValueException if no act is given or two
   *     share an id
   */
  public abstract Plan withActs(Iterable<? extends Act> elements);

  /**
   * A plan of acts in the given order.
   *
   * @param acts the acts, at least one, with distinct ids
   * @return the plan
   * @throws NullPointerException naming {@code acts} if an act is {@code null}
   * @throws io.github.rcmgovernance.model.text.InvalidValueException if no act is given or two
   *     share an id
   */
  public static Plan of(Iterable<? extends Act> acts) {
    return builder().addAllActs(acts).build();
  }

  /**
   * A plan of acts in the given order.
   *
   * @param acts the acts, at least one, with distinct ids
   * @return the plan
   * @throws NullPointerException naming {@code acts} if an act is {@code null}
   * @throws io.github.rcmgovernance.model.text.InvalidValueException if no act is given or two
   *     share an id
   */
  public static Plan of(Act... acts) {
    return builder().addActs(acts).build();
  }

  /** A builder of a plan. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Plan}: add its acts in order, then call {@code build()}, which checks them and
   * throws {@link io.github.rcmgovernance.model.text.InvalidValueException} when there is none or
   * two share an id.
   */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.check(!acts().isEmpty(), "check.planEmpty");
    Set<String> seen = new HashSet<>();
    for (Act act : acts()) {
      Checks.check(seen.add(act.id()), "check.planTwice", act.id());
    }
  }
}
