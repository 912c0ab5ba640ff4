package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RCM-TS-5: a TS periodic report goes to both the PPT and IOM's Regional Representative, and is
 * dated before the recorded GRCM meeting it prepares. Each fault is a finding of its own.
 */
public final class Ts5 {
  private Ts5() {}

  public static boolean secretariatsReport(Document d) {
    return d.kind() == DocumentKind.ACTIVITY_REPORT && d.authors().contains(Edits.TS);
  }

  public static List<Finding> faults(Situation s, Document d) {
    List<Finding> faults = new ArrayList<>();
    Argument report = Argument.id(d.id());
    boolean toPresidency = d.addressedTo().stream().anyMatch(a -> s.isPresidency(a, d.date()));
    if (!toPresidency) {
      faults.add(
          Finding.at(Target.body(Body.PRO_TEMPORE_PRESIDENCY))
              .says("notToPresidency", report)
              .read(Values.act("/addressedTo", d.addressedTo()))
              .fix(addressedToo(d, Edits.PPT), "remedy.toPresidency"));
    }
    if (!d.addressedTo().contains(Edits.IOM_OFFICE)) {
      faults.add(
          Finding.at(Target.body(Body.IOM_REGIONAL_OFFICE))
              .says("notToIom", report)
              .read(Values.act("/addressedTo", d.addressedTo()))
              .fix(addressedToo(d, Edits.IOM_OFFICE), "remedy.toIom"));
    }
    if (d.prepares().isEmpty()) {
      faults.add(
          Finding.at(Target.missing("/prepares"))
              .says("noMeeting", report)
              .read(Values.act("/prepares", d.prepares()))
              .advise("remedy.nameMeeting"));
      return faults;
    }
    String id = d.prepares().get();
    Meeting m = s.meeting(id);
    Finding f = Finding.at(Target.meeting(id)).read(Values.act("/prepares", id));
    if (m == null || !m.kind().isGrcm()) {
      faults.add(
          (m == null
                  ? f.says("notRecorded", report, Argument.id(id))
                  : f.says("notGrcm", report, Argument.meeting(m), Argument.term(m.kind())))
              .advise("remedy.nameMeeting"));
    } else if (!d.date().isBefore(m.start())) {
      f =
          f.says(
                  "late",
                  report,
                  Argument.date(d.date()),
                  Argument.meeting(m),
                  Argument.date(m.start()))
              .read(Values.act("/date", d.date()), Values.meeting(s.history(), m));
      LocalDate day = m.start().minusDays(1);
      // The Presidency the report goes to is read on its date: stay within the same term.
      faults.add(
          day.getYear() >= 1
                  && Objects.equals(s.presidencyHolder(day), s.presidencyHolder(d.date()))
              ? f.fix(d.withDate(day), "remedy.dateBefore", Argument.meeting(m), Argument.date(day))
              : f.advise("remedy.dateBeforeMeeting", Argument.meeting(m)));
    }
    return faults;
  }

  private static Document addressedToo(Document d, Actor actor) {
    return d.withAddressedTo(Edits.with(d.addressedTo(), actor));
  }
}
