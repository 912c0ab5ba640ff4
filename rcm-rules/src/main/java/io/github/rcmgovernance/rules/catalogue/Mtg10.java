package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.charter.RotationPolicy;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * RCM-MTG-10: the PPT rotates. The neighbours of a proposed term are the history's terms that end
 * last before it and those that start first after it. By default no State holds a term next to one
 * of its own; a charter may set a fixed rotation order instead, or none.
 */
public final class Mtg10 {
  private Mtg10() {}

  public static List<Finding> faults(Situation s, PresidencyTermProposal p) {
    RotationPolicy policy = s.charter().rotationPolicy();
    PresidencyTerm t = p.term();
    if (policy == RotationPolicy.NONE) {
      return List.of();
    }
    List<Party> order = s.charter().rotationOrder();
    if (policy == RotationPolicy.FIXED_ORDER && !order.contains(t.holder())) {
      // A State outside the order breaks it whatever the term's days and its neighbours.
      return List.of(finding(s, p, "notInOrder", List.of()));
    }
    if (!t.isDated() || !s.history().undatedTerms().isEmpty()) {
      // Which term comes just before or after is not known when a term's days are not.
      if (!t.isDated()) {
        return List.of(Partial.term(t));
      }
      return s.history().undatedTerms().stream().map(Partial::term).toList();
    }
    List<PresidencyTerm> before = neighbours(s.history(), t, true);
    List<PresidencyTerm> after = neighbours(s.history(), t, false);
    if (policy == RotationPolicy.NO_CONSECUTIVE_TERMS) {
      if (heldBy(before, t.holder())) {
        return List.of(finding(s, p, "termBefore", before));
      }
      if (heldBy(after, t.holder())) {
        return List.of(finding(s, p, "termAfter", after));
      }
      return List.of();
    }
    boolean beforeInOrder = before.stream().anyMatch(b -> order.contains(b.holder()));
    boolean beforeFits =
        before.stream()
            .anyMatch(
                b -> order.contains(b.holder()) && successor(order, b.holder()).equals(t.holder()));
    if (beforeInOrder && !beforeFits) {
      return List.of(finding(s, p, "orderBefore", before));
    }
    boolean afterInOrder = after.stream().anyMatch(a -> order.contains(a.holder()));
    boolean afterFits =
        after.stream().anyMatch(a -> successor(order, t.holder()).equals(a.holder()));
    if (afterInOrder && !afterFits) {
      return List.of(finding(s, p, "orderAfter", after));
    }
    return List.of();
  }

  private static Finding finding(
      Situation s, PresidencyTermProposal p, String key, List<PresidencyTerm> neighbours) {
    PresidencyTerm t = p.term();
    List<Argument> terms = new ArrayList<>();
    List<io.github.rcmgovernance.rules.Fact> facts = new ArrayList<>();
    facts.add(Values.act("/term", t));
    for (PresidencyTerm n : neighbours) {
      terms.add(
          Argument.list(
              List.of(
                  Argument.party(n.holder()), Argument.date(n.start()), Argument.date(n.end()))));
      facts.add(Values.history("/presidencyTerms/" + s.history().presidencyTerms().indexOf(n), n));
    }
    return Finding.at(Target.party(t.holder()))
        .says(
            key,
            Argument.party(t.holder()),
            Values.partial(t.startAsKnown()),
            Values.partial(t.endAsKnown()),
            Argument.list(terms),
            Argument.list(s.charter().rotationOrder().stream().map(Argument::party).toList()))
        .read(facts)
        .advise("remedy.nextInRotation");
  }

  private static boolean heldBy(List<PresidencyTerm> terms, Party holder) {
    return terms.stream().anyMatch(x -> x.holder().equals(holder));
  }

  private static Party successor(List<Party> order, Party p) {
    return order.get((order.indexOf(p) + 1) % order.size());
  }

  private static List<PresidencyTerm> neighbours(History h, PresidencyTerm t, boolean before) {
    List<PresidencyTerm> out = new ArrayList<>();
    LocalDate best = null;
    for (PresidencyTerm o : h.presidencyTerms()) {
      if (!o.isDated()) {
        continue;
      }
      boolean side = before ? o.end().isBefore(t.start()) : o.start().isAfter(t.end());
      if (!side) {
        continue;
      }
      LocalDate key = before ? o.end() : o.start();
      if (best == null || (before ? key.isAfter(best) : key.isBefore(best))) {
        best = key;
        out.clear();
      }
      if (key.equals(best)) {
        out.add(o);
      }
    }
    return out;
  }
}
