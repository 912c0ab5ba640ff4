package io.github.rcmgovernance.model.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.FacilitySupport;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.ProjectSupport;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.act.TechnicalCooperation;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an act, once taken, writes into the history: the step between one act of a {@link Plan} and
 * the next. Nothing here judges the act; a validator records only the acts it finds valid.
 *
 * <table>
 *   <caption>What each act changes</caption>
 *   <tr><th>act</th><th>part of the history</th><th>change</th></tr>
 *   <tr><td>{@link MeetingProposal}</td><td>{@code meetings}</td><td>the meeting is recorded; it
 *       takes the place of a recorded meeting with its id, else it is added at the end</td></tr>
 *   <tr><td>{@link PresidencyTermProposal}</td><td>{@code presidencyTerms}</td><td>the term is
 *       added at the end, unless an equal term is already recorded</td></tr>
 *   <tr><td>{@link Recommendation}</td><td>{@code recommendations}</td><td>a record of its id
 *       and review state takes the place of a record with its id, else it is added</td></tr>
 *   <tr><td>{@link AgendaApproval}</td><td>{@code agendas}</td><td>when it names the meeting it
 *       is for, a record of that meeting, discussed at the forum's meeting when the forum names
 *       one, is added unless an equal record is already there; an approval that names no
 *       meeting changes nothing</td></tr>
 *   <tr><td>{@link Decision}</td><td>{@code recommendations}</td><td>each recorded
 *       recommendation it {@linkplain Decision#reviews() reviews} becomes {@link
 *       ReviewState#ENDORSED}; an id that is not recorded is not added</td></tr>
 *   <tr><td>{@link PlanOfActionActivity}</td><td>{@code planActivities}</td><td>the activity
 *       (id, description, recommendation it is based on) takes the place of one with its id, else
 *       it is added</td></tr>
 *   <tr><td>{@link Document}, {@link SecretariatAction}, {@link ProjectSupport}, {@link
 *       TechnicalCooperation}, {@link FacilitySupport}</td><td>none</td><td>the history is
 *       unchanged</td></tr>
 * </table>
 *
 * <p>Every other part of the history, and the order of what was already recorded, stays as it was.
 *
 * @since 0.2.0
 */
public final class Recording {
  private Recording() {}

  /**
   * The history after an act is taken.
   *
   * @param history the history before the act
   * @param act the act
   * @return the history with the act recorded (the same history when the act changes nothing), or
   *     empty when the history cannot hold it: a presidency term that overlaps a recorded term (a
   *     history refuses overlapping terms)
   * @throws NullPointerException if an argument is null
   */
  public static Optional<History> record(History history, Act act) {
    checkNotNull(history, "history");
    checkNotNull(act, "act");
    try {
      return Optional.of(recorded(history, act));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static History recorded(History h, Act act) {
    if (act instanceof MeetingProposal p) {
      return h.withMeetings(put(h.meetings(), p.meeting(), Meeting::id));
    }
    if (act instanceof PresidencyTermProposal p) {
      return h.presidencyTerms().contains(p.term())
          ? h
          : h.withPresidencyTerms(append(h.presidencyTerms(), p.term()));
    }
    if (act instanceof Recommendation r) {
      return h.withRecommendations(
          put(
              h.recommendations(),
              RecommendationRecord.of(r.id(), r.reviewState()),
              RecommendationRecord::id));
    }
    if (act instanceof AgendaApproval a) {
      if (a.forMeeting().isEmpty()) {
        return h;
      }
      AgendaRecord record =
          AgendaRecord.builder()
              .meetingId(a.forMeeting().get())
              .discussedAt(a.forum().meetingId())
              .build();
      return h.agendas().contains(record) ? h : h.withAgendas(append(h.agendas(), record));
    }
    if (act instanceof Decision d) {
      List<RecommendationRecord> records = new ArrayList<>();
      for (RecommendationRecord r : h.recommendations()) {
        records.add(d.reviews().contains(r.id()) ? r.withReviewState(ReviewState.ENDORSED) : r);
      }
      return h.withRecommendations(records);
    }
    if (act instanceof PlanOfActionActivity a) {
      PlanActivity activity =
          PlanActivity.builder()
              .id(a.id())
              .description(a.description())
              .basedOn(a.basedOn())
              .build();
      return h.withPlanActivities(put(h.planActivities(), activity, PlanActivity::id));
    }
    return h;
  }

  private static <T> List<T> append(List<T> elements, T element) {
    return ImmutableList.<T>builderWithExpectedSize(elements.size() + 1)
        .addAll(elements)
        .add(element)
        .build();
  }

  /** The elements with the one of the same id replaced, or the new one added at the end. */
  private static <T> List<T> put(List<T> elements, T element, Function<T, String> id) {
    List<T> out = new ArrayList<>(elements.size() + 1);
    boolean replaced = false;
    for (T e : elements) {
      if (id.apply(e).equals(id.apply(element))) {
        out.add(element);
        replaced = true;
      } else {
        out.add(e);
      }
    }
    if (!replaced) {
      out.add(element);
    }
    return out;
  }
}
