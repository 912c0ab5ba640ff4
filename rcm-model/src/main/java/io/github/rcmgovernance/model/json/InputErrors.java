package io.github.rcmgovernance.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Turns Jackson's errors into {@link ModelInputException}s that name the JSON path and the reason.
 */
final class InputErrors {
  private InputErrors() {}

  /** A reason as data: its key in the model's bundle and its arguments. */
  record Reason(String key, List<String> arguments) {
    static Reason of(String key, Object... arguments) {
      return new Reason(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
  }

  static ModelInputException translate(IOException e) {
    if (e instanceof JsonMappingException mapping) {
      Reason r = reason(mapping);
      return new ModelInputException(path(mapping.getPath()), r.key(), r.arguments(), e);
    }
    if (e instanceof JsonProcessingException processing) {
      return new ModelInputException(
          "$", "json.malformed", List.of(String.valueOf(processing.getOriginalMessage())), e);
    }
    return new ModelInputException(
        "$", "json.unreadable", List.of(String.valueOf(e.getMessage())), e);
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

  private static Reason reason(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return Reason.of("json.unknownField", unknown.getPropertyName());
    }
    if (e instanceof InvalidTypeIdException typeId) {
      return typeId.getTypeId() == null
          ? Reason.of("json.missingType")
          : Reason.of("json.unknownType", typeId.getTypeId());
    }
    if (e instanceof InvalidNullException invalidNull) {
      return invalidNull.getPropertyName() == null
          ? Reason.of("json.nullHere")
          : Reason.of("json.nullFor", invalidNull.getPropertyName().getSimpleName());
    }
    if (e instanceof ValueInstantiationException instantiation) {
      Throwable cause = instantiation.getCause();
      return cause != null && cause.getMessage() != null
          ? fromCause(cause)
          : Reason.of("json.invalid");
    }
    if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
      return Reason.of("json.notAString", format.getValue());
    }
    if (e instanceof InvalidFormatException format) {
      String type = format.getTargetType().getSimpleName();
      Throwable cause = format.getCause();
      if (cause instanceof InvalidValueException invalid) {
        return Reason.of("json.invalidValueBecause", format.getValue(), type, invalid.getMessage());
      }
      if (format.getTargetType() == LocalDate.class) {
        return Reason.of("json.invalidDate", format.getValue());
      }
      return cause != null && cause.getMessage() != null
          ? Reason.of("json.invalidValueBecause", format.getValue(), type, cause.getMessage())
          : Reason.of("json.invalidValue", format.getValue(), type);
    }
    if (e instanceof MismatchedInputException mismatch) {
      return Reason.of("json.wrongType", firstLine(mismatch.getOriginalMessage()));
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
      return fromCause(cause);
    }
    return Reason.of("json.other", firstLine(e.getOriginalMessage()));
  }

  /** The reason a value's own check gave, or Immutables' report of missing fields. */
  private static Reason fromCause(Throwable cause) {
    if (cause instanceof InvalidValueException invalid) {
      return new Reason(invalid.key(), invalid.arguments());
    }
    // Immutables reports missing attributes as "Cannot build X, some of required attributes are
    // not set [a, b]".
    String message = cause.getMessage();
    int at = message.indexOf("some of required attributes are not set");
    if (at >= 0) {
      return Reason.of("json.missingFields", message.substring(message.indexOf('[', at)));
    }
    return Reason.of("json.other", firstLine(message));
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline >= 0 ? message.substring(0, newline) : message;
  }
}
