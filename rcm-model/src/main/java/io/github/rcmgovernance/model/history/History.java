package io.github.rcmgovernance.model.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Iterables;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The record of the Conference that the rules read: meetings held or scheduled, presidency terms,
 * recommendations, Plan of Action activities and agendas. Lists keep the order they were given in;
 * no rule depends on that order. Meeting and recommendation ids are unique.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHistory.class)
@JsonDeserialize(as = ImmutableHistory.class)
public abstract class History implements WithHistory {
  History() {}

  /** Meetings held or scheduled. */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * Copies this history with {@link #meetings()} replaced by the given elements.
   *
   * @param elements the new elements of {@code meetings}, none of them {@code null}
   * @return a changed copy, or this history itself if its {@code meetings} is empty and no element
   *     is given
   * @throws NullPointerException naming {@code meetings} if an element is {@code null}
   */
  public abstract History withMeetings(Meeting... elements);

  /**
   * Copies this history with {@link #meetings()} replaced by the given elements.
   *
   * @param elements the new elements of {@code meetings}, none of them {@code null}
   * @return a changed copy, or this history if {@code elements} is its own {@code meetings}
   * @throws NullPointerException naming {@code meetings} if an element is {@code null}
   */
  public abstract History withMeetings(Iterable<? extends Meeting> elements);

  /** Pro-Tempore Presidency terms. */
  public abstract ImmutableList<PresidencyTerm> presidencyTerms();

  /**
   * Copies this history with {@link #presidencyTerms()} replaced by the given elements.
   *
   * @param elements the new elements of {@code presidencyTerms}, none of them {@code null}
   * @return a changed copy, or this history itself if its {@code presidencyTerms} is empty and no
   *     element is given
   * @throws NullPointerException naming {@code presidencyTerms} if an element is {@code null}
   */
  public abstract History withPresidencyTerms(PresidencyTerm... elements);

  /**
   * Copies this history with {@link #presidencyTerms()} replaced by the given elements.
   *
   * @param elements the new elements of {@code presidencyTerms}, none of them {@code null}
   * @return a changed copy, or this history if {@code elements} is its own {@code presidencyTerms}
   * @throws NullPointerException naming {@code presidencyTerms} if an element is {@code null}
   */
  public abstract History withPresidencyTerms(Iterable<? extends PresidencyTerm> elements);

  /** Recommendations issued and their review state. */
  public abstract ImmutableList<RecommendationRecord> recommendations();

  /**
   * Copies this history with {@link #recommendations()} replaced by the given elements.
   *
   * @param elements the new elements of {@code recommendations}, none of them {@code null}
   * @return a changed copy, or this history itself if its {@code recommendations} is empty and no
   *     element is given
   * @throws NullPointerException naming {@code recommendations} if an element is {@code null}
   */
  public abstract History withRecommendations(RecommendationRecord... elements);

  /**
   * Copies this history with {@link #recommendations()} replaced by the given elements.
   *
   * @param elements the new elements of {@code recommendations}, none of them {@code null}
   * @return a changed copy, or this history if {@code elements} is its own {@code recommendations}
   * @throws NullPointerException naming {@code recommendations} if an element is {@code null}
   */
  public abstract History withRecommendations(Iterable<? extends RecommendationRecord> elements);

  /** Activities of the Plan of Action. */
  public abstract ImmutableList<PlanActivity> planActivities();

  /**
   * Copies this history with {@link #planActivities()} replaced by the given elements.
   *
   * @param elements the new elements of {@code planActivities}, none of them {@code null}
   * @return a changed copy, or this history itself if its {@code planActivities} is empty and no
   *     element is given
   * @throws NullPointerException naming {@code planActivities} if an element is {@code null}
   */
  public abstract History withPlanActivities(PlanActivity... elements);

  /**
   * Copies this history with {@link #planActivities()} replaced by the given elements.
   *
   * @param elements the new elements of {@code planActivities}, none of them {@code null}
   * @return a changed copy, or this history if {@code elements} is its own {@code planActivities}
   * @throws NullPointerException naming {@code planActivities} if an element is {@code null}
   */
  public abstract History withPlanActivities(Iterable<? extends PlanActivity> elements);

  /** Agendas of Vice-Ministerial meetings and where they were discussed. */
  public abstract ImmutableList<AgendaRecord> agendas();

  /**
   * Copies this history with {@link #agendas()} replaced by the given elements.
   *
   * @param elements the new elements of {@code agendas}, none of them {@code null}
   * @return a changed copy, or this history itself if its {@code agendas} is empty and no element
   *     is given
   * @throws NullPointerException naming {@code agendas} if an element is {@code null}
   */
  public abstract History withAgendas(AgendaRecord... elements);

  /**
   * Copies this history with {@link #agendas()} replaced by the given elements.
   *
   * @param elements the new elements of {@code agendas}, none of them {@code null}
   * @return a changed copy, or this history if {@code elements} is its own {@code agendas}
   * @throws NullPointerException naming {@code agendas} if an element is {@code null}
   */
  public abstract History withAgendas(Iterable<? extends AgendaRecord> elements);

  /** A builder of a history. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link History}: set its attributes, then call {@code build()}, which checks them and
   * throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the first one
   * that is missing or wrong.
   */
  public static final class Builder extends ImmutableHistory.Builder {
    Builder() {}
  }

  /** A history with nothing in it. */
  public static History empty() {
    return builder().build();
  }

  @Value.Lazy
  ImmutableMap<String, Meeting> meetingsById() {
    return Maps.uniqueIndex(meetings(), Meeting::id);
  }

  @Value.Lazy
  ImmutableMap<String, RecommendationRecord> recommendationsById() {
    return Maps.uniqueIndex(recommendations(), RecommendationRecord::id);
  }

  /**
   * The meeting with an id.
   *
   * @param id the meeting id
   * @return the meeting, if recorded
   */
  public final Optional<Meeting> meeting(String id) {
    return Optional.ofNullable(meetingsById().get(id));
  }

  /**
   * The recommendation with an id.
   *
   * @param id the recommendation id
   * @return its record, if recorded
   */
  public final Optional<RecommendationRecord> recommendation(String id) {
    return Optional.ofNullable(recommendationsById().get(id));
  }

  // Indexes, built on first use and kept: a history is immutable, so queries on a long history
  // cost a lookup, not a scan.

  @Value.Lazy
  ImmutableListMultimap<String, Meeting> meetingsByKindAndYear() {
    return Multimaps.index(
        Iterables.filter(meetings(), Meeting::isDated), m -> m.kind() + "/" + m.start().getYear());
  }

  @Value.Lazy
  ImmutableSetMultimap<String, Meeting> preparatoryMeetingsByPrepared() {
    ImmutableSetMultimap.Builder<String, Meeting> index = ImmutableSetMultimap.builder();
    for (Meeting m : meetings()) {
      if (m.kind() == MeetingKind.GRCM_PREPARATORY && m.prepares().isPresent()) {
        index.put(m.prepares().get(), m);
      }
    }
    return index.build();
  }

  @Value.Lazy
  ImmutableListMultimap<String, AgendaRecord> agendasByMeeting() {
    return Multimaps.index(agendas(), AgendaRecord::meetingId);
  }

  /** Vice-Ministerial meetings by start day; on one day, the greatest id. */
  @Value.Lazy
  ImmutableSortedMap<LocalDate, Meeting> viceMinisterialByStart() {
    TreeMap<LocalDate, Meeting> index = new TreeMap<>();
    for (Meeting m : meetings()) {
      if (m.kind() == MeetingKind.VICE_MINISTERIAL && m.isDated()) {
        index.merge(m.start(), m, (a, b) -> a.id().compareTo(b.id()) >= 0 ? a : b);
      }
    }
    return ImmutableSortedMap.copyOfSorted(index);
  }

  /** Vice-Ministerial meetings, highest number first. */
  @Value.Lazy
  ImmutableList<Meeting> viceMinisterialByNumber() {
    return meetings().stream()
        .filter(m -> m.kind() == MeetingKind.VICE_MINISTERIAL && m.number().isPresent())
        .sorted(Comparator.comparingInt((Meeting m) -> m.number().getAsInt()).reversed())
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Lazy
  Presidencies presidencies() {
    return new Presidencies(presidencyTerms());
  }

  /**
   * The {@link Meeting#isDated() dated} meetings of a kind that start in a year. Meetings of the
   * record whose days are not known are not among them: see {@link #undatedMeetings()}.
   *
   * @param kind the kind of meeting
   * @param year the calendar year
   * @return the meetings, in the order of the history
   */
  public final ImmutableList<Meeting> meetingsOf(MeetingKind kind, int year) {
    return meetingsByKindAndYear().get(kind + "/" + year);
  }

  /**
   * Whether a GRCM preparatory meeting in the history prepares a meeting.
   *
   * @param meetingId the id of the Vice-Ministerial meeting
   * @return true when some preparatory meeting names it in {@code prepares}
   */
  public final boolean hasPreparatoryMeeting(String meetingId) {
    return preparatoryMeetingsByPrepared().containsKey(meetingId);
  }

  /**
   * The agenda records of a meeting.
   *
   * @param meetingId the id of the Vice-Ministerial meeting
   * @return its agenda records, in the order of the history
   */
  public final ImmutableList<AgendaRecord> agendasFor(String meetingId) {
    return agendasByMeeting().get(meetingId);
  }

  /**
   * The {@link Meeting#isDated() dated} Vice-Ministerial meeting that started last on or before a
   * day; meetings whose days are not known are left out (see {@link #undatedMeetings()}).
   *
   * @param asOf the day
   * @return the most recent Vice-Ministerial meeting (on a tie, the greatest id), if any
   */
  public final Optional<Meeting> lastViceMinisterialMeeting(LocalDate asOf) {
    return Optional.ofNullable(viceMinisterialByStart().floorEntry(asOf))
        .map(java.util.Map.Entry::getValue);
  }

  /** The highest Vice-Ministerial number held or scheduled, if any. */
  public final OptionalInt highestViceMinisterialNumber() {
    return viceMinisterialByNumber().isEmpty()
        ? OptionalInt.empty()
        : viceMinisterialByNumber().get(0).number();
  }

  /**
   * The highest Vice-Ministerial number among the meetings with another id.
   *
   * @param meetingId the id to leave out
   * @return the highest number, or 0 when there is none
   */
  public final int highestViceMinisterialNumberExcept(String meetingId) {
    for (Meeting m : viceMinisterialByNumber()) {
      if (!m.id().equals(meetingId)) {
        return m.number().getAsInt();
      }
    }
    return 0;
  }

  /**
   * The holder of the presidency on a day.
   *
   * @param date the day
   * @return the State holding it, if a recorded {@link PresidencyTerm#isDated() dated} term covers
   *     the day (terms never overlap); terms known only by a year are not consulted (see {@link
   *     #undatedTerms()})
   */
  public final Optional<Party> presidencyHolder(LocalDate date) {
    return presidencies().holder(date);
  }

  /**
   * The term that ended last before a day.
   *
   * @param day the day
   * @return the dated term with the latest end strictly before the day (terms never overlap, so
   *     there is at most one); terms known only by a year are not consulted
   */
  public final Optional<PresidencyTerm> termBefore(LocalDate day) {
    return presidencies().termBefore(day);
  }

  /**
   * The holder of the presidency on 1 July of a year, the middle of a calendar-year term.
   *
   * @param year the year
   * @return the State holding it, if any
   */
  public final Optional<Party> presidencyHolderForYear(int year) {
    return presidencyHolder(LocalDate.of(year, 7, 1));
  }

  /** The meetings whose first or last day is not known to the day, in the order of the history. */
  @Value.Lazy
  @JsonIgnore
  public ImmutableList<Meeting> undatedMeetings() {
    return meetings().stream().filter(m -> !m.isDated()).collect(ImmutableList.toImmutableList());
  }

  /** The presidency terms known only by a year, in the order of the history. */
  @Value.Lazy
  @JsonIgnore
  public ImmutableList<PresidencyTerm> undatedTerms() {
    return presidencyTerms().stream()
        .filter(t -> !t.isDated())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether every meeting and term is dated and no meeting declares a fact unknown: what a rule
   * that reads the history can rely on without asking.
   */
  @Value.Lazy
  @JsonIgnore
  public boolean isComplete() {
    return undatedMeetings().isEmpty()
        && undatedTerms().isEmpty()
        && meetings().stream().allMatch(m -> m.unknown().isEmpty());
  }

  @Value.Check
  final void check() {
    checkUnique("Meeting.id", meetings().stream().map(Meeting::id).toList());
    checkUnique(
        "RecommendationRecord.id",
        recommendations().stream().map(RecommendationRecord::id).toList());
    // One Pro-Tempore Presidency at a time: a record with two holders on one day cannot say who
    // held it, so it is refused rather than read one way or the other.
    presidencies().requireNoOverlap();
    // A term known by a year cannot be held in a year another State's dated term fills.
    for (PresidencyTerm t : undatedTerms()) {
      int year = t.heldIn().getAsInt();
      for (PresidencyTerm d : presidencyTerms()) {
        Checks.check(
            !d.isDated()
                || d.holder().equals(t.holder())
                || d.start().isAfter(LocalDate.of(year, 1, 1))
                || d.end().isBefore(LocalDate.of(year, 12, 31)),
            "check.termsOverlap",
            d,
            t);
      }
    }
  }

  private static void checkUnique(String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      Checks.check(seen.add(id), "check.duplicate", what, id);
    }
  }
}
