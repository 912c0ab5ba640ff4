package io.github.rcmgovernance.model.gen;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.history.History;
import java.time.LocalDate;

/**
 * An act to judge, the history it is judged against and the day of judgement, as {@link
 * ModelGens#scenarios()} generates them.
 *
 * @param history the trusted record the rules read
 * @param act the proposed act
 * @param asOf the day of judgement: usually the act's date, sometimes another day
 */
public record Scenario(History history, Act act, LocalDate asOf) {

  /** A short description for failure reports: the act and the day, without the whole history. */
  public String describe() {
    return act + " as of " + asOf + " (history of " + history.meetings().size() + " meetings)";
  }
}
