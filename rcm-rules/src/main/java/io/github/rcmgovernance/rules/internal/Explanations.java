package io.github.rcmgovernance.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.rules.Target;
import java.util.Map;

/**
 * Names the parts of the input a finding is about: every place in the act's JSON form that holds
 * the finding's target (a party code, an id), the missing field, the proposed meeting when the
 * target names it, and the history entries with the target as id.
 */
public final class Explanations {
  private Explanations() {}

  /** The fields of the act each rule reads, shown beside the places that hold the subject. */
  private static final ImmutableMap<String, ImmutableList<String>> FIELDS =
      ImmutableMap.<String, ImmutableList<String>>builder()
          .put("RCM-DEC-4", ImmutableList.of("/sessionClosed", "/secretariatStaffPresent"))
          .put("RCM-DEC-5", ImmutableList.of("/forum", "/subject"))
          .put("RCM-DEC-6", ImmutableList.of("/forum"))
          .put("RCM-DEC-7", ImmutableList.of("/objections"))
          .put("RCM-GRC-4", ImmutableList.of("/issuer", "/addressee"))
          .put("RCM-GRC-5", ImmutableList.of("/approvedBy", "/forum"))
          .put("RCM-MTG-9", ImmutableList.of("/term"))
          .put("RCM-MTG-10", ImmutableList.of("/term"))
          .put("RCM-OBS-2", ImmutableList.of("/determinedBy"))
          .put("RCM-TS-1", ImmutableList.of("/decidedBy", "/issuer", "/drafters", "/authors"))
          .put("RCM-TS-2", ImmutableList.of("/instructedBy"))
          .put("RCM-TS-3", ImmutableList.of("/task", "/description"))
          .put("RCM-TS-4", ImmutableList.of("/requestedBy"))
          .put("RCM-TS-5", ImmutableList.of("/addressedTo", "/prepares", "/date"))
          .put("RCM-TS-6", ImmutableList.of("/servesMeeting"))
          .put("RCM-IOM-1", ImmutableList.of("/requestedBy"))
          .buildOrThrow();

  /**
   * The facts behind one finding.
   *
   * @param ruleId the rule that reported it
   * @param target the finding's target
   * @param act the act judged
   * @param tree the act's JSON form
   * @param history the history it was judged against
   * @return descriptions such as {@code act /deciders/1/party = AR}, in a stable order
   */
  public static ImmutableList<String> facts(
      String ruleId, Target target, Act act, JsonNode tree, History history) {
    ImmutableList.Builder<String> facts = ImmutableList.builder();
    String subject = target.value();
    if (target instanceof Target.MissingFact) {
      if (subject.startsWith("/")) {
        JsonNode value = tree.at(subject);
        facts.add("act " + subject + (value.isMissingNode() ? " is absent" : " = " + value));
      }
    }
    if (ruleId.equals("RCM-AGD-1") && act instanceof MeetingProposal p) {
      facts.add(
          "history agenda records of "
              + p.meeting().id()
              + ": "
              + history.agendasFor(p.meeting().id()));
    }
    for (String field : FIELDS.getOrDefault(ruleId, ImmutableList.of())) {
      JsonNode value = tree.at(field);
      if (!value.isMissingNode()) {
        facts.add("act " + field + " = " + value);
      }
    }
    if (act instanceof MeetingProposal p && p.meeting().id().equals(subject)) {
      facts.add("act /meeting = " + p.meeting());
    }
    if (!(target instanceof Target.MissingFact)) {
      walk(tree, "", subject, facts);
    }
    history.meeting(subject).ifPresent(m -> facts.add("history meeting " + describe(m)));
    history
        .recommendation(subject)
        .ifPresent(r -> facts.add("history recommendation " + r.id() + " " + r.reviewState()));
    if (ruleId.equals("RCM-MTG-9") || ruleId.equals("RCM-MTG-10")) {
      history.presidencyTerms().stream()
          .filter(t -> t.holder().code().equals(subject))
          .forEach(t -> facts.add("history " + t));
    }
    return facts.build();
  }

  private static String describe(Meeting m) {
    return m.displayName()
        + " ("
        + m.kind()
        + ", "
        + m.start()
        + ".."
        + m.end()
        + m.host().map(h -> ", host " + h).orElse("")
        + ")";
  }

  private static void walk(
      JsonNode node, String pointer, String subject, ImmutableList.Builder<String> facts) {
    if (node.isTextual()) {
      if (node.asText().equals(subject)) {
        facts.add("act " + (pointer.isEmpty() ? "/" : pointer) + " = " + subject);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, subject, facts);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), pointer + "/" + e.getKey(), subject, facts);
      }
    }
  }
}
