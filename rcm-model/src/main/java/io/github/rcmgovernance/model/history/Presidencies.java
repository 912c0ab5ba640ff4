package io.github.rcmgovernance.model.history;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The presidency terms of a history, sorted by first day, and the queries over them. */
final class Presidencies {
  private final ImmutableList<PresidencyTerm> byStart;

  Presidencies(List<PresidencyTerm> terms) {
    this.byStart =
        terms.stream()
            .filter(PresidencyTerm::isDated)
            .sorted(
                Comparator.comparing(PresidencyTerm::start).thenComparing(PresidencyTerm::holder))
            .collect(ImmutableList.toImmutableList());
  }

  /** Refuses two terms that share a day, naming the first such pair by first day. */
  void requireNoOverlap() {
    PresidencyTerm latest = null;
    for (PresidencyTerm t : byStart) {
      if (latest != null) {
        Checks.check(!t.overlaps(latest), "check.termsOverlap", latest, t);
      }
      latest = latest == null || t.end().isAfter(latest.end()) ? t : latest;
    }
  }

  /** The holder on a day: terms never overlap (the history refuses it), so a binary search. */
  Optional<Party> holder(LocalDate date) {
    int low = 0;
    int high = byStart.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      PresidencyTerm t = byStart.get(mid);
      if (t.end().isBefore(date)) {
        low = mid + 1;
      } else if (t.start().isAfter(date)) {
        high = mid - 1;
      } else {
        return Optional.of(t.holder());
      }
    }
    return Optional.empty();
  }

  /**
   * The term with the latest end strictly before a day. Terms never overlap, so sorted by first day
   * they are sorted by last day too: the answer is the last term that ends before the day.
   */
  Optional<PresidencyTerm> termBefore(LocalDate day) {
    PresidencyTerm previous = null;
    for (PresidencyTerm t : byStart) {
      if (!t.end().isBefore(day)) {
        break;
      }
      previous = t;
    }
    return Optional.ofNullable(previous);
  }
}
