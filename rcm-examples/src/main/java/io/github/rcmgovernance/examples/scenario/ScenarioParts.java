package io.github.rcmgovernance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.meeting.Meeting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts a scenario may take from other files: a history ({@code historyFile}, changed by {@code
 * historyChanges}) and an act ({@code actFile}, changed by the JSON Merge Patch {@code actPatch}).
 *
 * <p>A referenced path is relative to the scenario file and must name a file in the scenario's own
 * directory or below it: no absolute path, no {@code ..} out of it, no symbolic link that leads
 * out. A referenced file is read as strictly as a scenario, and its errors name it.
 */
final class ScenarioParts {
  private static final Set<String> CHANGE_FIELDS = Set.of("remove", "add");
  private static final Set<String> REMOVE_FIELDS =
      Set.of("meetings", "presidencyTerms", "recommendations", "planActivities", "agendas");
  private static final Set<String> TERM_FIELDS = Set.of("holder", "start");

  private final Path source;
  private final String file;

  ScenarioParts(Path source) {
    this.source = source;
    this.file = source.toString();
  }

  /** The history of {@code historyFile}, with {@code historyChanges} made to it. */
  History history(JsonNode reference, JsonNode changes) {
    Path part = resolve(reference, "$.historyFile");
    History base = read(part, History.class);
    if (changes == null) {
      return base;
    }
    String path = "$.historyChanges";
    requireObject(changes, path);
    checkFields(changes, path, CHANGE_FIELDS);
    History.Builder changed = History.builder().from(base);
    JsonNode remove = changes.get("remove");
    if (remove != null) {
      requireObject(remove, path + ".remove");
      checkFields(remove, path + ".remove", REMOVE_FIELDS);
      changed
          .meetings(without(base.meetings(), Meeting::id, remove, "meetings"))
          .recommendations(
              without(base.recommendations(), RecommendationRecord::id, remove, "recommendations"))
          .planActivities(
              without(base.planActivities(), PlanActivity::id, remove, "planActivities"))
          .agendas(without(base.agendas(), AgendaRecord::meetingId, remove, "agendas"))
          .presidencyTerms(
              without(
                  base.presidencyTerms(),
                  ScenarioParts::termKey,
                  termKeys(remove),
                  "presidencyTerms"));
    }
    JsonNode add = changes.get("add");
    if (add != null) {
      requireObject(add, path + ".add");
      History added = model(() -> RcmJson.standard().read(add, History.class, path + ".add"));
      changed
          .addAllMeetings(added.meetings())
          .addAllPresidencyTerms(added.presidencyTerms())
          .addAllRecommendations(added.recommendations())
          .addAllPlanActivities(added.planActivities())
          .addAllAgendas(added.agendas());
    }
    try {
      return changed.build();
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(
          file, path, "reason.invalidValue", List.of(String.valueOf(e.getMessage())), e);
    }
  }

  /** The act of {@code actFile}, with the merge patch {@code actPatch} applied to it. */
  Act act(JsonNode reference, JsonNode patch) {
    Path part = resolve(reference, "$.actFile");
    JsonNode tree = tree(part);
    Act base = read(part, tree, Act.class);
    if (patch == null) {
      return base;
    }
    requireObject(patch, "$.actPatch");
    JsonNode patched = MergePatch.apply(tree, patch);
    return model(() -> RcmJson.standard().read(patched, Act.class, "$.actPatch"));
  }

