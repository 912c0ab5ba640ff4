package io.github.rcmgovernance.rules.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Fact;
import io.github.rcmgovernance.rules.Target;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a catalogue rule finds: the target at fault, the message as data, the facts the rule read,
 * and the remedy (a description, and the fixed act where the change is mechanical). A rule builds
 * one with {@code Finding.at(target).says(key, args).read(facts).fix(act, key, args)}; every step
 * returns a new value. Keys are relative to the rule id.
 */
public final class Finding {
  private final Target target;
  private final @Nullable Text message;
  private final ImmutableList<Fact> facts;
  private final @Nullable Text remedy;
  private final @Nullable Act fixed;
  private final boolean undetermined;

  private Finding(
      Target target,
      @Nullable Text message,
      ImmutableList<Fact> facts,
      @Nullable Text remedy,
      @Nullable Act fixed,
      boolean undetermined) {
    this.target = checkNotNull(target, "target");
    this.message = message;
    this.facts = facts;
    this.remedy = remedy;
    this.fixed = fixed;
    this.undetermined = undetermined;
  }

  private Finding(
      Target target,
      @Nullable Text message,
      ImmutableList<Fact> facts,
      @Nullable Text remedy,
      @Nullable Act fixed) {
    this(target, message, facts, remedy, fixed, false);
  }

  /**
   * A rule could not judge a target for want of a fact the record does not know: not a violation,
   * and not a pass. The reason is a key of the shared bundle ({@code undetermined.*}), not one
   * qualified by the rule id.
   *
   * @param target what could not be judged
   * @param reasonKey the reason's key
   * @param arguments its arguments
   * @return the finding
   */
  public static Finding undetermined(Target target, String reasonKey, Argument... arguments) {
    return new Finding(target, Text.of(reasonKey, arguments), ImmutableList.of(), null, null, true);
  }

  /**
   * Whether this says that the rule could not judge the target, rather than that it is at fault.
   */
  public boolean isUndetermined() {
    return undetermined;
  }

  /**
   * A finding about a target.
   *
   * @param target what is at fault
   * @return the finding, still without a message
   */
  public static Finding at(Target target) {
    return new Finding(target, null, ImmutableList.of(), null, null);
  }

  /**
   * The message.
   *
   * @param key the key after the rule id
   * @param arguments its arguments
   * @return the finding with that message
   */
  public Finding says(String key, Argument... arguments) {
    return new Finding(target, Text.of(key, arguments), facts, remedy, fixed);
  }

  /**
   * Facts the rule read.
   *
   * @param read the facts
   * @return the finding with those facts added
   */
  public Finding read(Fact... read) {
    return new Finding(
        target,
        message,
        ImmutableList.<Fact>builder().addAll(facts).add(read).build(),
        remedy,
        fixed,
        undetermined);
  }

  /**
   * Facts the rule read.
   *
   * @param read the facts
   * @return the finding with those facts added
   */
  public Finding read(List<Fact> read) {
    return read(read.toArray(new Fact[0]));
  }

  /**
   * A mechanical remedy: the act with the change made.
   *
   * @param fixedAct the changed act
   * @param key the key of its description, after the rule id
   * @param arguments the description's arguments
   * @return the finding with that remedy
   */
  public Finding fix(Act fixedAct, String key, Argument... arguments) {
    return new Finding(target, message, facts, Text.of(key, arguments), checkNotNull(fixedAct));
  }

  /**
   * A remedy that is advice only.
   *
   * @param key the key of its description, after the rule id
   * @param arguments the description's arguments
   * @return the finding with that remedy
   */
  public Finding advise(String key, Argument... arguments) {
    return new Finding(target, message, facts, Text.of(key, arguments), null);
  }

  /** What is at fault. */
  public Target target() {
    return target;
  }

  /** The message, if the rule gave one. */
  public Optional<Text> message() {
    return Optional.ofNullable(message);
  }

  /** The facts the rule read. */
  public ImmutableList<Fact> facts() {
    return facts;
  }

  /** The remedy's description, if the rule gave one. */
  public Optional<Text> remedy() {
    return Optional.ofNullable(remedy);
  }

  /** The fixed act of a mechanical remedy. */
  public Optional<Act> fixed() {
    return Optional.ofNullable(fixed);
  }

  @Override
  public String toString() {
    return target + " " + message;
  }
}
