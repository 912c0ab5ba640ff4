package io.github.rcmgovernance.rules.internal;

import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.time.PartialDate;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Fact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Facts for findings: a place in the act or the history, with its value as a typed argument. */
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
    return new Fact(Fact.Source.ACT, pointer, argument(value));
  }

  /**
   * A fact of the history.
   *
   * @param pointer a JSON Pointer into the history
   * @param value the entry there
   * @return the fact
   */
  public static Fact history(String pointer, Object value) {
    return new Fact(Fact.Source.HISTORY, pointer, argument(value));
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
   * A value as a typed argument, so that it renders in the message's language: parties, bodies,
   * actors, meetings, days, numbers, terms of the model; a delegation, a presidency term and an
   * agenda record, a recommendation record and a Plan of Action activity as the list of their
   * parts; lists element by element; an empty Optional as no value at all. Anything else is text.
   */
  static Optional<Argument> argument(Object value) {
    if (value instanceof Optional<?> o) {
      return o.flatMap(Values::argument);
    }
    return Optional.of(typed(value));
  }

  /**
   * A partial date as an argument: a day as a date, a month or a year in ISO form ({@code 2017-11},
   * {@code 2017}), an unknown date as the word for it.
   *
   * @param d the date
   * @return the argument
   */
  public static Argument partial(PartialDate d) {
    Optional<LocalDate> day = d.day();
    if (day.isPresent()) {
      return Argument.date(day.get());
    }
    return d.isUnknown()
        ? Argument.term(PartialDate.Precision.UNKNOWN)
        : Argument.text(d.toString());
  }

  private static Argument typed(Object value) {
    if (value instanceof Party p) {
      return Argument.party(p);
    } else if (value instanceof Actor a) {
      return Argument.actor(a);
    } else if (value instanceof Body b) {
      return Argument.body(b);
    } else if (value instanceof Meeting m) {
      List<Argument> parts = new ArrayList<>();
      parts.add(Argument.meeting(m));
      parts.add(Argument.term(m.kind()));
      parts.add(partial(m.startAsKnown()));
      parts.add(partial(m.endAsKnown()));
      m.host().ifPresent(h -> parts.add(Argument.party(h)));
      return Argument.list(parts);
    } else if (value instanceof Delegation d) {
      List<Argument> parts = new ArrayList<>();
      parts.add(Argument.party(d.party()));
      parts.add(Argument.term(d.level()));
      parts.add(Argument.term(d.service()));
      d.serviceName().ifPresent(n -> parts.add(Argument.text(n)));
      return Argument.list(parts);
    } else if (value instanceof PresidencyTerm t) {
      return t.isDated()
          ? Argument.list(
              List.of(Argument.party(t.holder()), Argument.date(t.start()), Argument.date(t.end())))
          : Argument.list(
              List.of(Argument.party(t.holder()), Argument.number(t.heldIn().orElse(0))));
    } else if (value instanceof PartialDate d) {
      return partial(d);
    } else if (value instanceof AgendaRecord r) {
      List<Argument> parts = new ArrayList<>();
      parts.add(Argument.id(r.meetingId()));
      r.discussedAt().ifPresent(x -> parts.add(Argument.id(x)));
      r.reviewedAt().ifPresent(x -> parts.add(Argument.id(x)));
      return Argument.list(parts);
    } else if (value instanceof RecommendationRecord r) {
      return Argument.list(List.of(Argument.id(r.id()), Argument.term(r.reviewState())));
    } else if (value instanceof PlanActivity a) {
      List<Argument> parts = new ArrayList<>();
      parts.add(Argument.id(a.id()));
      a.basedOn().ifPresent(x -> parts.add(Argument.id(x)));
      return Argument.list(parts);
    } else if (value instanceof LocalDate d) {
      return Argument.date(d);
    } else if (value instanceof Integer || value instanceof Long) {
      return Argument.number(((Number) value).longValue());
    } else if (value instanceof Enum<?> e) {
      return Argument.term(e);
    } else if (value instanceof Collection<?> c) {
      List<Argument> elements = new ArrayList<>();
      c.forEach(e -> elements.add(typed(e)));
      return Argument.list(elements);
    }
    return Argument.text(String.valueOf(value));
  }
}
