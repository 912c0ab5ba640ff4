package io.github.rcmgovernance.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.Converter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The model's stricter reading: {@code ImmutableList} fields are read through a plain list, so that
 * an error inside an element names the element's index in its JSON path, and dates are only strings
 * of the form {@code yyyy-MM-dd}.
 */
final class StrictModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  StrictModule() {
    super("rcm-strict");
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
            Class<?> raw = type.getRawClass();
            if (raw == ImmutableList.class || raw == ImmutableSet.class) {
              return new StdDelegatingDeserializer<Object>(
                  new ToImmutable(raw, type.getContentType()));
            }
            return null;
          }
        };
    deserializers.addDeserializer(LocalDate.class, new StrictDates());
    setDeserializers(deserializers);
  }

  /** Dates are strings of the form {@code yyyy-MM-dd}: no time part, no array form. */
  private static final class StrictDates extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    StrictDates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      // ISO-8601 also reads signed years of five or more digits (+999999999-12-31): not here.
      if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
        return (LocalDate)
            ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date of the form yyyy-MM-dd");
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return (LocalDate)
            ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date of the form yyyy-MM-dd");
      }
    }
  }

  /**
   * Reads a Guava immutable list or set from a JSON array. Sets are read from arrays that name each
   * element once: a repeated element is refused, never dropped without a word.
   */
  private static final class ToImmutable implements Converter<Object, Object> {
    private final Class<?> collection;
    private final JavaType content;

    ToImmutable(Class<?> collection, JavaType content) {
      this.collection = collection;
      this.content = content;
    }

    @Override
    public Object convert(Object value) {
      List<?> elements = (List<?>) value;
      if (collection == ImmutableList.class) {
        return ImmutableList.copyOf(elements);
      }
      ImmutableSet<?> set = ImmutableSet.copyOf(elements);
      if (set.size() < elements.size()) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        Object twice = elements.stream().filter(e -> !seen.add(e)).findFirst().orElseThrow();
        throw new InvalidValueException("check.listedTwice", List.of(String.valueOf(twice)));
      }
      return set;
    }

    @Override
    public JavaType getInputType(TypeFactory typeFactory) {
      return typeFactory.constructCollectionType(ArrayList.class, content);
    }

    @Override
    public JavaType getOutputType(TypeFactory typeFactory) {
      return typeFactory.constructCollectionType(
          collection.asSubclass(java.util.Collection.class), content);
    }
  }
}
