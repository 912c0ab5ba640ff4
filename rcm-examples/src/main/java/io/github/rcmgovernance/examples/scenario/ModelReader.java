package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a part of a scenario with {@link RcmJson}'s path-aware reader, and completes the JSON path
 * of an error with the array indexes the model reader leaves out.
 *
 * <p>The model's lists do not report which element failed ({@code $.act.deciders.party} instead of
 * {@code $.act.deciders[1].party}). When that happens the failing element is found by reading the
 * part again with each candidate element alone in its array: the first element that reproduces the
 * same error (same path, same reason) is the culprit. Only failing input pays for the extra reads;
 * when no element reproduces the error, the path is reported as the model reader gave it.
 */
final class ModelReader {
  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

  private final JsonNode part;
  private final Class<?> type;
  private final String prefix;
  private final ModelInputException error;

  private ModelReader(JsonNode part, Class<?> type, String prefix, ModelInputException error) {
    this.part = part;
    this.type = type;
    this.prefix = prefix;
    this.error = error;
  }

  /**
   * Reads a model value from part of a larger document.
   *
   * @param part the JSON tree of the part
   * @param type the model type
   * @param prefix the JSON path of the part, such as {@code $.act}
   * @param <T> the type
   * @return the value
   * @throws ModelInputException if the part is not a valid value, with array indexes in its path
   */
  static <T> T read(JsonNode part, Class<T> type, String prefix) {
    try {
      return RcmJson.standard().read(part, type, prefix);
    } catch (ModelInputException e) {
      String path = new ModelReader(part, type, prefix, e).completePath();
      if (path.equals(e.path())) {
        throw e;
      }
      throw new ModelInputException(path, e.reason(), e);
    }
  }

  private String completePath() {
    List<Segment> segments = segments();
    if (segments == null) {
      return error.path();
    }
    JsonNode work = part.deepCopy();
    List<Segment> workPath = new ArrayList<>();
    StringBuilder completed = new StringBuilder(prefix);
    @Nullable JsonNode current = work;
    for (int k = 0; k <= segments.size(); k++) {
      @Nullable Segment next = k < segments.size() ? segments.get(k) : null;
      if (current instanceof ArrayNode array && (next == null || next.field() != null)) {
        int culprit = culprit(work, workPath, array);
        if (culprit < 0) {
          return error.path();
        }
        JsonNode element = array.get(culprit);
        array.removeAll();
        array.add(element);
        completed.append('[').append(culprit).append(']');
        workPath.add(new Segment(null, 0));
        current = element;
      }
      if (next == null) {
        break;
      }
      completed.append(next);
      workPath.add(next);
      current = current == null ? null : next.select(current);
    }
    return completed.toString();
  }

  private int culprit(JsonNode work, List<Segment> workPath, ArrayNode array) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode trial = work.deepCopy();
      @Nullable JsonNode target = trial;
      for (Segment s : workPath) {
        target = target == null ? null : s.select(target);
      }
      if (!(target instanceof ArrayNode trialArray)) {
        return -1;
      }
      JsonNode element = trialArray.get(i);
      trialArray.removeAll();
      trialArray.add(element);
      if (reproduces(trial)) {
        return i;
      }
    }
    return -1;
  }

  private boolean reproduces(JsonNode trial) {
    try {
      RcmJson.standard().read(trial, type, prefix);
      return false;
    } catch (ModelInputException e) {
      return e.path().equals(error.path()) && e.reason().equals(error.reason());
    }
  }

  /** The segments of the error's path below the prefix, or null when it cannot be parsed. */
  private @Nullable List<Segment> segments() {
    String path = error.path();
    if (!path.startsWith(prefix)) {
      return null;
    }
    String rest = path.substring(prefix.length());
    List<Segment> out = new ArrayList<>();
    Matcher m = SEGMENT.matcher(rest);
    int at = 0;
    while (at < rest.length()) {
      if (!m.find(at) || m.start() != at) {
        return null;
      }
      out.add(m.group(1) != null ? new Segment(m.group(1), -1) : new Segment(null, parse(m)));
      at = m.end();
    }
    return out;
  }

  private static int parse(Matcher m) {
    try {
      return Integer.parseInt(m.group(2));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A step of a JSON path: a field name, or an array index when the name is null. */
  private record Segment(@Nullable String field, int index) {
    @Nullable JsonNode select(JsonNode node) {
      return field != null ? node.get(field) : node.get(index);
    }

    @Override
    public String toString() {
      return field != null ? "." + field : "[" + index + "]";
    }
  }
}
