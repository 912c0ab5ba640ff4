package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A typed argument of a message: what a message names, rendered for a locale when the message is (a
 * party's code, a body's name, a meeting, a day, a number…). In JSON an argument is an object with
 * one member that names its kind: {@code {"party": "AR"}}, {@code {"date": "2024-05-22"}}.
 *
 * @since 0.1.0
 */
public sealed interface Argument
    permits Argument.OfParty,
        Argument.OfBody,
        Argument.OfMeeting,
        Argument.OfId,
        Argument.OfDate,
        Argument.OfNumber,
        Argument.OfText,
        Argument.OfTerm,
        Argument.OfWindow,
        Argument.OfAct,
        Argument.OfList {

  /** The argument's JSON form: one member naming its kind. */
  @JsonValue
  Map<String, Object> json();

  /** A party, by its code. */
  static Argument party(Party party) {
    return new OfParty(party);
  }

  /** A body. */
  static Argument body(Body body) {
    return new OfBody(body);
  }

  /** An actor: its body or its party. */
  static Argument actor(Actor actor) {
    checkNotNull(actor, "actor");
    return actor.body().isPresent() ? body(actor.body().get()) : party(actor.party().get());
  }

  /** A meeting, named as the Conference names it ({@code XXX RCM}) and by its id. */
  static Argument meeting(Meeting meeting) {
    return new OfMeeting(
        meeting.id(), meeting.number().isPresent() ? meeting.displayName() : meeting.id());
  }

  /** An id: of an act, a recommendation or a meeting that is not recorded. */
  static Argument id(String id) {
    return new OfId(id);
  }

  /** A day. */
  static Argument date(LocalDate date) {
    return new OfDate(date);
  }

  /** A number. */
  static Argument number(long number) {
    return new OfNumber(number);
  }

  /** Text taken from the input as it is, such as a service's name or a task's description. */
  static Argument text(String text) {
    return new OfText(text);
  }

  /**
   * A term of the model: an enum constant such as a meeting kind, a service or a level, rendered in
   * the words of the message's language.
   *
   * @param term the constant
   * @return the argument
   */
  static Argument term(Enum<?> term) {
    return new OfTerm(term.getDeclaringClass().getSimpleName(), term.name());
  }

  /** A window of months. */
  static Argument window(MonthWindow window) {
    return new OfWindow(window.fromMonth(), window.toMonth());
  }

  /** An act, named by its kind and id ({@code decision DEC-2024-7}). */
  static Argument act(Act act) {
    String type = ActTypes.of(act);
    String name =
        act instanceof io.github.rcmgovernance.model.act.MeetingProposal p
            ? ((OfMeeting) meeting(p.meeting())).name()
            : act.id();
    return new OfAct(type, name);
  }

  /** A list of arguments, rendered one after the other. */
  static Argument list(List<Argument> elements) {
    return new OfList(ImmutableList.copyOf(elements));
  }

  /** A party. */
  record OfParty(Party party) implements Argument {
    /** Requires a party. */
    public OfParty {
      checkNotNull(party, "party");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("party", party.code());
    }
  }

  /** A body. */
  record OfBody(Body body) implements Argument {
    /** Requires a body. */
    public OfBody {
      checkNotNull(body, "body");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("body", body.name());
    }
  }

  /** A meeting: its id, and its name ({@code XXX RCM} when it has a number, else the id). */
  record OfMeeting(String id, String name) implements Argument {
    /** Requires both parts. */
    public OfMeeting {
      checkNotNull(id, "id");
      checkNotNull(name, "name");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("meeting", id, "name", name);
    }
  }

  /** An id. */
  record OfId(String id) implements Argument {
    /** Requires an id. */
    public OfId {
      checkNotNull(id, "id");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("id", id);
    }
  }

  /** A day. */
  record OfDate(LocalDate date) implements Argument {
    /** Requires a day. */
    public OfDate {
      checkNotNull(date, "date");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("date", date.toString());
    }
  }

  /** A number. */
  record OfNumber(long number) implements Argument {
    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("number", number);
    }
  }

  /** Text from the input. */
  record OfText(String text) implements Argument {
    /** Requires text. */
    public OfText {
      checkNotNull(text, "text");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("text", text);
    }
  }

  /** A term of the model: the enum's simple name ({@code MeetingKind}) and the constant's. */
  record OfTerm(String type, String name) implements Argument {
    /** Requires both parts. */
    public OfTerm {
      checkNotNull(type, "type");
      checkNotNull(name, "name");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("term", type + "." + name);
    }
  }

  /** A window of months, from 1 (January) to 12 (December). */
  record OfWindow(int fromMonth, int toMonth) implements Argument {
    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("window", ImmutableList.of(fromMonth, toMonth));
    }
  }

  /** An act: its type ({@code Decision}) and its id, or the name of the meeting proposed. */
  record OfAct(String type, String name) implements Argument {
    /** Requires both parts. */
    public OfAct {
      checkNotNull(type, "type");
      checkNotNull(name, "name");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("act", type, "name", name);
    }
  }

  /** A list. */
  record OfList(ImmutableList<Argument> elements) implements Argument {
    /** Requires elements. */
    public OfList {
      checkNotNull(elements, "elements");
    }

    @Override
    public Map<String, Object> json() {
      return ImmutableMap.of("list", elements);
    }
  }
}
