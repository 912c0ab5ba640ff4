package io.github.rcmgovernance.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.List;

/**
 * Turns Jackson's errors into {@link ModelInputException}s that name the JSON path and the reason.
 */
final class InputErrors {
  private InputErrors() {}

  static ModelInputException translate(IOException e) {
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
}
