package io.github.rcmgovernance.examples.benchmarks;

import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Histories of the Conference for the benchmarks, built by hand from fixed seeds. Every entry of a
 * year is drawn from a random source seeded by the year and the entry's id, so a year reads the
 * same in every history that has it.
 *
 * <p>A year's core is five entries: the calendar-year presidency term (the presidency rotates
 * through the Members in charter order), the Vice-Ministerial meeting {@code VM-<year>} numbered
 * from 1 in 1996 and hosted by the holder in April to June, its agenda record, the GRCM preparatory
 * meeting {@code PREP-<year>} one to seven days before it and the GRCM mid-term meeting {@code
 * MT-<year>} in October to December. Further entries are recommendations {@code REC-<year>-<k>}
 * (half endorsed, a quarter pending, a quarter rejected), Plan of Action activities {@code
 * PA-<year>-<k>} and events {@code EV-<year>-<k>}.
 */
final class Histories {
  static final int FIRST_YEAR = 1996;
  static final int LAST_YEAR = 2025;

  private static final long SEED = 0x5EED_2026L;
  private static final List<String> FOUNDERS =
      List.of("BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA");
  private static final LocalDate DO_JOINS = LocalDate.of(2000, 1, 1);
  private static final List<MeetingKind> EVENTS =
      List.of(
          MeetingKind.SEMINAR, MeetingKind.WORKSHOP, MeetingKind.TRAINING, MeetingKind.OTHER_EVENT);
  private static final List<ReviewState> REVIEW_STATES =
      List.of(
          ReviewState.ENDORSED, ReviewState.ENDORSED, ReviewState.PENDING, ReviewState.REJECTED);
  private static final List<Optional<Actor>> EVENT_AGREEMENTS =
      List.of(
          Optional.of(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE)),
          Optional.of(Actor.of(Body.GRCM)),
          Optional.of(Actor.of(Body.PRO_TEMPORE_PRESIDENCY)),
          Optional.empty());

  private Histories() {}

  /**
   * Thirty years, 1996 to 2025: each year's core, ten recommendations and two Plan of Action
   * activities. 90 meetings, 30 terms, 300 recommendations, 60 activities and 30 agendas.
   */
  static History realistic() {
    Writer w = new Writer(Integer.MAX_VALUE);
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      w.core(year);
      for (int k = 0; k < 10; k++) {
        w.recommendation(year);
      }
      w.activity(year);
      w.activity(year);
    }
    return w.build();
  }

  /**
   * A history of exactly {@code entries} entries. The cores come first, latest year first (2025,
   * 2024, … 1996: 150 entries in all); then recommendations, activities and events in turn, spread
   * over the thirty years, latest first. So every history contains the smaller ones: ten entries
   * are the cores of 2025 and 2024, a hundred those of 2006 to 2025.
   *
   * @param entries meetings + terms + recommendations + activities + agendas, at least 1
   * @return the history
   */
  static History ofSize(int entries) {
    Writer w = new Writer(entries);
    for (int year = LAST_YEAR; year >= FIRST_YEAR && w.hasRoom(); year--) {
      w.core(year);
    }
    for (int round = 0; w.hasRoom(); round++) {
      for (int year = LAST_YEAR; year >= FIRST_YEAR && w.hasRoom(); year--) {
        switch (round % 4) {
          case 0, 1 -> w.recommendation(year);
          case 2 -> w.activity(year);
          default -> w.event(year);
        }
      }
    }
    return w.build();
  }

  /** The number of entries of a history. */
  static int entries(History h) {
    return h.meetings().size()
        + h.presidencyTerms().size()
        + h.recommendations().size()
        + h.planActivities().size()
        + h.agendas().size();
  }

  /** The presidency holder of a year: the Members in charter order, in turn. */
  static Party holder(int year) {
    List<Party> members = membersOn(LocalDate.of(year, 7, 1));
    return members.get((year - FIRST_YEAR) % members.size());
  }

  /** The Members of the built-in charter on a day: the founders, and the Dominican Republic. */
  static List<Party> membersOn(LocalDate date) {
    List<Party> out = new ArrayList<>();
    FOUNDERS.forEach(code -> out.add(Party.state(code)));
    if (!date.isBefore(DO_JOINS)) {
      out.add(Party.state("DO"));
    }
    return out;
  }

  /** Writes a history entry by entry, up to a budget of entries. */
  private static final class Writer {
    private final History.Builder h = History.builder();
    private final int budget;
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<Integer, List<String>> recommendationsByYear = new HashMap<>();
    private int written;

    Writer(int budget) {
      this.budget = budget;
    }

    boolean hasRoom() {
      return written < budget;
    }

    History build() {
      return h.build();
    }

    /** Whether one more entry fits; counts it if so. */
    private boolean take() {
      if (!hasRoom()) {
        return false;
      }
      written++;
      return true;
    }

    private int next(String kind, int year) {
      return counters.merge(kind + "-" + year, 1, Integer::sum);
    }

    private static SplittableRandom random(int year, String entry) {
      return new SplittableRandom(SEED * 31 + year * 1_000_003L + entry.hashCode());
    }

    void core(int year) {
      Party holder = holder(year);
      SplittableRandom r = random(year, "core");
      LocalDate vmStart = LocalDate.of(year, 4 + r.nextInt(3), 8 + r.nextInt(18));
      LocalDate vmEnd = vmStart.plusDays(r.nextInt(3));
      List<Party> present = some(r, membersOn(vmStart), 3, 8);
      List<Party> closedSession = some(r, present, 1, present.size());
      LocalDate prepStart = vmStart.minusDays(1 + r.nextInt(7));
      List<Delegation> prepDelegations = grcmDelegations(r, prepStart);
      LocalDate midStart = LocalDate.of(year, 10 + r.nextInt(3), 1 + r.nextInt(25));
      LocalDate midEnd = midStart.plusDays(r.nextInt(3));
      List<Delegation> midDelegations = grcmDelegations(r, midStart);
      String vmId = "VM-" + year;
      String prepId = "PREP-" + year;
      if (take()) {
        h.addPresidencyTerm(PresidencyTerm.forYear(holder, year));
      }
      if (take()) {
        h.addMeeting(
            Meeting.builder()
                .id(vmId)
                .kind(MeetingKind.VICE_MINISTERIAL)
                .number(year - FIRST_YEAR + 1)
                .start(vmStart)
                .end(vmEnd)
                .host(holder)
                .organiser(Actor.of(Body.PRO_TEMPORE_PRESIDENCY))
                .attendees(present.stream().map(Delegation::deputyMinister).toList())
                .closedSessionAttendees(
                    closedSession.stream().map(Delegation::deputyMinister).toList())
                .build());
      }
      if (take()) {
        h.addAgenda(
            AgendaRecord.builder()
                .meetingId(vmId)
                .discussedAt(Optional.ofNullable(year > FIRST_YEAR ? "MT-" + (year - 1) : null))
                .reviewedAt(prepId)
                .build());
      }
      if (take()) {
        h.addMeeting(
            Meeting.builder()
                .id(prepId)
                .kind(MeetingKind.GRCM_PREPARATORY)
                .start(prepStart)
                .end(prepStart)
                .host(holder)
                .prepares(vmId)
                .attendees(prepDelegations)
                .build());
      }
      if (take()) {
        h.addMeeting(
            Meeting.builder()
                .id("MT-" + year)
                .kind(MeetingKind.GRCM_MID_TERM)
                .start(midStart)
                .end(midEnd)
                .host(holder)
                .attendees(midDelegations)
                .build());
      }
    }

    void recommendation(int year) {
      if (!take()) {
        return;
      }
      String id = "REC-" + year + "-" + next("REC", year);
      SplittableRandom r = random(year, id);
      recommendationsByYear.computeIfAbsent(year, y -> new ArrayList<>()).add(id);
      h.addRecommendation(
          RecommendationRecord.of(id, REVIEW_STATES.get(r.nextInt(REVIEW_STATES.size()))));
    }

    void activity(int year) {
      if (!take()) {
        return;
      }
      int k = next("PA", year);
      String id = "PA-" + year + "-" + k;
      SplittableRandom r = random(year, id);
      List<String> recommendations = recommendationsByYear.getOrDefault(year, List.of());
      boolean based = !recommendations.isEmpty() && r.nextInt(10) < 6;
      h.addPlanActivity(
          PlanActivity.builder()
              .id(id)
              .description("Activity " + k + " of the " + year + " Plan of Action")
              .basedOn(
                  Optional.ofNullable(
                      based ? recommendations.get(r.nextInt(recommendations.size())) : null))
              .build());
    }

    void event(int year) {
      if (!take()) {
        return;
      }
      String id = "EV-" + year + "-" + next("EV", year);
      SplittableRandom r = random(year, id);
      LocalDate start = LocalDate.of(year, 1, 1).plusDays(r.nextInt(360));
      List<Party> members = membersOn(start);
      Party host = members.get(r.nextInt(members.size()));
      h.addMeeting(
          Meeting.builder()
              .id(id)
              .kind(EVENTS.get(r.nextInt(EVENTS.size())))
              .start(start)
              .end(start.plusDays(r.nextInt(3)))
              .host(Optional.ofNullable(r.nextBoolean() ? host : null))
              .agreedBy(EVENT_AGREEMENTS.get(r.nextInt(EVENT_AGREEMENTS.size())))
              .build());
    }
  }

  private static List<Delegation> grcmDelegations(SplittableRandom r, LocalDate date) {
    List<Delegation> out = new ArrayList<>();
    for (Party p : some(r, membersOn(date), 2, 6)) {
      Service service = r.nextBoolean() ? Service.FOREIGN_AFFAIRS : Service.IMMIGRATION;
      out.add(Delegation.of(p, Level.OFFICIAL, service));
    }
    return out;
  }

  /** Between {@code min} and {@code max} distinct elements, in random order. */
  private static <T> List<T> some(SplittableRandom r, List<T> xs, int min, int max) {
    List<T> pool = new ArrayList<>(xs);
    int n = Math.min(pool.size(), min + r.nextInt(max - min + 1));
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(pool.remove(r.nextInt(pool.size())));
    }
    return out;
  }
}
