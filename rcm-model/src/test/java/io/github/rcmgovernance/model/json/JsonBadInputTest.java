package io.github.rcmgovernance.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.history.History;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Every class of bad input is rejected with a {@link ModelInputException} that names the JSON path
 * and the reason, and no mutation of a valid document escapes as any other exception.
 */
class JsonBadInputTest {
  private static final RcmJson JSON = RcmJson.standard();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static final String DECISION =
      """
      {
        "type": "decision",
        "id": "DEC-2024-1",
        "date": "2024-05-10",
        "decidedBy": {"body": "VICE_MINISTERIAL_CONFERENCE"},
        "forum": {"kind": "VICE_MINISTERIAL", "meetingId": "VM-2024"},
        "subject": "POLICY",
        "deciders": [
          {"party": "MX", "level": "DEPUTY_MINISTER", "service": "FOREIGN_AFFAIRS"},
          {"party": "GT", "level": "DEPUTY_MINISTER", "service": "FOREIGN_AFFAIRS"}
        ],
        "sessionClosed": true,
        "reviews": ["REC-2023-1"],
        "recordedIn": "Declaration of Panama"
      }
      """;

  private static final String PROPOSAL =
      """
      {"type": "meetingProposal", "id": "P-1",
       "meeting": {"id": "VM-2026", "kind": "VICE_MINISTERIAL", "number": 31,
                   "start": "2026-06-10", "end": "2026-06-11", "host": "PA"}}
      """;

