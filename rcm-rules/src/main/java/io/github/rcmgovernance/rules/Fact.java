package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.rcmgovernance.rules.internal.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * A fact a rule read to reach a finding: a place in the act's JSON form, or an entry of the
 * history, with its value. Written in English {@code act /deciders/1/party = AR}, {@code history
 * /meetings/4 = XXIX RCM (VM-2024), …} or {@code act /requestedBy is absent}; {@link
 * #render(Locale)} writes it in another language. In JSON a fact is an object: {@code {"source":
 * "ACT", "pointer": "/deciders/1/party", "value": {"party": "AR"}}}, without {@code value} when the
 * act leaves the field out.
 *
 * @param source where the fact is: the act judged or the history
 * @param pointer a JSON Pointer into the act's or the history's JSON form
 * @param value the value there, typed like a message's arguments; empty when the act leaves the
 *     field out
 * @since 0.1.0
 */
@JsonPropertyOrder({"source", "pointer", "value"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Fact(Source source, String pointer, Optional<Argument> value)
    implements Comparable<Fact> {
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

  /**
   * The fact in one line of a language; English where the library has no messages in it.
   *
   * @param locale the language
   * @return the line, such as {@code act /deciders/1/party = AR}
   */
  public String render(Locale locale) {
    String key =
        (source == Source.ACT ? "fact.act" : "fact.history") + (value.isEmpty() ? ".absent" : "");
    return value.isEmpty()
        ? Messages.render(locale, key, java.util.List.of(Argument.text(pointer)))
        : Messages.render(locale, key, java.util.List.of(Argument.text(pointer), value.get()));
  }

  /** The fact in English, such as {@code act /deciders/1/party = AR}. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }

  /** In the order of their English lines. */
  @Override
  public int compareTo(Fact other) {
    return toString().compareTo(other.toString());
  }
}
