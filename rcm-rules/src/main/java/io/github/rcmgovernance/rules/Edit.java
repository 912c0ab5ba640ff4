package io.github.rcmgovernance.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * One JSON Patch operation (RFC 6902) on the JSON form of an act: {@link #op()} at {@link #path()},
 * a JSON Pointer (RFC 6901, with {@code ~0} and {@code ~1} escapes), with a JSON {@link #value()}
 * for {@code add} and {@code replace}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEdit.class)
@JsonPropertyOrder({"op", "path", "value"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Edit {
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

  /** The operations that turn {@code from} into {@code to}; arrays are replaced whole. */
  static ImmutableList<Edit> diff(JsonNode from, JsonNode to) {
    List<Edit> edits = new ArrayList<>();
    diff("", from, to, edits);
    return ImmutableList.copyOf(edits);
  }

  private static void diff(String pointer, JsonNode from, JsonNode to, List<Edit> edits) {
    if (from.equals(to)) {
      return;
    }
    if (!from.isObject() || !to.isObject()) {
      edits.add(replace(pointer, to));
      return;
    }
    TreeSet<String> names = new TreeSet<>();
    from.fieldNames().forEachRemaining(names::add);
    to.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      String child = pointer + "/" + escape(name);
      JsonNode a = from.get(name);
      JsonNode b = to.get(name);
      if (a == null) {
        edits.add(add(child, b));
      } else if (b == null) {
        edits.add(remove(child));
      } else {
        diff(child, a, b, edits);
      }
    }
  }
}
