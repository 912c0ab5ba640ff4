package io.github.rcmgovernance.examples.record;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public record of the Conference as its data set holds it. Facts are as public sources state
 * them; where none does, the file says {@code "unknown"} rather than leaving the field out.
 *
 * @param description what the data set is
 * @param sources the sources, each with its tag, title and address
 * @param meetings Vice-Ministerial, GRCM and other meetings, in the file's order
 * @param presidencyTerms presidency holders by year
 * @param members the Member States and when they joined
 * @param observers observer States and organisations and when they are first known as observers
 * @param conflicts where sources disagree, as the file records it
 * @since 0.2.0
 */
public record PublicRecord(
    @JsonProperty(required = true) String description,
    @JsonProperty(required = true) List<Source> sources,
    @JsonProperty(required = true) List<RecordedMeeting> meetings,
    @JsonProperty(required = true) List<RecordedTerm> presidencyTerms,
    @JsonProperty(required = true) List<Membership> members,
    @JsonProperty(required = true) List<Observer> observers,
    @JsonProperty(required = true) List<Conflict> conflicts) {

  /** The word a file writes for a fact no source states. */
  public static final String UNKNOWN = "unknown";

  /** Keeps unmodifiable copies. */
  public PublicRecord {
    requireNonNull(description, "description");
    sources = List.copyOf(sources);
    meetings = List.copyOf(meetings);
    presidencyTerms = List.copyOf(presidencyTerms);
    members = List.copyOf(members);
    observers = List.copyOf(observers);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * Reads a data set strictly: unknown fields, missing fields and values of the wrong shape are
   * errors naming the JSON path.
   *
   * @param json the file's text
   * @return the record
   * @throws io.github.rcmgovernance.model.json.ModelInputException if the text is not a data set
   */
  public static PublicRecord read(String json) {
    // An optional field may be left out, never given as null: nulls are refused before binding,
    // which reads a left-out optional field as empty. The text is parsed once, into the tree.
    RcmJson reader = RcmJson.standard();
    JsonNode tree = reader.read(json, JsonNode.class);
    refuseNulls(tree, "$");
    return reader.read(tree, PublicRecord.class, "$");
  }

  private static void refuseNulls(JsonNode node, String path) {
    if (node.isNull()) {
      throw new ModelInputException(path, "json.nullHere", List.of(), null);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuseNulls(node.get(i), path + "[" + i + "]");
      }
    } else if (node.isObject()) {
      node.properties().forEach(e -> refuseNulls(e.getValue(), path + "." + e.getKey()));
    }
  }

  /**
   * Every source tag the entries cite, in order.
   *
   * @return the tags
   */
  public Set<String> citedTags() {
    Set<String> tags = new TreeSet<>();
    meetings.forEach(m -> tags.addAll(m.sources()));
    presidencyTerms.forEach(t -> tags.addAll(t.sources()));
    members.forEach(m -> tags.addAll(m.sources()));
    observers.forEach(o -> tags.addAll(o.sources()));
    conflicts.forEach(c -> tags.addAll(c.sources()));
    return tags;
  }

  /**
   * A source.
   *
   * @param tag its tag, such as {@code S12}
   * @param title its title
   * @param address where it was read, as recorded (without a scheme), or {@code unknown}
   * @param alsoAt other addresses of the same text
   */
  public record Source(
      @JsonProperty(required = true) String tag,
      @JsonProperty(required = true) String title,
      @JsonProperty(required = true) String address,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<List<String>> alsoAt) {}

  /**
   * A meeting as the record knows it.
   *
   * @param id a readable id, unique in the file
   * @param kind its kind
   * @param number the Vice-Ministerial meeting's number
   * @param dates what is known of its dates
   * @param derived which date facts were worked out from stated ones rather than stated
   * @param place the city as stated, {@code virtual}, or {@code unknown}
   * @param host the host State's code, or {@code unknown}
   * @param hostPlanned whether the host is only known as planned or offered
   * @param presidency the presidency holder's code as stated for the meeting, or {@code unknown}
   * @param prepares for a preparatory meeting, the id of the Vice-Ministerial meeting a source says
   *     it prepares; absent where none says
   * @param sources the tags of the sources that state it; empty only for a meeting not found
   * @param found false for a meeting whose record was not found at all
   * @param absentMembers Member States missing from the participants, where a source lists them
   * @param notes notes
   */
  public record RecordedMeeting(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) MeetingKind kind,
      @JsonSetter(nulls = Nulls.AS_EMPTY) OptionalInt number,
      @JsonProperty(required = true) RecordedDates dates,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<List<String>> derived,
      @JsonProperty(required = true) String place,
      @JsonProperty(required = true) String host,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<Boolean> hostPlanned,
      @JsonProperty(required = true) String presidency,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<String> prepares,
      @JsonProperty(required = true) List<String> sources,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<Boolean> found,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<List<Party>> absentMembers,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<String> notes) {
    /** Checks the codes and the number against the kind. */
    public RecordedMeeting {
      partyOrUnknown(host, "host");
      partyOrUnknown(presidency, "presidency");
      if (prepares.isPresent() && kind != MeetingKind.GRCM_PREPARATORY) {
        throw new IllegalArgumentException(
            "prepares is for GRCM preparatory meetings only (meeting " + id + ")");
      }
      if (number.isPresent() != (kind == MeetingKind.VICE_MINISTERIAL)) {
        throw new IllegalArgumentException(
            "number is for Vice-Ministerial meetings only, and they need one (meeting " + id + ")");
      }
    }
  }

  /**
   * What is known of a meeting's dates: both days, a year and month, a year, only the last day, or
   * nothing ({@code "unknown"}).
   *
   * @param start the first day, if known
   * @param end the last day, if known
   * @param year the year, when only the year (and perhaps the month) is known
   * @param month the month, when only the year and month are known
   */
  public record RecordedDates(
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<LocalDate> start,
      Optional<LocalDate> end,
      OptionalInt year,
      OptionalInt month) {

    /**
     * Reads one of the shapes {@code "unknown"}, {@code {start, end}}, {@code {year}}, {@code
     * {year, month}} or {@code {end}}.
     *
     * @param node the JSON value
     * @return the dates
     * @throws IllegalArgumentException naming the shapes if it is none of them
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RecordedDates of(JsonNode node) {
      if (node.isTextual() && node.textValue().equals(UNKNOWN)) {
        return new RecordedDates(
            Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
      }
      Set<String> fields = new TreeSet<>();
      node.fieldNames().forEachRemaining(fields::add);
      if (fields.equals(Set.of("start", "end"))) {
        LocalDate start = LocalDate.parse(node.get("start").textValue());
        LocalDate end = LocalDate.parse(node.get("end").textValue());
        if (end.isBefore(start)) {
          throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        return new RecordedDates(
            Optional.of(start), Optional.of(end), OptionalInt.empty(), OptionalInt.empty());
      }
      if (fields.equals(Set.of("end"))) {
        return new RecordedDates(
            Optional.empty(),
            Optional.of(LocalDate.parse(node.get("end").textValue())),
            OptionalInt.empty(),
            OptionalInt.empty());
      }
      if (fields.equals(Set.of("year")) || fields.equals(Set.of("year", "month"))) {
        int year = integer(node, "year");
        OptionalInt month = OptionalInt.empty();
        if (fields.contains("month")) {
          month = OptionalInt.of(YearMonth.of(year, integer(node, "month")).getMonthValue());
        }
        return new RecordedDates(Optional.empty(), Optional.empty(), OptionalInt.of(year), month);
      }
      throw new IllegalArgumentException(
          "dates must be \"unknown\", {start, end}, {year}, {year, month} or {end}, but were "
              + node);
    }

    private static int integer(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (!value.isInt()) {
        throw new IllegalArgumentException(field + " must be a whole number but was " + value);
      }
      return value.intValue();
    }

    /** The year the meeting is known to fall in, if any. */
    public OptionalInt knownYear() {
      if (year.isPresent()) {
        return year;
      }
      return start.or(() -> end).map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
    }
  }

  /**
   * A presidency term known by its year.
   *
   * @param holder the State that held it
   * @param year the calendar year
   * @param stated false when the source does not call the State the holder in so many words
   * @param sources the tags of the sources
   * @param notes notes
   */
  public record RecordedTerm(
      @JsonProperty(required = true) Party holder,
      @JsonProperty(required = true) int year,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<Boolean> stated,
      @JsonProperty(required = true) List<String> sources,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<String> notes) {
    /** Checks that the holder is a State. */
    public RecordedTerm {
      if (!holder.isState()) {
        throw new IllegalArgumentException("holder must be a State but was " + holder);
      }
    }
  }

  /**
   * When a party is known to hold its status: on a day, after one day and by another, only by a
   * day, or {@code "unknown"}.
   *
   * @param on the day, when it is known
   * @param after the last day it is known not to hold it
   * @param by a day it is known to hold it
   */
  public record Since(Optional<LocalDate> on, Optional<LocalDate> after, Optional<LocalDate> by) {

    /**
     * Reads {@code "unknown"}, {@code {on}}, {@code {after, by}} or {@code {by}}.
     *
     * @param node the JSON value
     * @return the range
     * @throws IllegalArgumentException if it is none of them
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Since of(JsonNode node) {
      if (node.isTextual() && node.textValue().equals(UNKNOWN)) {
        return new Since(Optional.empty(), Optional.empty(), Optional.empty());
      }
      Set<String> fields = new TreeSet<>();
      node.fieldNames().forEachRemaining(fields::add);
      if (fields.equals(Set.of("on"))) {
        return new Since(Optional.of(day(node, "on")), Optional.empty(), Optional.empty());
      }
      if (fields.equals(Set.of("by"))) {
        return new Since(Optional.empty(), Optional.empty(), Optional.of(day(node, "by")));
      }
      if (fields.equals(Set.of("after", "by"))) {
        LocalDate after = day(node, "after");
        LocalDate by = day(node, "by");
        if (!after.isBefore(by)) {
          throw new IllegalArgumentException("after " + after + " must be before by " + by);
        }
        return new Since(Optional.empty(), Optional.of(after), Optional.of(by));
      }
      throw new IllegalArgumentException(
          "since must be \"unknown\", {on}, {after, by} or {by}, but was " + node);
    }

    private static LocalDate day(JsonNode node, String field) {
      return LocalDate.parse(node.get(field).asText());
    }
  }

  /**
   * A Member State.
   *
   * @param party the State
   * @param since when it is known to be a member
   * @param sources the tags of the sources
   * @param notes notes
   */
  public record Membership(
      @JsonProperty(required = true) Party party,
      @JsonProperty(required = true) Since since,
      @JsonProperty(required = true) List<String> sources,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<String> notes) {}

  /**
   * An observer State or organisation.
   *
   * @param party the observer
   * @param kind {@code STATE} or {@code ORGANISATION}, as the party's code says
   * @param name the organisation's name
   * @param since when it is known to be an observer
   * @param sources the tags of the sources
   * @param notes notes
   */
  public record Observer(
      @JsonProperty(required = true) Party party,
      @JsonProperty(required = true) String kind,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<String> name,
      @JsonProperty(required = true) Since since,
      @JsonProperty(required = true) List<String> sources,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<String> notes) {
    /** Checks that the kind agrees with the party's code. */
    public Observer {
      if (!kind.equals(party.isState() ? "STATE" : "ORGANISATION")) {
        throw new IllegalArgumentException("kind " + kind + " does not fit " + party);
      }
    }
  }

  /**
   * Sources that disagree.
   *
   * @param about the entry or topic
   * @param facts for a conflict about an entry, which of its facts the sources disagree on (such as
   *     {@code dates} or {@code number})
   * @param text what they say
   * @param sources the tags of the sources
   */
  public record Conflict(
      @JsonProperty(required = true) String about,
      @JsonSetter(nulls = Nulls.AS_EMPTY) Optional<List<String>> facts,
      @JsonProperty(required = true) String text,
      @JsonProperty(required = true) List<String> sources) {}

  private static void partyOrUnknown(String code, String field) {
    if (!code.equals(UNKNOWN)) {
      Party party = Party.parse(code);
      if (!party.isState()) {
        throw new IllegalArgumentException(field + " must be a State's code or unknown: " + code);
      }
    }
  }
}
