package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.json.RcmJson;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to change in an act for one violation to go away: a sentence for people and, where the
 * change is mechanical, {@link #edits()} that {@link #applyTo(Act)} performs on the act's JSON
 * form. A remedy with no edits needs a decision a program cannot take for the user (choose another
 * Member, have an event agreed first, …).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRemedy.class)
public abstract class Remedy {
  Remedy() {}

  /** What to change, in one sentence. */
  public abstract String description();

  /** The edits that make the change, in order; empty when it is not mechanical. */
  public abstract ImmutableList<Edit> edits();

  /** Whether {@link #applyTo(Act)} can make the change. */
  @Value.Derived
  public boolean mechanical() {
    return !edits().isEmpty();
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
   * A mechanical remedy.
   *
   * @param description what to change
   * @param edits the edits that make the change
   * @return the remedy
   */
  public static Remedy of(String description, Edit... edits) {
    return ImmutableRemedy.builder().description(description).addEdits(edits).build();
  }

  /**
   * Applies the edits to an act.
   *
   * @param act the act, usually the one the violation was reported on
   * @return the changed act
   * @throws IllegalStateException if the remedy is not mechanical
   * @throws io.github.rcmgovernance.model.json.ModelInputException if an edit does not fit the act
   */
  public final Act applyTo(Act act) {
    if (!mechanical()) {
      throw new IllegalStateException("this remedy is advice, not an edit: " + description());
    }
    RcmJson json = RcmJson.standard();
    ObjectNode tree = (ObjectNode) json.toTree(act);
    ObjectMapper mapper = json.mapper();
    for (Edit edit : edits()) {
      edit.applyTo(tree, mapper);
    }
    return json.read(tree, Act.class, "$");
  }

  /**
   * One change to the JSON form of an act. {@link #path()} is a JSON Pointer ({@code /deciders},
   * {@code /meeting/host}); {@link #value()} is JSON text.
   *
   * @since 0.1.0
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableEdit.class)
  public abstract static class Edit {
    Edit() {}

    /** The kind of change. */
    public enum Op {
      /** Set the field at the path to the value. */
      SET,
      /** Remove the field at the path. */
      REMOVE,
      /** Remove the elements of the array at the path that match the value (all its fields). */
      REMOVE_WHERE,
      /** Append the value to the array at the path. */
      ADD
    }

    /** The kind of change. */
    public abstract Op op();

    /** A JSON Pointer into the act. */
    public abstract String path();

    /** The value, as JSON text, for every operation but {@link Op#REMOVE}. */
    public abstract Optional<String> value();

    /**
     * An edit.
     *
     * @param op the kind of change
     * @param path a JSON Pointer into the act
     * @param value the value as JSON text
     * @return the edit
     */
    public static Edit of(Op op, String path, String value) {
      return ImmutableEdit.builder().op(op).path(path).value(value).build();
    }

    /**
     * An edit that removes a field.
     *
     * @param path a JSON Pointer into the act
     * @return the edit
     */
    public static Edit remove(String path) {
      return ImmutableEdit.builder().op(Op.REMOVE).path(path).build();
    }

    @Value.Check
    final void check() {
      if (!path().startsWith("/")) {
        throw new IllegalArgumentException(
            "path must be a JSON Pointer starting with /: " + path());
      }
      if ((op() == Op.REMOVE) == value().isPresent()) {
        throw new IllegalArgumentException(
            "value is required for " + op() + " and only for it (path " + path() + ")");
      }
    }

    final void applyTo(ObjectNode tree, ObjectMapper mapper) {
      int cut = path().lastIndexOf('/');
      String parentPath = path().substring(0, cut);
      String field = path().substring(cut + 1);
      JsonNode parent = parentPath.isEmpty() ? tree : tree.at(parentPath);
      if (!(parent instanceof ObjectNode object)) {
        throw new IllegalStateException("no object at " + parentPath + " in the act");
      }
      JsonNode value = value().map(v -> parse(mapper, v)).orElse(null);
      switch (op()) {
        case SET -> object.set(field, value);
        case REMOVE -> object.remove(field);
        case ADD -> array(object, field).add(value);
        case REMOVE_WHERE -> {
          ArrayNode array = array(object, field);
          for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
            if (matches(it.next(), value)) {
              it.remove();
            }
          }
        }
      }
    }

    private static ArrayNode array(ObjectNode object, String field) {
      JsonNode node = object.get(field);
      if (node == null) {
        return object.putArray(field);
      }
      if (!(node instanceof ArrayNode array)) {
        throw new IllegalStateException(field + " is not a list");
      }
      return array;
    }

    private static boolean matches(JsonNode element, JsonNode pattern) {
      if (!pattern.isObject()) {
        return element.equals(pattern);
      }
      for (Map.Entry<String, JsonNode> e : pattern.properties()) {
        if (!e.getValue().equals(element.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }

    private static JsonNode parse(ObjectMapper mapper, String text) {
      try {
        return mapper.readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("edit value is not JSON: " + text, e);
      }
    }
  }
}
