package io.github.rcmgovernance.rules.internal;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Remedy;
import io.github.rcmgovernance.rules.Remedy.Edit;
import io.github.rcmgovernance.rules.Remedy.Edit.Op;
import io.github.rcmgovernance.rules.Situation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The remedy of each catalogue rule: what to change in the act for that violation to go away. One
 * case per rule id; rules whose fix needs a human choice give advice without edits.
 */
public final class Remedies {
  private static final String VMC = "{\"body\":\"VICE_MINISTERIAL_CONFERENCE\"}";
  private static final String GRCM = "{\"body\":\"GRCM\"}";
  private static final String PPT = "{\"body\":\"PRO_TEMPORE_PRESIDENCY\"}";
  private static final String TS = "{\"body\":\"TECHNICAL_SECRETARIAT\"}";
  private static final String IOM = "{\"body\":\"IOM_REGIONAL_OFFICE\"}";

  private Remedies() {}

  /**
   * The remedy for one finding.
   *
   * @param ruleId the rule id
   * @param subject the finding's subject
   * @param act the act judged
   * @param s the situation it was judged in
   * @return the remedy; advice for custom rules and rules without a mechanical fix
   */
  public static Remedy of(String ruleId, String subject, Act act, Situation s) {
    return switch (ruleId) {
      case "RCM-DEC-1" ->
          Remedy.of(
              "remove " + subject + " from the deciders",
              where("/deciders", "{\"party\":" + quote(subject) + "}"));
      case "RCM-DEC-2", "RCM-GRC-1", "RCM-POA-1", "RCM-TS-7" -> toConference(act);
      case "RCM-DEC-3" -> deputyMinisters((Decision) act, subject);
      case "RCM-DEC-4" -> closedSession(act, subject);
      case "RCM-DEC-5" ->
          Remedy.of(
              "take the decision at a Vice-Ministerial meeting",
              set("/forum", "{\"kind\":\"VICE_MINISTERIAL\"}"));
      case "RCM-DEC-6" ->
          Remedy.of(
              "name the press release or statement that records the decision",
              set("/recordedIn", quote("Statement of " + ((Decision) act).forum())));
      case "RCM-DEC-7" ->
          subject.equals(act.id())
              ? Remedy.of("reach the decision with fewer objections", set("/objections", "[]"))
              : Remedy.of(
                  "obtain the consent of " + subject + " (withdraw its objection)",
                  where("/objections", quote(subject)));
      case "RCM-GRC-2" -> endorsedOnly(act, subject);
      case "RCM-GRC-3", "RCM-DEL-1" -> foreignAffairs(act, subject);
      case "RCM-GRC-4" ->
          Remedy.of(
              "address the recommendation to the Vice-Ministerial Conference",
              set("/addressee", VMC));
      case "RCM-GRC-5" ->
          Remedy.of(
              "have the GRCM approve the agenda at its mid-term meeting",
              set("/approvedBy", GRCM),
              set("/forum", "{\"kind\":\"GRCM_MID_TERM\"}"));
      case "RCM-MTG-1" ->
          Remedy.advice("hold the meeting in a year without a Vice-Ministerial meeting");
      case "RCM-MTG-2" -> nextNumber((MeetingProposal) act, s);
      case "RCM-MTG-3" -> presidencyHosts((MeetingProposal) act, s);
      case "RCM-MTG-4" ->
          intoWindow(
              (MeetingProposal) act, s.charter().viceMinisterialWindow(), "Vice-Ministerial");
      case "RCM-MTG-5" -> justBefore((MeetingProposal) act, s);
      case "RCM-MTG-6" ->
          intoWindow((MeetingProposal) act, s.charter().midTermWindow(), "mid-term");
      case "RCM-MTG-7" -> lastHost((MeetingProposal) act, s);
      case "RCM-MTG-8" ->
          Remedy.advice("hold no second GRCM meeting of this kind in the year; merge the two");
      case "RCM-MTG-9" -> termRemedy((PresidencyTermProposal) act, subject);
      case "RCM-MTG-10" -> Remedy.advice("propose the State next in the rotation for this term");
      case "RCM-MTG-11" ->
          Remedy.advice("schedule a GRCM preparatory meeting linked to this meeting");
      case "RCM-AGD-1" ->
          Remedy.advice(
              "have the GRCM discuss the agenda at its mid-term meeting and review it at the"
                  + " preparatory meeting");
      case "RCM-OBS-1" ->
          Remedy.of(
              "remove observer " + subject + " from the drafters",
              where(
                  act instanceof Recommendation ? "/drafters" : "/authors", actorPattern(subject)));
      case "RCM-OBS-2" ->
          Remedy.advice("support only a project that a Member government determined");
      case "RCM-TS-1" -> secretariatSupportsOnly(act);
      case "RCM-TS-2" ->
          Remedy.of(
              "have the Pro-Tempore Presidency instruct the Technical Secretariat",
              set("/instructedBy", PPT));
      case "RCM-TS-3" ->
          Remedy.advice("ask the Technical Secretariat only for tasks in its terms of reference");
      case "RCM-TS-4" ->
          Remedy.of(
              "prepare the background document at the request of the Presidency",
              set("/requestedBy", PPT));
      case "RCM-TS-5" -> periodicReport((Document) act, subject, s);
      case "RCM-TS-6" ->
          Remedy.advice(
              "have the Vice-Ministerial Conference, the GRCM or the Presidency agree the event"
                  + " first");
      case "RCM-IOM-1" ->
          Remedy.of(
              "obtain a request from the Pro-Tempore Presidency or a Member",
              add("/requestedBy", PPT));
      default -> Remedy.advice("see rule " + ruleId);
    };
  }

