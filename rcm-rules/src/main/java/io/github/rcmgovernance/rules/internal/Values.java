package io.github.rcmgovernance.rules.internal;

import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.rules.Fact;
import java.util.Collection;
import java.util.Optional;
import java.util.StringJoiner;

/** Facts for findings: a place in the act or the history, with its value as readable text. */
public final class Values {
  private Values() {}

  /**
   * A fact of the act.
   *
   * @param pointer a JSON Pointer into the act
   * @param value the value there, or an empty Optional when it is absent
   * @return the fact
   */
  public static Fact act(String pointer, Object value) {
    return new Fact(Fact.Source.ACT, pointer, text(value));
  }

  /**
   * A fact of the history.
   *
   * @param pointer a JSON Pointer into the history
   * @param value the entry there
   * @return the fact
   */
  public static Fact history(String pointer, Object value) {
    return new Fact(Fact.Source.HISTORY, pointer, text(value));
  }

  /**
   * A meeting of the history, by its place in the history's list of meetings.
   *
   * @param history the history
   * @param meeting a meeting recorded in it
   * @return the fact
   */
  public static Fact meeting(History history, Meeting meeting) {
    return history("/meetings/" + history.meetings().indexOf(meeting), meeting);
  }

  /**
   * A value as text: the model's own readable forms, lists in brackets, {@code absent} for an empty
   * Optional.
   *
   * @param value the value
   * @return the text
   */
  static String text(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(Values::text).orElse("absent");
    }
    if (value instanceof Collection<?> c) {
      StringJoiner out = new StringJoiner(", ", "[", "]");
      c.forEach(e -> out.add(text(e)));
      return out.toString();
    }
    return String.valueOf(value);
  }
}
