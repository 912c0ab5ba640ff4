package io.github.rcmgovernance.model.canonical;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.time.PartialDate;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of a model value: a text that equal values share on every machine and in every
 * run, and that different values never share.
 *
 * <p>The form is JSON-like. An object is written with its attributes (the fields of the model's
 * value types) sorted by name; an absent optional attribute is left out. A party is its code, an
 * enum constant its name, a day its ISO form. A list marked {@link Sequence} keeps its order; any
 * other list, and every set, is written sorted by the canonical form of its elements, since no rule
 * depends on its order; a map is written sorted by key. A string is written between quotes with
 * every character outside printable ASCII, and the quote and backslash, escaped as {@code \\uXXXX}:
 * the encoding is lossless, lone surrogates included. Any {@code Map<String, ?>} or {@code
 * Collection} built by a caller is written the same way.
 *
 * <p>Thread-safe; the attributes of each type are worked out once.
 *
 * @since 0.1.0
 */
public final class CanonicalForm {
  private CanonicalForm() {}

  /**
   * The canonical text of a value.
   *
   * @param value a model value, or a map, collection, string, number, boolean, enum or day
   * @return its canonical text
   * @throws IllegalArgumentException if the value holds something the form does not know
   */
  public static String of(Object value) {
    StringBuilder out = new StringBuilder(64);
    write(checkNotNull(value, "value"), false, out);
    return out.toString();
  }

  /**
   * The SHA-256 of the canonical text of a value (UTF-8), in lower-case hexadecimal.
   *
   * @param value the value
   * @return 64 hexadecimal digits
   */
  public static String sha256(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(checkNotNull(value, "value"), false, out);
    // The canonical text is printable ASCII (everything else is escaped): one byte per char.
    return HexFormat.of()
        .formatHex(sha256().digest(out.toString().getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * The SHA-256 of a text (UTF-8), in lower-case hexadecimal.
   *
   * @param text the text; lone surrogates cannot occur in a canonical text
   * @return 64 hexadecimal digits
   */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static void write(Object value, boolean sequence, StringBuilder out) {
    if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Enum<?> e) {
      string(e.name(), out);
    } else if (value instanceof LocalDate d) {
      string(d.toString(), out);
    } else if (value instanceof PartialDate d) {
      // Its JSON form: a day is written as a day is.
      string(d.toString(), out);
    } else if (value instanceof Party p) {
      string(p.code(), out);
    } else if (value instanceof Optional<?> o) {
      write(o.orElseThrow(() -> new IllegalArgumentException("an empty Optional")), false, out);
    } else if (value instanceof OptionalInt o) {
      out.append(o.getAsInt());
    } else if (value instanceof Map<?, ?> map) {
      map(map, out);
    } else if (value instanceof Collection<?> c) {
      collection(c, sequence && c instanceof List, out);
    } else {
      object(value, out);
    }
  }

  private static void collection(Collection<?> elements, boolean keepOrder, StringBuilder out) {
    out.append('[');
    if (keepOrder || elements.size() < 2) {
      boolean first = true;
      for (Object e : elements) {
        out.append(first ? "" : ",");
        write(e, false, out);
        first = false;
      }
    } else {
      List<String> texts = new ArrayList<>(elements.size());
      for (Object e : elements) {
        texts.add(of(e));
      }
      texts.sort(null);
      out.append(String.join(",", texts));
    }
    out.append(']');
  }

  private static void map(Map<?, ?> map, StringBuilder out) {
    // Entries sorted by the canonical text of their keys; values written in place.
    TreeMap<String, Object> sorted = new TreeMap<>();
    map.forEach((k, v) -> sorted.put(of(k), v));
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      out.append(first ? "" : ",").append(e.getKey()).append(':');
      write(e.getValue(), false, out);
      first = false;
    }
    out.append('}');
  }

  private static void object(Object value, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (Attribute a : ATTRIBUTES.get(value.getClass())) {
      Object v = a.get(value);
      if (v == null
          || (v instanceof Optional<?> o && o.isEmpty())
          || (a.omitEmpty() && v instanceof Collection<?> c && c.isEmpty())) {
        continue;
      }
      out.append(first ? "" : ",").append(a.quotedName()).append(':');
      write(v, a.sequence(), out);
      first = false;
    }
    out.append('}');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    if (plain(s)) {
      out.append(s).append('"');
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    out.append('"');
  }

  /** Whether a string is printable ASCII without quote or backslash: written as it is. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /**
   * An attribute of a value type: a stored field of its implementation class, named as its JSON
   * form names it, and left out when empty if the JSON form leaves it out then.
   */
  private record Attribute(
      String name, String quotedName, Field field, boolean sequence, boolean omitEmpty) {
    Object get(Object owner) {
      try {
        return field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("attribute " + name + " cannot be read", e);
      }
    }
  }

  private static final ClassValue<List<Attribute>> ATTRIBUTES =
      new ClassValue<>() {
        @Override
        protected List<Attribute> computeValue(Class<?> type) {
          if (!type.getPackageName().startsWith("io.github.rcmgovernance.")) {
            throw new IllegalArgumentException(
                "no canonical form for " + type.getName() + ": not a model value");
          }
          TreeMap<String, Attribute> attributes = new TreeMap<>();
          for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
              continue;
            }
            f.setAccessible(true);
            Method accessor = accessor(type, f.getName());
            String name = f.getName();
            boolean omitEmpty = false;
            if (accessor != null) {
              JsonProperty property = accessor.getAnnotation(JsonProperty.class);
              if (property != null && !property.value().isEmpty()) {
                name = property.value();
              }
              JsonInclude include = accessor.getAnnotation(JsonInclude.class);
              omitEmpty = include != null && include.value() == JsonInclude.Include.NON_EMPTY;
            }
            StringBuilder quoted = new StringBuilder();
            string(name, quoted);
            attributes.put(
                name,
                new Attribute(
                    name, quoted.toString(), f, isSequence(type, f.getName()), omitEmpty));
          }
          return ImmutableList.copyOf(attributes.values());
        }
      };

  /** The value type's accessor of an attribute, declared on the type or a supertype. */
  private static @Nullable Method accessor(Class<?> type, String name) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      for (Method m : t.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0 && !m.isSynthetic()) {
          if (m.isAnnotationPresent(JsonProperty.class)
              || m.isAnnotationPresent(JsonInclude.class)) {
            return m;
          }
        }
      }
    }
    return null;
  }

  private static boolean isSequence(Class<?> type, String name) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      for (Method m : t.getDeclaredMethods()) {
        if (m.getName().equals(name)
            && m.getParameterCount() == 0
            && m.isAnnotationPresent(Sequence.class)) {
          return true;
        }
      }
    }
    return false;
  }
}