  private static Remedy toConference(Act act) {
    String field = act instanceof Document ? "/approvedBy" : "/decidedBy";
    return Remedy.of("leave the act to the Vice-Ministerial Conference", set(field, VMC));
  }

  private static Remedy deputyMinisters(Decision d, String party) {
    for (Delegation del : d.deciders()) {
      if (del.party().code().equals(party)) {
        return Remedy.of(
            "have " + party + " decide through its Deputy Minister",
            where("/deciders", "{\"party\":" + quote(party) + "}"),
            add(
                "/deciders",
                "{\"party\":"
                    + quote(party)
                    + ",\"level\":\"DEPUTY_MINISTER\",\"service\":"
                    + quote(del.service().name())
                    + del.serviceName().map(n -> ",\"serviceName\":" + quote(n)).orElse("")
                    + "}"));
      }
    }
    return Remedy.advice("have " + party + " decide through its Deputy Minister");
  }

  private static Remedy closedSession(Act act, String subject) {
    if (subject.equals(act.id())) {
      return Remedy.of("close the decision session", set("/sessionClosed", "true"));
    }
    if (subject.equals("TECHNICAL_SECRETARIAT")) {
      return Remedy.of(
          "take the decision without Technical Secretariat staff in the session",
          set("/secretariatStaffPresent", "false"));
    }
    return Remedy.of(
        "remove " + subject + " from the closed session",
        where("/sessionAttendees", "{\"party\":" + quote(subject) + "}"));
  }

