package io.github.rcmgovernance.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads and writes the model as JSON.
 *
 * <p>Reading is strict and all-or-nothing: unknown fields, missing required fields, values of the
 * wrong type, unknown enum constants, impossible values (such as a meeting that ends before it
 * starts) and trailing content are rejected with a {@link ModelInputException} that names the JSON
 * path and the reason; nothing is half-read. Documents are limited in size and nesting depth.
 * Writing then reading gives an equal object.
 *
 * <pre>{@code
 * RcmJson json = RcmJson.standard();
 * String text = json.write(decision);
 * try {
 *   Act act = json.readAct(text);
 *   History history = json.readHistory("{}");
 * } catch (ModelInputException e) {
 *   System.err.println(e.path() + ": " + e.reason());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads; {@link #standard()} is the one most
 * callers need.
 *
 * @since 0.1.0
 */
public final class RcmJson {
  /** The deepest nesting accepted in a document. */
  public static final int MAX_DEPTH = 64;

  /** The longest document accepted, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;

  private static final RcmJson STANDARD = new RcmJson();

  private final ObjectMapper mapper;

  private RcmJson() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxStringLength(1024 * 1024)
                    .maxNumberLength(32)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(new GuavaModule())
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            // null is never a value: absent fields are left out, never written as null.
            .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
            // A number or a boolean is not a string.
            .withCoercionConfig(
                LogicalType.Textual,
                c ->
                    c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new StrictModule())
            .build();
  }

  /** The standard reader and writer. */
  public static RcmJson standard() {
    return STANDARD;
  }

  /**
   * The underlying Jackson mapper, configured as described above, for embedding the model in a
   * larger JSON document. Do not reconfigure it.
   *
   * @return a copy of the mapper
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /**
   * Reads an act.
   *
   * @param json the JSON text
   * @return the act
   * @throws ModelInputException if the text is not a valid act
   */
  public Act readAct(String json) {
    return read(json, Act.class);
  }

  /**
   * Reads a history.
   *
   * @param json the JSON text
   * @return the history
   * @throws ModelInputException if the text is not a valid history
   */
  public History readHistory(String json) {
    return read(json, History.class);
  }

  /**
   * Reads a charter. Parameters left out take the built-in defaults; the statuses are required and
   * must name at least one party.
   *
   * @param json the JSON text
   * @return the charter
   * @throws ModelInputException if the text is not a valid charter
   */
  public Charter readCharter(String json) {
    return read(json, Charter.class);
  }

  /**
   * Reads any model type.
   *
   * @param json the JSON text
   * @param type the model type, such as {@code Act.class}
   * @param <T> the type
   * @return the value
   * @throws ModelInputException if the text is not a valid value of the type
   */
  public <T> T read(String json, Class<T> type) {
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new ModelInputException(
          "$", "json.tooLong", List.of(Integer.toString(MAX_DOCUMENT_LENGTH)), null);
    }
    T value;
    try {
      value = mapper.readValue(json, type);
    } catch (IOException e) {
      throw InputErrors.translate(e);
    }
    if (value == null) {
      throw new ModelInputException("$", "json.nullDocument", List.of(), null);
    }
    return value;
  }

  /**
   * Reads a model value from a JSON tree, as part of a larger document.
   *
   * @param node the tree
   * @param type the model type
   * @param pathPrefix the JSON path of the tree in the larger document, such as {@code $.act}
   * @param <T> the type
   * @return the value
   * @throws ModelInputException if the tree is not a valid value of the type
   */
  public <T> T read(JsonNode node, Class<T> type, String pathPrefix) {
    try (JsonParser parser = mapper.treeAsTokens(node)) {
      T value = mapper.readValue(parser, type);
      if (value == null) {
        throw new ModelInputException(pathPrefix, "json.nullValue", List.of(), null);
      }
      return value;
    } catch (IOException e) {
      ModelInputException inner = InputErrors.translate(e);
      String suffix = inner.path().substring(1);
      throw new ModelInputException(
          pathPrefix + suffix, inner.reasonKey(), inner.reasonArguments(), e);
    }
  }

  /**
   * Writes a model value as indented JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a model value as a JSON tree.
   *
   * @param value the value
   * @return the tree
   */
  public JsonNode toTree(Object value) {
    return mapper.valueToTree(value);
  }
}
