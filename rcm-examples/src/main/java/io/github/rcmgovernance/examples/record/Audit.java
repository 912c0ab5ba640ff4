package io.github.rcmgovernance.examples.record;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.record.PublicRecord.RecordedDates;
import io.github.rcmgovernance.examples.record.PublicRecord.RecordedMeeting;
import io.github.rcmgovernance.examples.record.PublicRecord.RecordedTerm;
import io.github.rcmgovernance.examples.record.PublicRecord.Since;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingFact;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.PartyStatus;
import io.github.rcmgovernance.model.party.Status;
import io.github.rcmgovernance.model.time.PartialDate;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The audit of a public record: its entries replayed in order, each Vice-Ministerial meeting, GRCM
 * meeting and presidency term judged as if it were being proposed against the record before it,
 * then entered into that record whatever its verdict (it happened).
 *
 * <p>How the record becomes the model, without adding to it:
 *
 * <ul>
 *   <li>dates keep their precision: both days, a month, a year, only the last day, or unknown; only
 *       what a source states is used: a date fact the data set marks {@code derived} (worked out,
 *       not stated) is lowered (a derived year makes the dates unknown, a derived day leaves its
 *       month), and dates the sources dispute ({@code conflicts} naming them) are known only by
 *       their year;
 *   <li>a host that is {@code unknown}, or known only as planned, is declared unknown; the
 *       organiser and the attendees are never stated, so they are declared unknown on every
 *       meeting; a preparatory meeting prepares the Vice-Ministerial meeting a source names, and
 *       otherwise which one it prepares is declared unknown;
 *   <li>a presidency term is known by its year ({@link PresidencyTerm#heldIn}); a year whose holder
 *       no source calls the presidency ({@code stated: false}) has no term;
 *   <li>the charter's statuses are replaced by the record's: members from the day they joined, or
 *       from an unknown day of the range a source gives; observers from an unknown day up to the
 *       day a source first lists them; an observer with no such day is left out (no act of the
 *       audit is an observer's);
 *   <li>the order is the order of the earliest day each entry can fall on; a Vice-Ministerial
 *       meeting of unknown date follows the one numbered before it; a term comes before the
 *       meetings of its year; each act is dated on that day.
 * </ul>
 *
 * <p>Events other than GRCM meetings (joint plenaries, extraordinary meetings, closings) are
 * entered but not judged: the catalogue has no rule for when and where they are held.
 */
public final class Audit {
  /**
   * Where an entry of no known date and no number is placed: after everything, so that it is in the
   * record of no entry judged.
   */
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private Audit() {}

  /**
   * One judged entry of the record.
   *
   * @param id the meeting's id, or {@code PPT-<holder>-<year>} for a term
   * @param label the number of a Vice-Ministerial meeting in Roman numerals, or the holder and year
   *     of a term, or the meeting's kind
   * @param dates the dates as judged, followed by {@code *} where they are less than the record
   *     writes, because a date fact is derived or disputed
   * @param place the place, or {@code unknown}
   * @param act the act judged
   * @param verdict its verdict
   * @param sources the tags of the sources the entry rests on
   */
  public record Row(
      String id,
      String label,
      String dates,
      String place,
      Act act,
      Verdict verdict,
      List<String> sources) {
    /** Keeps an unmodifiable copy of the sources. */
    public Row {
      sources = List.copyOf(sources);
    }
  }

  /**
   * Audits a record under a charter.
   *
   * @param record the record
   * @param charter the charter whose windows, lead time and policies apply; its statuses are
   *     replaced by the record's
   * @return a row for each judged entry, in the order judged
   * @throws NullPointerException naming the argument that is null
   * @throws IllegalArgumentException if the model refuses what the record holds (such as two
   *     meetings with one id)
   */
  public static List<Row> of(PublicRecord record, Charter charter) {
    requireNonNull(record, "record");
    requireNonNull(charter, "charter");
    Validator validator = Validator.builder().charter(withStatuses(charter, record)).build();
    History history = History.empty();
    List<Row> rows = new ArrayList<>();
    for (Item item : chronology(record)) {
      Verdict verdict = item.judged() ? validator.validate(item.act(), history) : null;
      if (verdict != null) {
        rows.add(
            new Row(
                item.id(),
                item.label(),
                item.dates(),
                item.place(),
                item.act(),
                verdict,
                item.sources()));
      }
      history = enter(history, item.act());
    }
    return rows;
  }

  /** An entry of the record, as an act dated where the replay reaches it. */
  private record Item(
      String id,
      String label,
      String dates,
      String place,
      Act act,
      boolean judged,
      List<String> sources) {
    Item withAct(Act other) {
      return new Item(id, label, dates, place, other, judged, sources);
    }
  }

  private static History enter(History history, Act act) {
    History.Builder next = History.builder().from(history);
    if (act instanceof MeetingProposal p) {
      next.addMeetings(p.meeting());
    } else if (act instanceof PresidencyTermProposal p) {
      next.addPresidencyTerms(p.term());
    }
    return next.build();
  }

  /** The record's entries in the order of the earliest day each can fall on. */
  static List<Item> chronology(PublicRecord record) {
    record Keyed(LocalDate day, int rank, Item item) {}
    List<Keyed> keyed = new ArrayList<>();
    Map<Integer, LocalDate> vmDays = new HashMap<>();
    int rank = 0;
    for (RecordedTerm t : record.presidencyTerms()) {
      if (t.stated().orElse(true)) {
        LocalDate day = LocalDate.of(t.year(), 1, 1);
        String id = "PPT-" + t.holder().code() + "-" + t.year();
        PresidencyTerm term = PresidencyTerm.heldIn(t.holder(), t.year());
        keyed.add(
            new Keyed(
                day,
                rank++,
                new Item(
                    id,
                    t.holder().code() + " " + t.year(),
                    String.valueOf(t.year()),
                    PublicRecord.UNKNOWN,
                    PresidencyTermProposal.of(id, term),
                    true,
                    t.sources())));
      }
    }
    Map<String, LocalDate> meetingDays = new HashMap<>();
    Set<String> disputedDates = new HashSet<>();
    for (PublicRecord.Conflict c : record.conflicts()) {
      if (c.facts().orElse(List.of()).contains("dates")) {
        disputedDates.add(c.about());
      }
    }
    for (RecordedMeeting m : record.meetings()) {
      Meeting meeting = meeting(m, disputedDates.contains(m.id()));
      Optional<LocalDate> earliest = meeting.startAsKnown().earliest();
      if (earliest.isEmpty()) {
        earliest = meeting.endAsKnown().earliest();
      }
      if (earliest.isEmpty() && m.number().isPresent()) {
        // Numbered in order: it follows the meeting numbered before it.
        earliest = Optional.ofNullable(vmDays.get(m.number().getAsInt() - 1));
      }
      LocalDate day = earliest.orElse(LAST_DAY);
      m.number().ifPresent(n -> vmDays.put(n, day));
      meetingDays.put(m.id(), day);
      MeetingKind kind = m.kind();
      boolean judged = kind == MeetingKind.VICE_MINISTERIAL || kind.isGrcm();
      keyed.add(
          new Keyed(
              day,
              rank++,
              new Item(
                  m.id(),
                  m.number().isPresent() ? meeting.displayName() : kind.name(),
                  judgedDates(meeting, m.dates()),
                  m.place(),
                  MeetingProposal.builder().id(m.id()).date(day).meeting(meeting).build(),
                  judged,
                  m.sources())));
    }
    // A preparatory meeting is judged once the meeting it prepares is scheduled, that is, in the
    // record: just after it.
    for (int i = 0; i < keyed.size(); i++) {
      Keyed k = keyed.get(i);
      if (k.item().act() instanceof MeetingProposal p && p.meeting().prepares().isPresent()) {
        LocalDate prepared = meetingDays.get(p.meeting().prepares().get());
        if (prepared != null && prepared.isAfter(k.day())) {
          keyed.set(
              i,
              new Keyed(
                  prepared,
                  Integer.MAX_VALUE - keyed.size() + i,
                  k.item().withAct(p.withDate(prepared))));
        }
      }
    }
    // Terms were added first, so on the same day a term comes before the meetings of its year.
    keyed.sort(Comparator.comparing(Keyed::day).thenComparingInt(Keyed::rank));
    return keyed.stream().map(Keyed::item).toList();
  }

  /**
   * The model's meeting for a recorded one: what is unknown is declared so, what is not stated is
   * lowered, nothing is added.
   */
  static Meeting meeting(RecordedMeeting m, boolean datesDisputed) {
    List<String> derived = m.derived().orElse(List.of());
    PartialDate start = start(m.dates());
    PartialDate end = end(m.dates());
    if (derived.contains("year")) {
      start = PartialDate.unknown();
      end = PartialDate.unknown();
    } else if (datesDisputed) {
      OptionalInt year = m.dates().knownYear();
      start = year.isPresent() ? PartialDate.inYear(year.getAsInt()) : PartialDate.unknown();
      end = start;
    } else {
      if (derived.contains("start")) {
        start = toMonth(start);
      }
      if (derived.contains("end")) {
        end = toMonth(end);
      }
    }
    Meeting.Builder b =
        Meeting.builder()
            .id(m.id())
            .kind(m.kind())
            .startAsKnown(start)
            .endAsKnown(end)
            .addUnknown(MeetingFact.ORGANISER, MeetingFact.ATTENDEES);
    m.number().ifPresent(b::number);
    if (m.host().equals(PublicRecord.UNKNOWN) || m.hostPlanned().orElse(false)) {
      b.addUnknown(MeetingFact.HOST);
    } else {
      b.host(Party.state(m.host()));
    }
    if (m.kind() == MeetingKind.GRCM_PREPARATORY) {
      if (m.prepares().isPresent()) {
        b.prepares(m.prepares().get());
      } else {
        b.addUnknown(MeetingFact.PREPARES);
      }
    }
    return b.build();
  }

  /** A day lowered to its month; any other date as it is. */
  private static PartialDate toMonth(PartialDate d) {
    return d.day().map(day -> PartialDate.inMonth(YearMonth.from(day))).orElse(d);
  }

  private static PartialDate start(RecordedDates d) {
    if (d.start().isPresent()) {
      return PartialDate.of(d.start().get());
    }
    return yearOrMonth(d);
  }

  private static PartialDate end(RecordedDates d) {
    if (d.end().isPresent()) {
      return PartialDate.of(d.end().get());
    }
    return yearOrMonth(d);
  }

  private static PartialDate yearOrMonth(RecordedDates d) {
    if (d.year().isEmpty()) {
      return PartialDate.unknown();
    }
    OptionalInt month = d.month();
    return month.isPresent()
        ? PartialDate.inMonth(YearMonth.of(d.year().getAsInt(), month.getAsInt()))
        : PartialDate.inYear(d.year().getAsInt());
  }

  /** The dates as judged, marked {@code *} where less is used than the record writes. */
  private static String judgedDates(Meeting meeting, RecordedDates recorded) {
    String judged = written(meeting.startAsKnown(), meeting.endAsKnown());
    boolean lowered =
        !meeting.startAsKnown().equals(start(recorded))
            || !meeting.endAsKnown().equals(end(recorded));
    return lowered ? judged + " *" : judged;
  }

  /**
   * Dates as the audit writes them: both days ({@code 2019-11-13/2019-11-14}), one day, month or
   * year ({@code 2017-11}), only the last day ({@code ../2015-11-11}), or {@code unknown}.
   */
  private static String written(PartialDate start, PartialDate end) {
    if (start.isUnknown()) {
      return end.isUnknown() ? PublicRecord.UNKNOWN : "../" + end;
    }
    return start.equals(end) ? start.toString() : start + "/" + end;
  }

  /** The charter with the record's statuses in place of its own. */
  static Charter withStatuses(Charter charter, PublicRecord record) {
    List<PartyStatus> statuses = new ArrayList<>();
    for (PublicRecord.Membership m : record.members()) {
      statuses.add(status(m.party(), Status.MEMBER, m.since()));
    }
    for (PublicRecord.Observer o : record.observers()) {
      if (o.since().on().isPresent() || o.since().by().isPresent()) {
        statuses.add(status(o.party(), Status.OBSERVER, o.since()));
      }
    }
    return Charter.builder().from(charter).statuses(statuses).build();
  }

  private static PartyStatus status(Party party, Status status, Since since) {
    PartyStatus.Builder b = PartyStatus.builder().party(party).status(status);
    if (since.on().isPresent()) {
      return b.since(since.on().get()).build();
    }
    since.after().ifPresent(after -> b.since(after.plusDays(1)));
    since.by().ifPresent(b::sinceBy);
    return b.build();
  }
}
