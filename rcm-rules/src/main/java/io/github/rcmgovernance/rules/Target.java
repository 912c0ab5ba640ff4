package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.party.Party;
import java.util.Comparator;

/**
 * The thing a violation is about: a party, a body, a meeting, a document (the act itself or a
 * recommendation, by id) or a fact the act leaves out.
 *
 * <p>Its written form, {@link #key()}, is {@code kind:value}: {@code party:AR}, {@code body:GRCM},
 * {@code meeting:VM-2025}, {@code document:DEC-2024-7}, {@code missing:/deciders}. A missing fact
 * is named by a JSON Pointer into the act's JSON form, or, for a fact of the history's agenda
 * record, by {@code agenda.discussedAt} or {@code agenda.reviewedAt}. Targets order by their key.
 *
 * @since 0.1.0
 */
public sealed interface Target extends Comparable<Target>
    permits Target.PartyTarget,
        Target.BodyTarget,
        Target.MeetingTarget,
        Target.DocumentTarget,
        Target.MissingFact {

  /**
   * The kind of target: {@code party}, {@code body}, {@code meeting}, {@code document} or {@code
   * missing}.
   */
  String kind();

  /** The value: a party code, a body name, a meeting or document id, or the missing field. */
  String value();

  /** The written form {@code kind:value}. */
  @JsonValue
  default String key() {
    return kind() + ":" + value();
  }

  @Override
  default int compareTo(Target other) {
    return ORDER.compare(this, other);
  }

  /** Orders targets by kind, then value. */
  Comparator<Target> ORDER = Comparator.comparing(Target::kind).thenComparing(Target::value);

  /**
   * A party at fault.
   *
   * @param party the party
   * @return the target
   */
  static Target party(Party party) {
    return new PartyTarget(party);
  }

  /**
   * A body at fault.
   *
   * @param body the body
   * @return the target
   */
  static Target body(Body body) {
    return new BodyTarget(body);
  }

  /**
   * The actor at fault, as the act names it: its party or its body.
   *
   * @param actor the actor
   * @return the target
   */
  static Target of(Actor actor) {
    checkNotNull(actor, "actor");
    return actor.body().isPresent() ? body(actor.body().get()) : party(actor.party().get());
  }

  /**
   * A meeting at fault, by id.
   *
   * @param id the meeting id
   * @return the target
   */
  static Target meeting(String id) {
    return new MeetingTarget(id);
  }

  /**
   * A document at fault, by id: the act itself or a recommendation.
   *
   * @param id the id
   * @return the target
   */
  static Target document(String id) {
    return new DocumentTarget(id);
  }

  /**
   * A fact the act leaves out.
   *
   * @param field a JSON Pointer into the act ({@code /deciders}), or {@code agenda.discussedAt} /
   *     {@code agenda.reviewedAt} for the history's agenda record
   * @return the target
   */
  static Target missing(String field) {
    return new MissingFact(field);
  }

  /**
   * A party.
   *
   * @param party the party
   */
  record PartyTarget(Party party) implements Target {
    /** Requires a party. */
    public PartyTarget {
      checkNotNull(party, "party");
    }

    @Override
    public String kind() {
      return "party";
    }

    @Override
    public String value() {
      return party.code();
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * A body.
   *
   * @param body the body
   */
  record BodyTarget(Body body) implements Target {
    /** Requires a body. */
    public BodyTarget {
      checkNotNull(body, "body");
    }

    @Override
    public String kind() {
      return "body";
    }

    @Override
    public String value() {
      return body.name();
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * A meeting, by id.
   *
   * @param id the meeting id
   */
  record MeetingTarget(String id) implements Target {
    /** Requires an id. */
    public MeetingTarget {
      checkArgument(!checkNotNull(id, "id").isBlank(), "meeting id must not be blank");
    }

    @Override
    public String kind() {
      return "meeting";
    }

    @Override
    public String value() {
      return id;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * A document, by id: the act judged, or a recommendation.
   *
   * @param id the id
   */
  record DocumentTarget(String id) implements Target {
    /** Requires an id. */
    public DocumentTarget {
      checkArgument(!checkNotNull(id, "id").isBlank(), "document id must not be blank");
    }

    @Override
    public String kind() {
      return "document";
    }

    @Override
    public String value() {
      return id;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * A fact the act leaves out.
   *
   * @param field a JSON Pointer into the act, or a field of the history's agenda record
   */
  record MissingFact(String field) implements Target {
    /** Requires a field name. */
    public MissingFact {
      checkArgument(!checkNotNull(field, "field").isBlank(), "field must not be blank");
    }

    @Override
    public String kind() {
      return "missing";
    }

    @Override
    public String value() {
      return field;
    }

    @Override
    public String toString() {
      return key();
    }
  }
}
