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
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
