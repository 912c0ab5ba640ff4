package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One scenario: an act judged under a charter against a history on a day, with the verdict it is
 * expected to get.
 *
 * @param name a short name
 * @param description what the scenario shows; empty when the file gives none
 * @param charter the charter to judge by ({@link Charter#rcm()} when the file gives none)
 * @param history the record the rules read ({@link History#empty()} when the file gives none)
 * @param act the act judged
 * @param asOf the day of judgement (the act's date when the file gives none)
 * @param expectation the expected verdict, if the file states one
 * @param source the file the scenario was read from
 * @since 0.1.0
 */
public record Scenario(
    String name,
    String description,
    Charter charter,
    History history,
    Act act,
    LocalDate asOf,
    Optional<Expectation> expectation,
    Path source) {

  /** Checks that no component is null. */
  public Scenario {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(charter, "charter");
    requireNonNull(history, "history");
    requireNonNull(act, "act");
    requireNonNull(asOf, "asOf");
    requireNonNull(expectation, "expectation");
    requireNonNull(source, "source");
  }
}
