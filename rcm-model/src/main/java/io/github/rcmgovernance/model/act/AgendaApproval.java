package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.meeting.Forum;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The approval of the next Vice-Ministerial meeting's agenda: the GRCM's own act at its mid-term
 * meeting, not a decision (GR-3).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("agendaApproval")
@JsonSerialize(as = ImmutableAgendaApproval.class)
@JsonDeserialize(as = ImmutableAgendaApproval.class)
public abstract non-sealed class AgendaApproval implements Act, WithAgendaApproval {
  AgendaApproval() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** Who approves the agenda. */
  public abstract Actor approvedBy();

  /** Where it is approved. */
  public abstract Forum forum();

  /** The id of the Vice-Ministerial meeting the agenda is for, if known. */
  public abstract Optional<String> forMeeting();

  /** The delegations taking part. */
  public abstract ImmutableList<Delegation> delegations();

  /**
   * Copies this agenda approval with {@link #delegations()} replaced by the given elements.
   *
   * @param elements the new elements of {@code delegations}, none of them {@code null}
   * @return a changed copy, or this agenda approval itself if its {@code delegations} is empty and
   *     no element is given
   * @throws NullPointerException naming {@code delegations} if an element is {@code null}
   */
  public abstract AgendaApproval withDelegations(Delegation... elements);

  /**
   * Copies this agenda approval with {@link #delegations()} replaced by the given elements.
   *
   * @param elements the new elements of {@code delegations}, none of them {@code null}
   * @return a changed copy, or this agenda approval if {@code elements} is its own {@code
   *     delegations}
   * @throws NullPointerException naming {@code delegations} if an element is {@code null}
   */
  public abstract AgendaApproval withDelegations(Iterable<? extends Delegation> elements);

  /** A builder of an agenda approval. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AgendaApproval}: set its attributes, then call {@code build()}, which checks
   * them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the
   * first one that is missing or wrong.
   */
  public static final class Builder extends ImmutableAgendaApproval.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("AgendaApproval.id", id());
    forMeeting().ifPresent(id -> Checks.notBlank("AgendaApproval.forMeeting", id));
    Checks.day("AgendaApproval.date", date());
  }
}