  private <T> List<T> without(
      List<T> entries, Function<T, String> id, JsonNode remove, String field) {
    JsonNode ids = remove.get(field);
    if (ids == null) {
      return entries;
    }
    String path = "$.historyChanges.remove." + field;
    if (!ids.isArray()) {
      throw fail(path, "reason.notIds", JsonKinds.describe(ids));
    }
    Set<String> drop = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!ids.get(i).isTextual()) {
        throw fail(path + "[" + i + "]", "reason.notId");
      }
      drop.add(ids.get(i).textValue());
    }
    for (String unknown : drop) {
      if (entries.stream().noneMatch(e -> id.apply(e).equals(unknown))) {
        throw fail(path, "reason.noEntry", unknown);
      }
    }
    return entries.stream().filter(e -> !drop.contains(id.apply(e))).toList();
  }

  /**
   * A presidency term is named by its holder and first day as written (a day, or {@code unknown}
   * for a term known only by its year): {@code {"holder": "MX", "start": "2024-01-01"}}.
   */
  private static String termKey(PresidencyTerm term) {
    return term.holder().code() + " " + term.startAsKnown();
  }

  /**
   * The terms to remove, as {@link #termKey} strings in a copy of {@code remove}, so that they are
   * checked like the ids of the other lists.
   */
  private JsonNode termKeys(JsonNode remove) {
    JsonNode terms = remove.get("presidencyTerms");
    if (terms == null) {
      return remove;
    }
    String path = "$.historyChanges.remove.presidencyTerms";
    if (!terms.isArray()) {
      throw fail(path, "reason.notTerms", JsonKinds.describe(terms));
    }
    ArrayNode keys = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < terms.size(); i++) {
      JsonNode term = terms.get(i);
      String at = path + "[" + i + "]";
      requireObject(term, at);
      checkFields(term, at, TERM_FIELDS);
      for (String field : TERM_FIELDS) {
        if (term.get(field) == null || !term.get(field).isTextual()) {
          throw fail(at + "." + field, "reason.mustBeString");
        }
      }
      keys.add(term.get("holder").textValue() + " " + term.get("start").textValue());
    }
    ObjectNode copy = ((ObjectNode) remove).deepCopy();
    copy.set("presidencyTerms", keys);
    return copy;
  }

  private Path resolve(JsonNode reference, String path) {
    if (!reference.isTextual() || reference.textValue().isBlank()) {
      throw fail(path, "reason.notFilePath", JsonKinds.describe(reference));
    }
    String name = reference.textValue();
    Path base = source.toAbsolutePath().getParent();
    Path relative;
    try {
      relative = Path.of(name);
    } catch (InvalidPathException e) {
      throw new ScenarioException(file, path, "reason.notAPath", List.of(name), e);
    }
    if (relative.isAbsolute()) {
      throw fail(path, "reason.absolute", name);
    }
    Path resolved = base.resolve(relative).normalize();
    if (!resolved.startsWith(base.normalize())) {
      throw fail(path, "reason.leadsOut", name);
    }
    if (!Files.isRegularFile(resolved)) {
      throw fail(path, "reason.noSuchPart", name);
    }
    try {
      if (!resolved.toRealPath().startsWith(base.toRealPath())) {
        throw fail(path, "reason.linkOut", name);
      }
    } catch (IOException e) {
      throw new ScenarioException(
          file, path, "reason.partIo", List.of(name, ScenarioReader.describe(e)), e);
    }
    return resolved;
  }

  private JsonNode tree(Path part) {
    String text;
    try {
      text = Files.readString(part, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(
          part.toString(), "$", "reason.model", List.of(ScenarioReader.describe(e)), e);
    }
    return ScenarioParser.tree(text, part.toString());
  }

  private <T> T read(Path part, Class<T> type) {
    return read(part, tree(part), type);
  }

  private <T> T read(Path part, JsonNode tree, Class<T> type) {
    if (!tree.isObject()) {
      throw new ScenarioException(
          part.toString(), "$", "reason.mustBeObject", List.of(JsonKinds.describe(tree)), null);
    }
    try {
      return RcmJson.standard().read(tree, type, "$");
    } catch (ModelInputException e) {
      throw ScenarioException.of(part.toString(), e);
    }
  }

  private <T> T model(java.util.function.Supplier<T> reader) {
    try {
      return reader.get();
    } catch (ModelInputException e) {
      throw ScenarioException.of(file, e);
    }
  }

  private void requireObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail(path, "reason.mustBeObject", JsonKinds.describe(node));
    }
  }

  private void checkFields(JsonNode object, String path, Set<String> known) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!known.contains(field.getKey())) {
        throw fail(path + "." + field.getKey(), "reason.unknownField", field.getKey());
      }
    }
  }

  private ScenarioException fail(String path, String key, Object... arguments) {
    return new ScenarioException(file, path, key, java.util.Arrays.asList(arguments), null);
  }
}
