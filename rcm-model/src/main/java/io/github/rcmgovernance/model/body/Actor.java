package io.github.rcmgovernance.model.body;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who does something in an act: either one of the Conference's {@link Body bodies} or a {@link
 * Party} acting on its own. Exactly one of {@link #body()} and {@link #party()} is present.
 *
 * <p>In JSON an actor is {@code {"body": "GRCM"}} or {@code {"party": "MX"}}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public abstract class Actor implements Comparable<Actor>, WithActor {
  Actor() {}

  /** The body, when a body acts. */
  public abstract Optional<Body> body();

  /** The party, when a party acts on its own. */
  public abstract Optional<Party> party();

  /**
   * A body as actor.
   *
   * @param body the body
   * @return the actor
   */
  public static Actor of(Body body) {
    return ImmutableActor.builder().body(body).build();
  }

  /**
   * A party as actor.
   *
   * @param party the party
   * @return the actor
   */
  public static Actor of(Party party) {
    return ImmutableActor.builder().party(party).build();
  }

  /**
   * Whether this actor is the given body.
   *
   * @param candidate the body
   * @return true when this actor is that body
   */
  public final boolean is(Body candidate) {
    return body().map(b -> b == candidate).orElse(false);
  }

  /**
   * Whether this actor is the given party.
   *
   * @param candidate the party
   * @return true when this actor is that party
   */
  public final boolean is(Party candidate) {
    return party().map(candidate::equals).orElse(false);
  }

  @Value.Check
  final void check() {
    Checks.check(
        body().isPresent() != party().isPresent(),
        body().isPresent() ? "check.actorBoth" : "check.actorNeither");
  }

  @Override
  public final int compareTo(Actor other) {
    if (body().isPresent() != other.body().isPresent()) {
      return body().isPresent() ? -1 : 1;
    }
    return body().isPresent()
        ? body().get().compareTo(other.body().get())
        : party().get().compareTo(other.party().get());
  }

  @Override
  public final String toString() {
    return body().map(Enum::name).orElseGet(() -> party().get().code());
  }
}
