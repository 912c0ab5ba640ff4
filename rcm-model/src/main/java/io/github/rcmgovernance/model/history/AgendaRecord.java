package io.github.rcmgovernance.model.history;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agenda of a Vice-Ministerial meeting and where it was discussed: at the GRCM mid-term meeting
 * (GR-3) and at the preparatory meeting (GR-4).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgendaRecord.class)
@JsonDeserialize(as = ImmutableAgendaRecord.class)
public abstract class AgendaRecord implements WithAgendaRecord {
  AgendaRecord() {}

  /** The id of the Vice-Ministerial meeting the agenda is for. */
  public abstract String meetingId();

  /** The id of the GRCM mid-term meeting that discussed it. */
  public abstract Optional<String> discussedAt();

  /** The id of the GRCM preparatory meeting that reviewed it. */
  public abstract Optional<String> reviewedAt();

  /** A builder of an agenda record. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AgendaRecord}: set its attributes, then call {@code build()}, which checks
   * them and throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the
   * first one that is missing or wrong.
   */
  public static final class Builder extends ImmutableAgendaRecord.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("AgendaRecord.meetingId", meetingId());
    discussedAt().ifPresent(id -> Checks.notBlank("AgendaRecord.discussedAt", id));
    reviewedAt().ifPresent(id -> Checks.notBlank("AgendaRecord.reviewedAt", id));
  }
}
