package io.github.rcmgovernance.model.delegation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party's representation at a meeting or in a decision: the party, the level of its head and the
 * service it comes from (GI-1, GI-3, GR-1).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegation.class)
@JsonDeserialize(as = ImmutableDelegation.class)
public abstract class Delegation implements WithDelegation {
  Delegation() {}

  /** The party represented. */
  public abstract Party party();

  /** The rank of the delegation. */
  public abstract Level level();

  /** The service the delegation comes from. */
  public abstract Service service();

  /** The name of the service; required when {@link #service()} is {@link Service#OTHER}. */
  public abstract Optional<String> serviceName();

  /** A builder of a delegation. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Delegation}: set its attributes, then call {@code build()}, which checks them
   * and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the first
   * one that is missing or wrong.
   */
  public static final class Builder extends ImmutableDelegation.Builder {
    Builder() {}
  }

  /**
   * A delegation from one of the named services.
   *
   * @param party the party
   * @param level its rank
   * @param service its service, not {@link Service#OTHER}
   * @return the delegation
   */
  public static Delegation of(Party party, Level level, Service service) {
    return builder().party(party).level(level).service(service).build();
  }

  /**
   * A Member's Deputy Minister from Foreign Affairs: the usual decider.
   *
   * @param party the party
   * @return the delegation
   */
  public static Delegation deputyMinister(Party party) {
    return of(party, Level.DEPUTY_MINISTER, Service.FOREIGN_AFFAIRS);
  }

  @Value.Check
  final void check() {
    serviceName().ifPresent(n -> Checks.notBlank("Delegation.serviceName", n));
    Checks.check(
        service() != Service.OTHER || serviceName().isPresent(), "check.serviceName", party());
  }

  @Override
  public final String toString() {
    return party() + " (" + level() + ", " + serviceName().orElse(service().name()) + ")";
  }
}
