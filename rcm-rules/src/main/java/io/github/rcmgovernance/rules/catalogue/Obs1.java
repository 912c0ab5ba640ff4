package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RCM-OBS-1: observers neither draft nor adopt documents that contain recommendations or
 * commitments, whatever the label, whether named as a party or as a body that speaks for one. An
 * observer organisation's own advice and recommendations on specific aspects are its role
 * (RCM-OBS-3): their organisation authors are left alone, never observer States, never commitments.
 */
public final class Obs1 {
  private Obs1() {}

  /**
   * Who drafts or adopts a document of the Conference: an actor as named, the party it stands for,
   * and where the act names it.
   *
   * @param target the actor or party as the act names it
   * @param party the party it is or speaks for; null for the Conference's own bodies
   * @param pointer where the act names it
   * @param adopts whether it adopts (a delegation) rather than drafts
   */
  public record Participant(Target target, @Nullable Party party, String pointer, boolean adopts) {}

  /**
   * The drafters and adopting delegations of an act that contains recommendations or commitments.
   */
  public static List<Participant> participants(Act act) {
    List<Participant> out = new ArrayList<>();
    if (act instanceof Recommendation r) {
      actors(r.drafters(), "/drafters", out);
      delegations(r.delegations(), "/delegations", out);
    } else if (act instanceof AgendaApproval a) {
      delegations(a.delegations(), "/delegations", out);
    } else if (act instanceof Document d && d.isBinding()) {
      actors(d.authors(), "/authors", out);
    }
    return out;
  }

  private static void actors(List<Actor> actors, String field, List<Participant> out) {
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      out.add(new Participant(Target.of(a), Situation.party(a), field + "/" + i, false));
    }
  }

  private static void delegations(
      List<Delegation> delegations, String field, List<Participant> out) {
    for (int i = 0; i < delegations.size(); i++) {
      Party p = delegations.get(i).party();
      out.add(new Participant(Target.party(p), p, field + "/" + i + "/party", true));
    }
  }

  /** Whether an observer participant is breaking the rule: not covered by RCM-OBS-3. */
  public static boolean breaks(Situation s, Act act, Participant who) {
    if (who.party() == null || !s.isObserver(who.party())) {
      return false;
    }
    return !(who.party().isOrganisation() && organisationsOwn(s, act));
  }

  /**
   * Whether an act is an observer organisation's own: its technical advice or information note
   * without commitments, or its recommendation.
   */
  static boolean organisationsOwn(Situation s, Act act) {
    if (act instanceof Recommendation r) {
      return s.isObserverOrganisation(r.issuer());
    }
    return act instanceof Document d
        && (d.kind() == DocumentKind.TECHNICAL_ADVICE || d.kind() == DocumentKind.INFORMATION_NOTE)
        && !d.containsCommitments();
  }

  public static Finding observer(Act act, Participant who) {
    Argument name =
        who.target() instanceof Target.BodyTarget b
            ? Argument.body(b.body())
            : Argument.party(who.party());
    return Finding.at(who.target())
        .says(who.adopts() ? "adopter" : "drafter", Argument.act(act), name)
        .read(Values.act(who.pointer(), who.target().value()))
        .fix(without(act, who.target()), "remedy.leaveOut", name);
  }

  private static Act without(Act act, Target target) {
    if (act instanceof Recommendation r) {
      return r.withDrafters(Edits.without(r.drafters(), a -> Target.of(a).equals(target)))
          .withDelegations(
              Edits.without(r.delegations(), del -> Target.party(del.party()).equals(target)));
    }
    if (act instanceof AgendaApproval a) {
      return a.withDelegations(
          Edits.without(a.delegations(), del -> Target.party(del.party()).equals(target)));
    }
    Document d = (Document) act;
    return d.withAuthors(Edits.without(d.authors(), a -> Target.of(a).equals(target)));
  }
}
