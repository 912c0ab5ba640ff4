package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A fact a rule read to reach a finding: a place in the act's JSON form, or an entry of the
 * history, with its value as text. Written {@code act /deciders/1/party = AR} or {@code history
 * /meetings/4 = XXIX RCM (VICE_MINISTERIAL, 2024-05-21)}.
 *
 * @param source where the fact is: the act judged or the history
 * @param pointer a JSON Pointer into the act's or the history's JSON form
 * @param value the value there, as text; {@code absent} when the act leaves the field out
 * @since 0.1.0
 */
public record Fact(Source source, String pointer, String value) implements Comparable<Fact> {
  /** Where a fact is. */
  public enum Source {
    /** The act judged. */
    ACT,
    /** The history the act was judged against. */
    HISTORY
  }

  /** Requires every part; the pointer must be a JSON Pointer. */
  public Fact {
    checkNotNull(source, "source");
    checkNotNull(pointer, "pointer");
    checkNotNull(value, "value");
    checkArgument(
        pointer.isEmpty() || pointer.startsWith("/"),
        "pointer must be a JSON Pointer but was %s",
        pointer);
  }

  /** The written form, such as {@code act /deciders/1/party = AR}. */
  @JsonValue
  @Override
  public String toString() {
    return (source == Source.ACT ? "act " : "history ") + pointer + " = " + value;
  }

  @Override
  public int compareTo(Fact other) {
    return toString().compareTo(other.toString());
  }
}
