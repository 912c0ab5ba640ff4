package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;

/**
 * RCM-TS-6: event support names a recorded meeting or event; a seminar, workshop, training or other
 * event the TS supports was agreed by the Vice-Ministerial Conference, the GRCM or the PPT (read on
 * the event's first day). Vice-Ministerial and GRCM meetings need no such record.
 */
public final class Ts6 {
  private Ts6() {}

  public static Finding noEvent(SecretariatAction a) {
    return Finding.at(Target.missing("/servesMeeting"))
        .says("noEvent", Argument.id(a.id()))
        .read(Values.act("/servesMeeting", a.servesMeeting()))
        .advise("remedy.agreedEvent");
  }

  public static List<Finding> event(Situation s, SecretariatAction a) {
    String id = a.servesMeeting().get();
    Meeting m = s.meeting(id);
    Finding f =
        Finding.at(Target.meeting(id))
            .read(Values.act("/servesMeeting", id))
            .advise("remedy.agreedEvent");
    if (m == null) {
      return List.of(f.says("notRecorded", Argument.id(a.id()), Argument.id(id)));
    }
    if (!m.kind().isEvent()) {
      return List.of();
    }
    f = f.read(Values.meeting(s.history(), m));
    if (m.agreedBy().isEmpty()) {
      return List.of(f.says("unagreed", Argument.id(a.id()), Argument.meeting(m)));
    }
    Actor by = m.agreedBy().get();
    if (by.is(Body.VICE_MINISTERIAL_CONFERENCE)
        || by.is(Body.GRCM)
        || s.isPresidency(by, m.start())) {
      return List.of();
    }
    return List.of(
        f.says("agreedBy", Argument.id(a.id()), Argument.meeting(m), Argument.actor(by)));
  }
}
