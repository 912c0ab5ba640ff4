package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.internal.Messages;
import io.github.rcmgovernance.rules.internal.Text;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to change in an act for one violation to go away: a sentence for people and, where the
 * change is mechanical, the {@link #fixedAct() changed act} and the same change as a JSON Patch
 * (RFC 6902) on the act's JSON form, {@link #edits()}.
 *
 * <p>A mechanical remedy removes its violation and adds no new error when the act is judged again
 * against the same history, charter and day of judgement. Where no change is sure to be right (a
 * record that does not exist yet, an objection under consensus, a choice among Members), the remedy
 * is advice only: {@link #mechanical()} is false and there are no edits.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRemedy.class)
@JsonPropertyOrder({"descriptionKey", "descriptionArguments", "description", "mechanical", "edits"})
public abstract class Remedy {
  Remedy() {}

  /**
   * The key of the description in the rules' message bundle, such as {@code
   * RCM-DEC-1.remedy.removeDecider}.
   */
  public abstract String descriptionKey();

  /** The description's arguments. */
  public abstract ImmutableList<Argument> descriptionArguments();

  /** What to change, in one sentence of English; rendered on first use. */
  @Value.Lazy
  @JsonProperty("description")
  public String description() {
    return description(Locale.ENGLISH);
  }

  /**
   * What to change, in one sentence of a language; English where the library has no messages in it.
   *
   * @param locale the language
   * @return the description
   */
  public final String description(Locale locale) {
    return Messages.render(locale, descriptionKey(), descriptionArguments());
  }

  /** The act the remedy was made for; present when the remedy is mechanical. */
  @Value.Auxiliary
  @JsonIgnore
  abstract Optional<Act> originalAct();

  /** The act with the change made, when the remedy is mechanical. */
  @JsonIgnore
  public abstract Optional<Act> fixedAct();

  /** Whether the change is mechanical: {@link #applyTo(Act)} can make it. */
  @JsonProperty("mechanical")
  public final boolean mechanical() {
    return fixedAct().isPresent();
  }

  /**
   * The change as JSON Patch operations (RFC 6902: {@code add}, {@code remove}, {@code replace}) on
   * the JSON form of the act the remedy was made for; empty when the remedy is advice. Computed on
   * first use.
   */
  @Value.Lazy
  @JsonProperty("edits")
  public ImmutableList<Edit> edits() {
    if (fixedAct().isEmpty()) {
      return ImmutableList.of();
    }
    RcmJson json = RcmJson.standard();
    return Edit.diff(json.toTree(originalAct().get()), json.toTree(fixedAct().get()));
  }

  /** A remedy a program cannot apply. */
  static Remedy advice(Text description) {
    return ImmutableRemedy.builder()
        .descriptionKey(description.key())
        .descriptionArguments(description.arguments())
        .build();
  }

  /**
   * A mechanical remedy: the act as it is, and as it should be.
   *
   * @throws IllegalArgumentException if the two acts are equal or of different kinds
   */
  static Remedy fix(Text description, Act original, Act fixed) {
    checkNotNull(original, "original");
    checkNotNull(fixed, "fixed");
    checkArgument(!original.equals(fixed), "a fix must change the act (%s)", description);
    checkArgument(
        ActTypes.of(original).equals(ActTypes.of(fixed)),
        "a fix must keep the kind of act (%s)",
        description);
    return ImmutableRemedy.builder()
        .descriptionKey(description.key())
        .descriptionArguments(description.arguments())
        .originalAct(original)
        .fixedAct(fixed)
        .build();
  }

  /**
   * Applies the change to an act: gives {@link #fixedAct()} for the act the remedy was made for,
   * and applies {@link #edits()} to the JSON form of any other act.
   *
   * @param act the act, usually the one the violation was reported on
   * @return the changed act
   * @throws IllegalStateException if the remedy is not mechanical
   * @throws io.github.rcmgovernance.model.json.ModelInputException if the edits do not fit the act
   */
  public final Act applyTo(Act act) {
    checkNotNull(act, "act");
    if (!mechanical()) {
      throw new IllegalStateException("this remedy is advice, not an edit: " + description());
    }
    if (act.equals(originalAct().orElse(null))) {
      return fixedAct().get();
    }
    RcmJson json = RcmJson.standard();
    JsonNode tree = json.toTree(act);
    for (Edit edit : edits()) {
      tree = edit.applyTo(tree);
    }
    return json.read(tree, Act.class, "$");
  }
}
