package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A Pro-Tempore Presidency term proposed for a State (GI-3, SEC-2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("presidencyTerm")
@JsonSerialize(as = ImmutablePresidencyTermProposal.class)
@JsonDeserialize(as = ImmutablePresidencyTermProposal.class)
public abstract non-sealed class PresidencyTermProposal implements Act, WithPresidencyTermProposal {
  PresidencyTermProposal() {}

  @Override
  public abstract String id();

  /**
   * The day of the proposal; defaults to the term's first day or, for a term known only by a year,
   * to 1 January of that year.
   */
  @Override
  @Value.Default
  public LocalDate date() {
    return term()
        .startAsKnown()
        .earliest()
        .orElseGet(() -> LocalDate.of(term().heldIn().getAsInt(), 1, 1));
  }

  /** The proposed term. */
  public abstract PresidencyTerm term();

  /**
   * A proposal of a term, dated on its first day.
   *
   * @param id the act id
   * @param term the term
   * @return the proposal
   */
  public static PresidencyTermProposal of(String id, PresidencyTerm term) {
    return ImmutablePresidencyTermProposal.builder().id(id).term(term).build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("PresidencyTermProposal.id", id());
  }
}
