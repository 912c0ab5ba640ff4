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
 * Something the Technical Secretariat is instructed or requested to do (SEC-1, SEC-2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("secretariatAction")
@JsonSerialize(as = ImmutableSecretariatAction.class)
@JsonDeserialize(as = ImmutableSecretariatAction.class)
public abstract non-sealed class SecretariatAction implements Act, WithSecretariatAction {
  SecretariatAction() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** The task. */
  public abstract SecretariatTask task();

  /** A free description of the task. */
  @Value.Default
  public String description() {
    return "";
  }

  /** Who instructs or requests it. */
  public abstract Actor instructedBy();

  /** The id of the recommendation the action serves, if any. */
  public abstract Optional<String> servesRecommendation();

  /** The id of the meeting or event the action supports, if any. */
  public abstract Optional<String> servesMeeting();

  /** A builder of a secretariat action. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SecretariatAction}: set its attributes, then call {@code build()}, which checks
   * them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the
   * first one that is missing or wrong.
   */
  public static final class Builder extends ImmutableSecretariatAction.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("SecretariatAction.id", id());
    servesRecommendation()
        .ifPresent(id -> Checks.notBlank("SecretariatAction.servesRecommendation", id));
    servesMeeting().ifPresent(id -> Checks.notBlank("SecretariatAction.servesMeeting", id));
    Checks.day("SecretariatAction.date", date());
  }
}