  private static ModelInputException rejected(String json, Class<?> type) {
    ModelInputException e =
        catchThrowableOfType(ModelInputException.class, () -> JSON.read(json, type));
    assertThat(e).as("ModelInputException for %s", json).isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.path() + ": " + e.reason());
    return e;
  }

  private static ModelInputException rejectedAct(String json) {
    return rejected(json, Act.class);
  }

  // Unknown, missing and mistyped fields -------------------------------------------------------

  @Test
  void theExampleIsValid() {
    assertThat(JSON.readAct(DECISION).id()).isEqualTo("DEC-2024-1");
    assertThat(JSON.readAct(PROPOSAL).id()).isEqualTo("P-1");
  }

  @Test
  void unknownFieldIsNamedInThePath() {
    ModelInputException e =
        rejectedAct(DECISION.replace("\"subject\"", "\"colour\": 1, \"subject\""));
    assertThat(e.path()).isEqualTo("$.colour");
    assertThat(e.reason()).isEqualTo("unknown field 'colour'");
  }

  @Test
  void unknownNestedFieldIsNamedInThePath() {
    ModelInputException e =
        rejectedAct(
            DECISION.replace(
                "\"meetingId\": \"VM-2024\"", "\"meetingId\": \"VM-2024\", \"room\": \"B\""));
    assertThat(e.path()).isEqualTo("$.forum.room");
    assertThat(e.reason()).contains("unknown field 'room'");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    ModelInputException e = rejectedAct(DECISION.replace("\"subject\": \"POLICY\",", ""));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).isEqualTo("missing required field(s) [subject]");
  }

  @Test
  void missingNestedRequiredFieldNamesItsObject() {
    ModelInputException e = rejectedAct(PROPOSAL.replace("\"kind\": \"VICE_MINISTERIAL\",", ""));
    assertThat(e.path()).isEqualTo("$.meeting");
    assertThat(e.reason()).contains("missing required field(s)").contains("kind");
  }

  @Test
  void nullForARequiredFieldIsRejectedAtItsPath() {
    ModelInputException e = rejectedAct(DECISION.replace("\"POLICY\"", "null"));
    assertThat(e.path()).isEqualTo("$.subject");
    assertThat(e.reason()).contains("null");
  }

  @Test
  void stringWhereAListIsExpectedIsTheWrongType() {
    ModelInputException e = rejectedAct(DECISION.replace("[\"REC-2023-1\"]", "\"REC-2023-1\""));
    assertThat(e.path()).isEqualTo("$.reviews");
    assertThat(e.reason()).startsWith("wrong type:");
  }

  @Test
  void listWhereAnObjectIsExpectedIsTheWrongType() {
    ModelInputException e =
        rejectedAct(DECISION.replace("{\"body\": \"VICE_MINISTERIAL_CONFERENCE\"}", "[]"));
    assertThat(e.path()).isEqualTo("$.decidedBy");
    assertThat(e.reason()).startsWith("wrong type:");
  }

  @Test
  void numberOrStringWhereABooleanIsExpectedIsRejected() {
    ModelInputException quoted =
        rejectedAct(DECISION.replace("\"sessionClosed\": true", "\"sessionClosed\": \"true\""));
    assertThat(quoted.path()).isEqualTo("$.sessionClosed");
    assertThat(quoted.reason()).startsWith("wrong type:");
    ModelInputException number =
        rejectedAct(DECISION.replace("\"sessionClosed\": true", "\"sessionClosed\": 1"));
    assertThat(number.path()).isEqualTo("$.sessionClosed");
    assertThat(number.reason()).contains("'1'");
    ModelInputException none =
        rejectedAct(DECISION.replace("\"sessionClosed\": true", "\"sessionClosed\": null"));
    assertThat(none.path()).isEqualTo("$.sessionClosed");
    assertThat(none.reason()).contains("null");
  }

  @Test
  void stringOrFractionWhereANumberIsExpectedIsRejected() {
    ModelInputException quoted = rejectedAct(PROPOSAL.replace("31", "\"31\""));
    assertThat(quoted.path()).isEqualTo("$.meeting.number");
    assertThat(quoted.reason()).startsWith("wrong type:");
    ModelInputException fraction = rejectedAct(PROPOSAL.replace("31", "31.5"));
    assertThat(fraction.path()).isEqualTo("$.meeting.number");
    assertThat(fraction.reason()).contains("31.5");
    ModelInputException huge = rejectedAct(PROPOSAL.replace("31", "99999999999"));
    assertThat(huge.path()).isEqualTo("$.meeting.number");
    assertThat(huge.reason()).contains("out of range");
  }

  // Impossible values --------------------------------------------------------------------------

  @Test
  void impossibleDateIsRejected() {
    ModelInputException e = rejectedAct(DECISION.replace("2024-05-10", "2024-13-45"));
    assertThat(e.path()).isEqualTo("$.date");
    assertThat(e.reason()).contains("'2024-13-45'").contains("LocalDate");
  }

  @Test
  void thirtiethOfFebruaryIsRejected() {
    ModelInputException e = rejectedAct(DECISION.replace("2024-05-10", "2023-02-30"));
    assertThat(e.path()).isEqualTo("$.date");
    assertThat(e.reason()).contains("2023-02-30");
  }

  @Test
  void yearsOutsideFourDigitsAreRejected() {
    for (String day :
        List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "999-01-01")) {
      ModelInputException e = rejectedAct(DECISION.replace("2024-05-10", day));
      assertThat(e.path()).as(day).isEqualTo("$.date");
      assertThat(e.reason()).as(day).contains(day).contains("yyyy-MM-dd");
    }
    ModelInputException zero = rejectedAct(DECISION.replace("2024-05-10", "0000-12-31"));
    assertThat(zero.reason()).contains("0001 to 9999");
    assertThat(JSON.readAct(DECISION.replace("2024-05-10", "0999-01-01")).date())
        .isEqualTo(java.time.LocalDate.of(999, 1, 1));
    assertThat(JSON.readAct(DECISION.replace("2024-05-10", "9999-12-31")).date())
        .isEqualTo(java.time.LocalDate.of(9999, 12, 31));
  }

  @Test
  void unknownIsoCodeIsRejected() {
    ModelInputException e = rejectedAct(PROPOSAL.replace("\"PA\"", "\"XX\""));
    assertThat(e.path()).isEqualTo("$.meeting.host");
    assertThat(e.reason()).contains("XX").contains("ISO 3166-1");
  }

  @Test
  void unknownIsoCodeInAListIsRejected() {
    ModelInputException e = rejectedAct(DECISION.replace("\"GT\"", "\"XX\""));
    assertThat(e.path()).startsWith("$.deciders").endsWith(".party");
    assertThat(e.reason()).contains("XX").contains("ISO 3166-1");
  }

  @Test
  void malformedAcronymIsRejected() {
    ModelInputException e = rejectedAct(PROPOSAL.replace("\"PA\"", "\"iom\""));
    assertThat(e.path()).isEqualTo("$.meeting.host");
    assertThat(e.reason()).contains("acronym").contains("iom");
  }

  @Test
  void unknownEnumConstantIsRejected() {
    ModelInputException e = rejectedAct(DECISION.replace("\"POLICY\"", "\"POLICE\""));
    assertThat(e.path()).isEqualTo("$.subject");
    assertThat(e.reason()).contains("'POLICE'").contains("Subject");
  }

  @Test
  void enumAsNumberIsRejected() {
    ModelInputException e = rejectedAct(DECISION.replace("\"POLICY\"", "5"));
    assertThat(e.path()).isEqualTo("$.subject");
    assertThat(e.reason()).contains("'5'").contains("Subject");
  }

  @Test
  void meetingEndingBeforeItStartsIsRejected() {
    ModelInputException e = rejectedAct(PROPOSAL.replace("2026-06-11", "2026-06-09"));
    assertThat(e.path()).isEqualTo("$.meeting");
    assertThat(e.reason()).contains("end (2026-06-09)").contains("start (2026-06-10)");
  }

  @Test
  void viceMinisterialNumberZeroIsRejected() {
    ModelInputException e = rejectedAct(PROPOSAL.replace("31", "0"));
    assertThat(e.path()).isEqualTo("$.meeting");
    assertThat(e.reason()).contains("number").contains("1..3999");
  }

  @Test
  void actorNamingBothIsRejected() {
    ModelInputException e =
        rejectedAct(
            DECISION.replace(
                "{\"body\": \"VICE_MINISTERIAL_CONFERENCE\"}",
                "{\"body\": \"GRCM\", \"party\": \"MX\"}"));
    assertThat(e.path()).isEqualTo("$.decidedBy");
    assertThat(e.reason()).contains("exactly one of body and party");
  }

  @Test
  void duplicateMeetingIdsInAHistoryAreRejected() {
    String meeting =
        "{\"id\": \"EV-1\", \"kind\": \"SEMINAR\", \"start\": \"2024-05-01\", \"end\":"
            + " \"2024-05-01\"}";
    ModelInputException e =
        rejected("{\"meetings\": [" + meeting + ", " + meeting + "]}", History.class);
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).contains("Meeting.id EV-1 appears more than once");
  }

  @Test
  void impossibleCharterWindowIsRejected() {
    ModelInputException e =
        rejected(
            "{\"statuses\": [], \"viceMinisterialWindow\": {\"fromMonth\": 0, \"toMonth\": 3}}",
            Charter.class);
    assertThat(e.path()).isEqualTo("$.viceMinisterialWindow");
    assertThat(e.reason()).contains("fromMonth");
  }

  @Test
  void unknownPartyAsAMapKeyIsRejected() {
    ModelInputException e =
        rejected(
            "{\"statuses\": [], \"immigrationAuthorities\": {\"XX\": [\"INTERIOR\"]}}",
            Charter.class);
    assertThat(e.path()).isEqualTo("$.immigrationAuthorities");
    assertThat(e.reason()).contains("'XX'").contains("Party");
  }

  @Test
  void aServiceNamedTwiceIsRejectedNotDropped() {
    ModelInputException e =
        rejected(
            "{\"statuses\": [], \"immigrationAuthorities\": {\"MX\": [\"INTERIOR\","
                + " \"INTERIOR\"]}}",
            Charter.class);
    assertThat(e.path()).startsWith("$.immigrationAuthorities");
    assertThat(e.reason()).contains("INTERIOR").contains("more than once");
  }

  @Test
  void aBlankReferenceIsRejectedByName() {
    ModelInputException e = rejectedAct(DECISION.replace("[\"REC-2023-1\"]", "[\" \"]"));
    assertThat(e.reason()).contains("must not be blank");
    assertThat(e.reason()).containsPattern("Decision\\.(actsOn|reviews)");
  }

  @Test
  void nullInAListIsRejected() {
    ModelInputException e = rejectedAct(DECISION.replace("[\"REC-2023-1\"]", "[null]"));
    assertThat(e.path()).isEqualTo("$.reviews[0]");
    assertThat(e.reason()).contains("null");
  }

  // Kinds of act -------------------------------------------------------------------------------

  @Test
  void unknownActTypeIsRejected() {
    ModelInputException e = rejectedAct(DECISION.replace("\"decision\"", "\"decree\""));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).isEqualTo("unknown type 'decree'");
  }

  @Test
  void implementationClassNameIsNotAnActType() {
    ModelInputException e = rejectedAct(DECISION.replace("\"decision\"", "\"Decision\""));
    assertThat(e.reason()).isEqualTo("unknown type 'Decision'");
  }

  @Test
  void missingActTypeIsRejected() {
    ModelInputException e = rejectedAct(DECISION.replace("\"type\": \"decision\",", ""));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).isEqualTo("missing \"type\" naming the kind of act");
    ModelInputException none = rejectedAct(DECISION.replace("\"decision\"", "null"));
    assertThat(none.reason()).isEqualTo("missing \"type\" naming the kind of act");
  }

  @Test
  void fieldsOfAnotherKindOfActAreUnknown() {
    ModelInputException e = rejectedAct(DECISION.replace("\"decision\"", "\"facilitySupport\""));
    assertThat(e.reason()).startsWith("unknown field '");
  }

  // Malformed documents ------------------------------------------------------------------------

  @Test
  void malformedJsonIsRejected() {
    ModelInputException e = rejectedAct("{\"type\" \"decision\"}");
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).startsWith("malformed JSON:");
    assertThat(rejectedAct("{'type': 'decision'}").reason()).startsWith("malformed JSON:");
    assertThat(rejectedAct("{\"type\": \"decision\", /* c */ \"id\": \"D\"}").reason())
        .startsWith("malformed JSON:");
  }

  @Test
  void emptyDocumentIsRejected() {
    for (String empty : List.of("", "   ", "\n")) {
      ModelInputException e = rejectedAct(empty);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.reason()).contains("end-of-input");
    }
  }

  @Test
  void truncatedDocumentIsRejected() {
    ModelInputException e =
        rejectedAct(DECISION.substring(0, DECISION.indexOf("\"sessionClosed\"")));
    assertThat(e.path()).startsWith("$");
    assertThat(e.reason()).containsIgnoringCase("end-of-input");
  }

  @Test
  void trailingGarbageIsRejected() {
    ModelInputException token = rejectedAct(DECISION + " x");
    assertThat(token.path()).isEqualTo("$");
    assertThat(token.reason()).startsWith("malformed JSON:").contains("'x'");
    ModelInputException value = rejectedAct(DECISION + " {}");
    assertThat(value.path()).isEqualTo("$");
    assertThat(value.reason()).contains("Trailing token");
    ModelInputException comma = rejected("{\"statuses\": []},", Charter.class);
    assertThat(comma.path()).isEqualTo("$");
  }

  @Test
  void nestingDeeperThanTheLimitIsRejected() {
    int depth = RcmJson.MAX_DEPTH + 1;
    String deep = "[".repeat(depth) + "]".repeat(depth);
    ModelInputException e = rejectedAct("{\"extra\": " + deep + ", \"type\": \"decision\"}");
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).contains("nesting depth").contains(String.valueOf(RcmJson.MAX_DEPTH));
  }

  @Test
  void nestingUpToTheLimitIsParsed() {
    int depth = RcmJson.MAX_DEPTH - 1;
    String deep = "[".repeat(depth) + "]".repeat(depth);
    ModelInputException e = rejectedAct("{\"extra\": " + deep + ", \"type\": \"decision\"}");
    assertThat(e.path()).isEqualTo("$.extra");
    assertThat(e.reason()).isEqualTo("unknown field 'extra'");
  }

  @Test
  void duplicateKeysAreRejected() {
    ModelInputException e =
        rejectedAct(DECISION.replace("\"subject\"", "\"id\": \"D-2\", \"subject\""));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).contains("Duplicate field 'id'");
    ModelInputException nested =
        rejectedAct(PROPOSAL.replace("\"host\": \"PA\"", "\"host\": \"PA\", \"host\": \"MX\""));
    assertThat(nested.reason()).contains("Duplicate field 'host'");
  }

  @Test
  void tooLongDocumentIsRejectedBeforeParsing() {
    String longText = " ".repeat(RcmJson.MAX_DOCUMENT_LENGTH + 1);
    ModelInputException e = rejectedAct(longText);
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).contains("longer than");
    assertThat(e.reasonKey()).isEqualTo("json.tooLong");
  }

  @Test
  void aDocumentOfExactlyTheLimitIsParsed() {
    String atLimit = " ".repeat(RcmJson.MAX_DOCUMENT_LENGTH - 4) + "null";
    assertThat(atLimit).hasSize(RcmJson.MAX_DOCUMENT_LENGTH);
    // Parsed, and refused for what it says rather than for its length.
    assertThat(rejectedAct(atLimit).reasonKey()).isEqualTo("json.nullDocument");
  }

  @Test
  void reasonsCarryTheirKeyAndArgumentsForTranslation() {
    ModelInputException e = rejectedAct(DECISION.replace("\"subject\": \"POLICY\",", ""));
    assertThat(e.reasonKey()).isEqualTo("json.missingFields");
    assertThat(e.reasonArguments()).containsExactly("[subject]");
    assertThat(e.reason(java.util.Locale.forLanguageTag("es"))).contains("[subject]");
  }

  // Bugs ---------------------------------------------------------------------------------------

  @Test
  void jsonNullIsRejected() {
    for (Class<?> type : List.of(Act.class, History.class, Charter.class)) {
      ModelInputException e = rejected("null", type);
      assertThat(e.path()).isEqualTo("$");
    }
  }

  @Test
  void pathIntoAListNamesTheIndex() {
    ModelInputException e = rejectedAct(DECISION.replace("\"GT\"", "\"XX\""));
    assertThat(e.path()).isEqualTo("$.deciders[1].party");
  }

  @Test
  void charterWithoutStatusesIsRejected() {
    ModelInputException e = rejected("{}", Charter.class);
    assertThat(e.reason()).contains("statuses");
    assertThat(rejected("{\"statuses\": null}", Charter.class).reason()).contains("statuses");
  }

  @Test
  void nullImmigrationAuthorityIsRejected() {
    ModelInputException e =
        rejected("{\"statuses\": [], \"immigrationAuthorities\": {\"MX\": null}}", Charter.class);
    assertThat(e.path()).startsWith("$.immigrationAuthorities");
  }

  @Test
  void numberWhereAStringIsExpectedIsRejected() {
    String act =
        "{\"type\": \"facilitySupport\", \"id\": 5, \"date\": \"2024-01-02\", \"facility\":"
            + " \"PROCUREMENT\"}";
    ModelInputException e = rejectedAct(act);
    assertThat(e.path()).isEqualTo("$.id");
    assertThat(e.reason()).startsWith("wrong type:");
    assertThat(rejectedAct(act.replace("5", "true")).path()).isEqualTo("$.id");
  }

  @Test
  void dateInAnotherFormIsRejected() {
    String act =
        "{\"type\": \"facilitySupport\", \"id\": \"FS-1\", \"date\": \"2024-01-02\","
            + " \"facility\": \"PROCUREMENT\"}";
    assertThat(JSON.readAct(act).date()).isEqualTo(java.time.LocalDate.of(2024, 1, 2));
    assertThat(rejectedAct(act.replace("\"2024-01-02\"", "\"2024-01-02T10:00\"")).path())
        .isEqualTo("$.date");
    assertThat(rejectedAct(act.replace("\"2024-01-02\"", "[2024, 1, 2]")).path())
        .isEqualTo("$.date");
  }

  // Mutations ----------------------------------------------------------------------------------

  /** A valid document and the type to read it as. */
  record Doc(String json, Class<?> type) {}

  /** A random change to a document. */
  record Mutation(int kind, int where, int what) {
    static final String[] KINDS = {
      "delete a field", "replace a value", "insert an unknown field", "truncate", "edit a character"
    };

    @Override
    public String toString() {
      return KINDS[kind] + " at " + where + " with " + what;
    }
  }

  private static final List<JsonNode> WRONG_VALUES = wrongValues();

  private static List<JsonNode> wrongValues() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> values = new ArrayList<>();
    values.add(f.nullNode());
    values.add(f.textNode(""));
    values.add(f.textNode("text"));
    values.add(f.textNode("XX"));
    values.add(f.textNode("2024-13-45"));
    values.add(f.textNode("VICE_MINISTERIAL"));
    values.add(f.numberNode(0));
    values.add(f.numberNode(-1));
    values.add(f.numberNode(1.5));
    values.add(f.numberNode(99_999_999_999L));
    values.add(f.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
    values.add(f.booleanNode(true));
    values.add(f.arrayNode());
    values.add(f.arrayNode().add("x").add(3));
    values.add(f.objectNode());
    values.add(f.objectNode().put("body", "GRCM").put("party", "MX"));
    return values;
  }

  private static final String EDIT_CHARACTERS = "{}[]\",:0a-\\ n";

  private static Gen<Doc> documents() {
    Gen<Doc> acts =
        ModelGens.scenarios().map(s -> new Doc(JsonRoundTripTest.actJson(s.act()), Act.class));
    Gen<Doc> histories = ModelGens.histories().map(h -> new Doc(JSON.write(h), History.class));
    Gen<Doc> charters = ModelGens.charters().map(c -> new Doc(JSON.write(c), Charter.class));
    return Generate.frequency(
        List.of(
            org.quicktheories.api.Pair.of(6, acts),
            org.quicktheories.api.Pair.of(2, histories),
            org.quicktheories.api.Pair.of(2, charters)));
  }

  private static Gen<Mutation> mutations() {
    return SourceDSL.integers()
        .between(0, Mutation.KINDS.length - 1)
        .zip(
            SourceDSL.integers().between(0, 1_000_000),
            SourceDSL.integers().between(0, 1_000),
            Mutation::new);
  }

  /** Applies a mutation: changes the tree, or the text for truncation and character edits. */
  static String mutate(String json, Mutation m) {
    if (m.kind() == 3) {
      return json.substring(0, m.where() % json.length());
    }
    if (m.kind() == 4) {
      int at = m.where() % json.length();
      char c = EDIT_CHARACTERS.charAt(m.what() % EDIT_CHARACTERS.length());
      return json.substring(0, at) + c + json.substring(at + 1);
    }
    JsonNode root;
    try {
      root = PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    List<ContainerNode<?>> containers = new ArrayList<>();
    collect(root, containers);
    ContainerNode<?> target = containers.get(m.where() % containers.size());
    if (m.kind() == 2) {
      List<ObjectNode> objects =
          containers.stream()
              .filter(ObjectNode.class::isInstance)
              .map(ObjectNode.class::cast)
              .toList();
      ObjectNode object = objects.get(m.where() % objects.size());
      object.set("unexpected" + m.what(), WRONG_VALUES.get(m.what() % WRONG_VALUES.size()));
      return root.toString();
    }
    if (target.size() == 0) {
      return root.toString();
    }
    int index = m.what() % target.size();
    if (target instanceof ObjectNode object) {
      String field = fieldName(object, index);
      if (m.kind() == 0) {
        object.remove(field);
      } else {
        object.set(field, WRONG_VALUES.get(m.what() % WRONG_VALUES.size()));
      }
    } else {
      ArrayNode array = (ArrayNode) target;
      if (m.kind() == 0) {
        array.remove(index);
      } else {
        array.set(index, WRONG_VALUES.get(m.what() % WRONG_VALUES.size()));
      }
    }
    return root.toString();
  }

  private static void collect(JsonNode node, List<ContainerNode<?>> out) {
    if (node instanceof ContainerNode<?> container) {
      out.add(container);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }

  private static String fieldName(ObjectNode object, int index) {
    Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
    for (int i = 0; i < index; i++) {
      fields.next();
    }
    return fields.next().getKey();
  }

  // The limit guards against a reader that hangs on a mutated document, not against slowness: the
  // 600 documents take a few seconds on an idle machine, and shared build machines can be slow.
  @Test
  void mutatedDocumentsAreReadOrRejectedWithAModelInputException() {
    assertTimeoutPreemptively(
        Duration.ofMinutes(5),
        () ->
            qt().withExamples(600)
                .forAll(documents(), mutations())
                .checkAssert(
                    (doc, mutation) -> {
                      String text = mutate(doc.json(), mutation);
                      try {
                        Object value = JSON.read(text, doc.type());
                        assertThat(value).as("read %s", text).isNotNull();
                        assertThat(mutation.kind())
                            .as("unknown fields and truncations")
                            .isNotIn(2, 3);
                      } catch (ModelInputException e) {
                        assertThat(e.path()).startsWith("$");
                        assertThat(e.reason()).isNotBlank();
                        if (mutation.kind() == 2
                            && !doc.json().contains("immigrationAuthorities")) {
                          assertThat(e.path()).endsWith(".unexpected" + mutation.what());
                          assertThat(e.reason()).contains("unknown field 'unexpected");
                        }
                      }
                    }));
  }
}
