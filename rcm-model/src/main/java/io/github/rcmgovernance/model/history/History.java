package io.github.rcmgovernance.model.history;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
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
public abstract class History {
  History() {}

  /** Meetings held or scheduled. */
  public abstract ImmutableList<Meeting> meetings();

  /** Pro-Tempore Presidency terms. */
  public abstract ImmutableList<PresidencyTerm> presidencyTerms();

  /** Recommendations issued and their review state. */
  public abstract ImmutableList<RecommendationRecord> recommendations();

  /** Activities of the Plan of Action. */
  public abstract ImmutableList<PlanActivity> planActivities();

  /** Agendas of Vice-Ministerial meetings and where they were discussed. */
  public abstract ImmutableList<AgendaRecord> agendas();

  /** A builder of a history. */
  public static ImmutableHistory.Builder builder() {
    return ImmutableHistory.builder();
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

  /**
   * The Vice-Ministerial meeting that started last on or before a day.
   *
   * @param asOf the day
   * @return the most recent Vice-Ministerial meeting, if any
   */
  public final Optional<Meeting> lastViceMinisterialMeeting(LocalDate asOf) {
    return meetings().stream()
        .filter(m -> m.kind() == MeetingKind.VICE_MINISTERIAL && !m.start().isAfter(asOf))
        .max(Comparator.comparing(Meeting::start).thenComparing(Meeting::id));
  }

  /** The highest Vice-Ministerial number held or scheduled, if any. */
  public final OptionalInt highestViceMinisterialNumber() {
    return meetings().stream()
        .filter(m -> m.number().isPresent())
        .mapToInt(m -> m.number().getAsInt())
        .max();
  }

  /**
   * The holder of the presidency on a day.
   *
   * @param date the day
   * @return the State holding it, if a recorded term covers the day
   */
  public final Optional<Party> presidencyHolder(LocalDate date) {
    return presidencyTerms().stream()
        .filter(t -> t.covers(date))
        .min(Comparator.comparing(PresidencyTerm::start).thenComparing(t -> t.holder()))
        .map(PresidencyTerm::holder);
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

  @Value.Check
  final void check() {
    checkUnique("meeting id", meetings().stream().map(Meeting::id).toList());
    checkUnique(
        "recommendation id", recommendations().stream().map(RecommendationRecord::id).toList());
  }

  private static void checkUnique(String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      checkArgument(seen.add(id), "%s %s appears more than once in the history", what, id);
    }
  }
}
