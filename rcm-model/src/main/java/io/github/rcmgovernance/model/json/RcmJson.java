package io.github.rcmgovernance.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.Converter;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
            .addModule(new IndexedLists())
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
          "$", "document is longer than " + MAX_DOCUMENT_LENGTH + " characters", null);
    }
    T value;
    try {
      value = mapper.readValue(json, type);
    } catch (IOException e) {
      throw translate(e);
    }
    if (value == null) {
      throw new ModelInputException("$", "document is null, expected an object", null);
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
        throw new ModelInputException(pathPrefix, "null, expected an object", null);
      }
      return value;
    } catch (IOException e) {
      ModelInputException inner = translate(e);
      String suffix = inner.path().substring(1);
      throw new ModelInputException(pathPrefix + suffix, inner.reason(), e);
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

  private static ModelInputException translate(IOException e) {
    if (e instanceof JsonMappingException mapping) {
      return new ModelInputException(path(mapping.getPath()), reason(mapping), e);
    }
    if (e instanceof JsonProcessingException processing) {
      return new ModelInputException("$", "malformed JSON: " + processing.getOriginalMessage(), e);
    }
    return new ModelInputException("$", "unreadable input: " + e.getMessage(), e);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder out = new StringBuilder("$");
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        out.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "'";
    }
    if (e instanceof InvalidTypeIdException typeId) {
      return typeId.getTypeId() == null
          ? "missing \"type\" naming the kind of act"
          : "unknown type '" + typeId.getTypeId() + "'";
    }
    if (e instanceof InvalidNullException invalidNull) {
      String name =
          invalidNull.getPropertyName() == null
              ? "here"
              : "for '" + invalidNull.getPropertyName().getSimpleName() + "'";
      return "null is not a value " + name + ": leave the field out or give a value";
    }
    if (e instanceof ValueInstantiationException instantiation) {
      Throwable cause = instantiation.getCause();
      return cause != null && cause.getMessage() != null
          ? cleanMissing(cause.getMessage())
          : "invalid value";
    }
    if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
      return "wrong type: expected a string, not " + format.getValue();
    }
    if (e instanceof InvalidFormatException format) {
      return "invalid value '"
          + format.getValue()
          + "' for "
          + format.getTargetType().getSimpleName()
          + rootCause(format);
    }
    if (e instanceof MismatchedInputException mismatch) {
      return "wrong type: " + firstLine(mismatch.getOriginalMessage());
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
      return cleanMissing(cause.getMessage());
    }
    return firstLine(e.getOriginalMessage());
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e.getCause();
    return cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "";
  }

  private static String cleanMissing(String message) {
    // Immutables reports missing attributes as "Cannot build X, some of required attributes are
    // not set [a, b]".
    int at = message.indexOf("some of required attributes are not set");
    if (at >= 0) {
      return "missing required field(s) " + message.substring(message.indexOf('[', at));
    }
    return firstLine(message);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline >= 0 ? message.substring(0, newline) : message;
  }

  /**
   * Reads {@code ImmutableList} fields through a plain list, so that an error inside an element
   * names the element's index in its JSON path.
   */
  private static final class IndexedLists extends SimpleModule {
    private static final long serialVersionUID = 1L;

    IndexedLists() {
      super("rcm-indexed-lists");
      SimpleDeserializers deserializers =
          new SimpleDeserializers() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> findCollectionDeserializer(
                CollectionType type,
                DeserializationConfig config,
                BeanDescription beanDesc,
                TypeDeserializer elementTypeDeserializer,
                JsonDeserializer<?> elementDeserializer) {
              if (type.getRawClass() == ImmutableList.class) {
                return new StdDelegatingDeserializer<Object>(
                    new ToImmutableList(type.getContentType()));
              }
              return null;
            }
          };
      deserializers.addDeserializer(LocalDate.class, new StrictDates());
      setDeserializers(deserializers);
    }
  }

  /** Dates are strings of the form {@code yyyy-MM-dd}: no time part, no array form. */
  private static final class StrictDates extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    StrictDates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return (LocalDate)
            ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date of the form yyyy-MM-dd");
      }
    }
  }

  private static final class ToImmutableList implements Converter<Object, Object> {
    private final JavaType content;

    ToImmutableList(JavaType content) {
      this.content = content;
    }

    @Override
    public Object convert(Object value) {
      return ImmutableList.copyOf((List<?>) value);
    }

    @Override
    public JavaType getInputType(TypeFactory typeFactory) {
      return typeFactory.constructCollectionType(ArrayList.class, content);
    }

    @Override
    public JavaType getOutputType(TypeFactory typeFactory) {
      return typeFactory.constructCollectionType(ImmutableList.class, content);
    }
  }
}
