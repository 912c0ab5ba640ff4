package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.json.RcmJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
@JsonPropertyOrder({"description", "mechanical", "edits"})
public abstract class Remedy {
  Remedy() {}

  /** What to change, in one sentence. */
  public abstract String description();

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
    List<Edit> edits = new ArrayList<>();
    diff("", json.toTree(originalAct().get()), json.toTree(fixedAct().get()), edits);
    return ImmutableList.copyOf(edits);
  }

  /**
   * A remedy a program cannot apply.
   *
   * @param description what to change
   * @return the remedy
   */
  public static Remedy advice(String description) {
    return ImmutableRemedy.builder().description(description).build();
  }

  /**
   * A mechanical remedy: the act as it is, and as it should be.
   *
   * @param description what to change
   * @param original the act the violation was found on
   * @param fixed the same act with the change made
   * @return the remedy
   * @throws IllegalArgumentException if the two acts are equal or of different kinds
   */
  public static Remedy fix(String description, Act original, Act fixed) {
    checkNotNull(original, "original");
    checkNotNull(fixed, "fixed");
    checkArgument(!original.equals(fixed), "a fix must change the act (%s)", description);
    checkArgument(
        Validator.actType(original).equals(Validator.actType(fixed)),
        "a fix must keep the kind of act (%s)",
        description);
    return ImmutableRemedy.builder()
        .description(description)
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

  /** The operations that turn {@code from} into {@code to}; arrays are replaced whole. */
  private static void diff(String pointer, JsonNode from, JsonNode to, List<Edit> edits) {
    if (from.equals(to)) {
      return;
    }
    if (!from.isObject() || !to.isObject()) {
      edits.add(Edit.replace(pointer, to));
      return;
    }
    TreeSet<String> names = new TreeSet<>();
    from.fieldNames().forEachRemaining(names::add);
    to.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      String child = pointer + "/" + Edit.escape(name);
      JsonNode a = from.get(name);
      JsonNode b = to.get(name);
      if (a == null) {
        edits.add(Edit.add(child, b));
      } else if (b == null) {
        edits.add(Edit.remove(child));
      } else {
        diff(child, a, b, edits);
      }
    }
  }

  /**
   * One JSON Patch operation (RFC 6902) on the JSON form of an act: {@link #op()} at {@link
   * #path()}, a JSON Pointer (RFC 6901, with {@code ~0} and {@code ~1} escapes), with a JSON {@link
   * #value()} for {@code add} and {@code replace}.
   *
   * @since 0.1.0
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableEdit.class)
  @JsonPropertyOrder({"op", "path", "value"})
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract static class Edit {
    Edit() {}

    /** The kind of operation, written in lower case in JSON as RFC 6902 names it. */
    public enum Op {
      /** Add a member or element (RFC 6902 {@code add}). */
      ADD,
      /** Remove a member or element (RFC 6902 {@code remove}). */
      REMOVE,
      /** Replace a value (RFC 6902 {@code replace}). */
      REPLACE;

      @com.fasterxml.jackson.annotation.JsonValue
      String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }

    /** The operation. */
    public abstract Op op();

    /** A JSON Pointer into the act. */
    public abstract String path();

    /** The value, for {@code add} and {@code replace}. */
    public abstract Optional<JsonNode> value();

    static Edit add(String path, JsonNode value) {
      return ImmutableEdit.builder().op(Op.ADD).path(path).value(value).build();
    }

    static Edit replace(String path, JsonNode value) {
      return ImmutableEdit.builder().op(Op.REPLACE).path(path).value(value).build();
    }

    static Edit remove(String path) {
      return ImmutableEdit.builder().op(Op.REMOVE).path(path).build();
    }

    @Value.Check
    final void check() {
      checkArgument(
          path().isEmpty() || path().startsWith("/"),
          "path must be a JSON Pointer, empty or starting with /, but was %s",
          path());
      checkArgument(
          (op() == Op.REMOVE) != value().isPresent(),
          "value is required for %s and only for it (path %s)",
          op(),
          path());
    }

    static String escape(String name) {
      return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
      return token.replace("~1", "/").replace("~0", "~");
    }

    /** Applies the operation to a tree and returns the resulting tree. */
    final JsonNode applyTo(JsonNode tree) {
      if (path().isEmpty()) {
        if (op() == Op.REMOVE) {
          throw new IllegalStateException("cannot remove the whole act");
        }
        return value().get().deepCopy();
      }
      int cut = path().lastIndexOf('/');
      JsonNode parent = tree.at(path().substring(0, cut));
      String token = unescape(path().substring(cut + 1));
      if (parent instanceof ObjectNode object) {
        if (op() != Op.ADD && !object.has(token)) {
          throw new IllegalStateException("no member " + path() + " in the act");
        }
        if (op() == Op.REMOVE) {
          object.remove(token);
        } else {
          object.set(token, value().get().deepCopy());
        }
      } else if (parent instanceof ArrayNode array) {
        applyTo(array, token);
      } else {
        throw new IllegalStateException("no object or array at " + path() + " in the act");
      }
      return tree;
    }

    private void applyTo(ArrayNode array, String token) {
      if (op() == Op.ADD && token.equals("-")) {
        array.add(value().get().deepCopy());
        return;
      }
      int index;
      try {
        index = Integer.parseInt(token);
      } catch (NumberFormatException e) {
        throw new IllegalStateException("not an array index: " + path(), e);
      }
      int limit = op() == Op.ADD ? array.size() : array.size() - 1;
      if (index < 0 || index > limit) {
        throw new IllegalStateException("array index out of range: " + path());
      }
      switch (op()) {
        case ADD -> array.insert(index, value().get().deepCopy());
        case REMOVE -> array.remove(index);
        case REPLACE -> array.set(index, value().get().deepCopy());
      }
    }

    @Override
    public final String toString() {
      return op().jsonName() + " " + path() + value().map(v -> " " + v).orElse("");
    }
  }
}