  private static boolean isPartyCode(String text) {
    try {
      Party.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Remedy endorsedOnly(Act act, String recommendation) {
    String text =
        "act only on recommendations the Deputy Ministers endorsed (drop " + recommendation + ")";
    if (act instanceof Decision) {
      return Remedy.of(text, where("/actsOn", quote(recommendation)));
    }
    return Remedy.of(
        text,
        Edit.remove(
            act instanceof io.github.rcmgovernance.model.act.PlanOfActionActivity
                ? "/basedOn"
                : "/servesRecommendation"));
  }

  private static Remedy foreignAffairs(Act act, String party) {
    String path;
    List<Delegation> delegations;
    if (act instanceof MeetingProposal p) {
      path = "/meeting/attendees";
      delegations = p.meeting().attendees();
    } else if (act instanceof Decision d) {
      path = "/deciders";
      delegations = d.deciders();
    } else if (act instanceof Recommendation r) {
      path = "/delegations";
      delegations = r.delegations();
    } else {
      path = "/delegations";
      delegations = ((io.github.rcmgovernance.model.act.AgendaApproval) act).delegations();
    }
    List<Edit> edits = new java.util.ArrayList<>();
    for (String list :
        act instanceof MeetingProposal
            ? List.of(path, "/meeting/closedSessionAttendees")
            : List.of(path)) {
      edits.add(where(list, "{\"party\":" + quote(party) + "}"));
    }
    Delegation any =
        delegations.stream().filter(d -> d.party().code().equals(party)).findFirst().orElse(null);
    String level = any == null ? "OFFICIAL" : any.level().name();
    edits.add(
        add(
            path,
            "{\"party\":"
                + quote(party)
                + ",\"level\":"
                + quote(level)
                + ",\"service\":\"FOREIGN_AFFAIRS\"}"));
    return Remedy.of(
        "send the delegation of " + party + " from its Foreign Affairs ministry",
        edits.toArray(new Edit[0]));
  }

  private static Remedy nextNumber(MeetingProposal p, Situation s) {
    int highest = 0;
    for (Meeting m : s.history().meetings()) {
      if (m.kind() == MeetingKind.VICE_MINISTERIAL && !m.id().equals(p.meeting().id())) {
        highest = Math.max(highest, m.number().orElse(0));
      }
    }
    return Remedy.of(
        "number the meeting " + (highest + 1) + ", after the highest held or scheduled",
        set("/meeting/number", Integer.toString(highest + 1)));
  }

  private static Remedy presidencyHosts(MeetingProposal p, Situation s) {
    Party holder = s.presidencyHolder(p.meeting().start());
    if (holder == null) {
      return Remedy.advice("record the presidency term that covers the meeting's start");
    }
    return Remedy.of(
        "have " + holder + ", holder of the Presidency, host and organise the meeting",
        set("/meeting/host", quote(holder.code())),
        set("/meeting/organiser", PPT));
  }

  private static Remedy intoWindow(MeetingProposal p, MonthWindow window, String what) {
    Meeting m = p.meeting();
    long days = ChronoUnit.DAYS.between(m.start(), m.end());
    LocalDate start = LocalDate.of(m.start().getYear(), window.fromMonth(), 1);
    LocalDate end = start.plusDays(days);
    if (!window.contains(end)) {
      return Remedy.advice("hold the " + what + " meeting within " + window);
    }
    return Remedy.of(
        "move the " + what + " meeting into " + window,
        set("/meeting/start", quote(start.toString())),
        set("/meeting/end", quote(end.toString())));
  }

  private static Remedy justBefore(MeetingProposal p, Situation s) {
    Meeting m = p.meeting();
    Meeting vm = m.prepares().map(s::meeting).orElse(null);
    if (vm == null || vm.kind() != MeetingKind.VICE_MINISTERIAL) {
      return Remedy.advice("link the preparatory meeting to a recorded Vice-Ministerial meeting");
    }
    LocalDate day = vm.start().minusDays(Math.min(1, s.charter().preparatoryLeadDays()));
    return Remedy.of(
        "hold the preparatory meeting on " + day + ", just before " + vm.displayName(),
        set("/meeting/start", quote(day.toString())),
        set("/meeting/end", quote(day.toString())));
  }

  private static Remedy lastHost(MeetingProposal p, Situation s) {
    return s.history()
        .lastViceMinisterialMeeting(p.meeting().start())
        .flatMap(Meeting::host)
        .map(
            host ->
                Remedy.of(
                    "hold the mid-term meeting in "
                        + host
                        + ", host of the last Vice-Ministerial"
                        + " meeting",
                    set("/meeting/host", quote(host.code()))))
        .orElse(Remedy.advice("hold the mid-term meeting in the last host country"));
  }

  private static Remedy termRemedy(PresidencyTermProposal p, String subject) {
    PresidencyTerm t = p.term();
    if (subject.equals("term")) {
      int year = t.start().getYear();
      return Remedy.of(
          "make the term the calendar year " + year,
          set("/term/start", quote(year + "-01-01")),
          set("/term/end", quote(year + "-12-31")));
    }
    return Remedy.advice(
        subject.equals(t.holder().code())
            ? "propose a Member State for the Presidency"
            : "propose a term that no other State holds");
  }

  private static Remedy secretariatSupportsOnly(Act act) {
    if (act instanceof Decision) {
      return Remedy.of(
          "leave the decision to the Vice-Ministerial Conference", set("/decidedBy", VMC));
    }
    if (act instanceof Recommendation) {
      return Remedy.of(
          "leave the recommendation to the GRCM, without the Technical Secretariat as drafter",
          set("/issuer", GRCM),
          where("/drafters", TS));
    }
    return Remedy.of(
        "take the recommendations out of the Technical Secretariat's document",
        set("/containsRecommendations", "false"));
  }

  private static Remedy periodicReport(Document d, String fault, Situation s) {
    if (fault.contains("Pro-Tempore Presidency")) {
      return Remedy.of("address the report to the Presidency too", add("/addressedTo", PPT));
    }
    if (fault.contains("Regional Representative")) {
      return Remedy.of(
          "address the report to IOM's Regional Representative too", add("/addressedTo", IOM));
    }
    Meeting m = d.prepares().map(s::meeting).orElse(null);
    if (fault.startsWith("is dated") && m != null) {
      LocalDate day = m.start().minusDays(1);
      return Remedy.of(
          "date the report before " + m.id() + " (" + day + ")",
          set("/date", quote(day.toString())));
    }
    return Remedy.advice("name the GRCM meeting the report prepares");
  }

  private static String actorPattern(String actor) {
    return isPartyCode(actor)
        ? "{\"party\":" + quote(actor) + "}"
        : "{\"body\":" + quote(actor) + "}";
  }

  private static Edit set(String path, String json) {
    return Edit.of(Op.SET, path, json);
  }

  private static Edit add(String path, String json) {
    return Edit.of(Op.ADD, path, json);
  }

  private static Edit where(String path, String json) {
    return Edit.of(Op.REMOVE_WHERE, path, json);
  }

  private static String quote(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
  }
}
