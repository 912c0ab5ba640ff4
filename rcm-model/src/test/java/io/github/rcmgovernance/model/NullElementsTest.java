package io.github.rcmgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.reflect.ClassPath;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.plan.Plan;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} element, key or value given to a list or map of a value type is refused at once
 * with a {@link NullPointerException} that names the list or map, through every builder method and
 * every copy ({@code with*}) method. The methods are found by reflection over every value type with
 * a builder, so a list added later is checked too.
 */
class NullElementsTest {
  /** Lists of the value types with builders: 22, and one map (a charter's authorities). */
  private static final int LISTS = 22;

  private static final int MAPS = 1;

  @Test
  void everyBuilderMethodNamesTheListOrMapOfANullElement() throws Exception {
    Set<String> checked = new TreeSet<>();
    for (Class<?> type : valueTypesWithBuilders()) {
      Map<String, Class<?>> collections = collectionAccessors(type);
      for (Method method : type.getMethod("builder").getReturnType().getMethods()) {
        String name = method.getName();
        Class<?>[] parameters = method.getParameterTypes();
        String attribute = attributeOf(name, collections);
        if (attribute == null || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        boolean map = collections.get(attribute) == ImmutableMap.class;
        if (parameters.length == 2 && map) {
          expectNamed(freshBuilder(type), method, attribute + " key", null, ImmutableSet.of());
          expectNamed(
              freshBuilder(type), method, attribute + " value", Party.state("MX"), (Object) null);
        } else if (parameters.length == 1 && parameters[0] == Map.Entry.class) {
          expectNamed(
              freshBuilder(type),
              method,
              attribute + " key",
              new AbstractMap.SimpleEntry<>(null, ImmutableSet.of()));
        } else if (parameters.length == 1 && parameters[0] == Map.class) {
          expectNamed(freshBuilder(type), method, attribute + " key", mapWithNullKey());
        } else if (parameters.length == 1 && !map) {
          expectNamed(
              freshBuilder(type), method, attribute + " element", nullElementFor(parameters[0]));
        } else {
          continue;
        }
        checked.add(type.getSimpleName() + "." + name + Arrays.toString(parameters));
      }
    }
    // Per list: add(E), add(E...), addAll(Iterable), set(Iterable); per map: put(K, V),
    // put(Entry), putAll(Map), set(Map).
    assertThat(checked).hasSize(4 * LISTS + 4 * MAPS);
  }

  @Test
  void everyCopyMethodNamesTheListOrMapOfANullElement() {
    Set<String> checked = new TreeSet<>();
    qt().withFixedSeed(20261207L)
        .withExamples(300)
        .forAll(ModelGens.acts())
        .checkAssert(
            act -> {
              checked.addAll(checkCopies(act));
              checked.addAll(checkCopies(Plan.of(act)));
            });
    qt().withFixedSeed(20261207L)
        .withExamples(20)
        .forAll(ModelGens.histories())
        .checkAssert(
            history -> {
              checked.addAll(checkCopies(history));
              history.meetings().forEach(meeting -> checked.addAll(checkCopies(meeting)));
            });
    checked.addAll(checkCopies(Charter.rcm()));

    // Per list: with(E...), with(Iterable); per map: with(Map). Lists of types no generated value
    // has (none today) would make this count fall short.
    assertThat(checked).hasSize(2 * LISTS + MAPS);
  }

  @Test
  void aNullListOrMapIsNamedToo() {
    assertThat(catchThrowable(() -> History.builder().addAllMeetings(null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("meetings");
    assertThat(catchThrowable(() -> Charter.builder().putAllImmigrationAuthorities(null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("immigrationAuthorities");
    assertThat(catchThrowable(() -> Charter.rcm().withRotationOrder((Iterable<Party>) null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rotationOrder");
  }

  @Test
  void copiesKeepTheirElementsAndOrder() {
    Charter charter = Charter.rcm();
    ImmutableList<Party> reversed = charter.rotationOrder().reverse();
    assertThat(charter.withRotationOrder(reversed).rotationOrder()).isEqualTo(reversed);
    assertThat(charter.withRotationOrder(reversed.toArray(new Party[0])).rotationOrder())
        .isEqualTo(reversed);
    assertThat(charter.withRotationOrder(charter.rotationOrder())).isSameAs(charter);
    assertThat(charter.withImmigrationAuthorities(charter.immigrationAuthorities()))
        .isSameAs(charter);
    assertThat(
            Charter.builder()
                .from(charter)
                .immigrationAuthorities(ImmutableMap.of())
                .build()
                .immigrationAuthorities())
        .isEmpty();
  }

  @Test
  void aRefusedListOrMapChangesNothingInTheBuilder() {
    Party mx = Party.state("MX");
    Party gt = Party.state("GT");
    Charter charter = Charter.rcm();
    Charter.Builder builder = Charter.builder().from(charter);
    assertThat(catchThrowable(() -> builder.addRotationOrder(gt, null)))
        .hasMessage("rotationOrder element");
    assertThat(catchThrowable(() -> builder.addAllRotationOrder(Arrays.asList(mx, null))))
        .hasMessage("rotationOrder element");
    assertThat(catchThrowable(() -> builder.rotationOrder(Arrays.asList(mx, null))))
        .hasMessage("rotationOrder element");
    Map<Party, ImmutableSet<Service>> half = new HashMap<>();
    half.put(gt, ImmutableSet.of());
    half.put(mx, null);
    assertThat(catchThrowable(() -> builder.putAllImmigrationAuthorities(half)))
        .hasMessage("immigrationAuthorities value");
    assertThat(catchThrowable(() -> builder.immigrationAuthorities(half)))
        .hasMessage("immigrationAuthorities value");

    assertThat(builder.build()).isEqualTo(charter);
  }

  /**
   * {@code from} sets lists and maps to the value's, as it sets every other field (docs/model.md).
   */
  @Test
  void fromReplacesWhatTheBuilderHeldAndAddingAfterItAppends() {
    Charter charter = Charter.rcm().withRotationOrder(Party.state("MX"), Party.state("GT"));
    Party first = charter.rotationOrder().get(0);
    Party extra = Party.state("PA");
    Charter rebuilt =
        Charter.builder()
            .from(charter)
            .addRotationOrder(extra)
            .putImmigrationAuthority(extra, ImmutableSet.of())
            .build();
    assertThat(rebuilt.rotationOrder()).startsWith(charter.rotationOrder().toArray(new Party[0]));
    assertThat(rebuilt.rotationOrder()).endsWith(extra).hasSize(charter.rotationOrder().size() + 1);
    assertThat(rebuilt.immigrationAuthorities()).containsKey(extra);

    Charter.Builder builder =
        Charter.builder().addRotationOrder(extra).putImmigrationAuthority(extra, ImmutableSet.of());
    Charter replaced = builder.from(charter).build();
    assertThat(replaced).isEqualTo(charter);
    assertThat(replaced.rotationOrder()).doesNotContain(extra).first().isEqualTo(first);
    assertThat(replaced.immigrationAuthorities()).doesNotContainKey(extra);
  }

  // Helpers --------------------------------------------------------------------------------------

  private static Set<String> checkCopies(Object value) {
    Set<String> checked = new TreeSet<>();
    Class<?> type = publicType(value.getClass());
    Map<String, Class<?>> collections = collectionAccessors(type);
    for (Method method : type.getMethods()) {
      String name = method.getName();
      if (!name.startsWith("with") || method.getParameterCount() != 1) {
        continue;
      }
      String attribute = decapitalize(name.substring(4));
      Class<?> parameter = method.getParameterTypes()[0];
      if (!collections.containsKey(attribute)
          || parameter == ImmutableList.class
          || parameter == ImmutableMap.class) {
        continue; // an immutable collection cannot hold null
      }
      if (parameter == Map.class) {
        expectNamed(value, method, attribute + " key", mapWithNullKey());
      } else {
        expectNamed(value, method, attribute + " element", nullElementFor(parameter));
      }
      checked.add(type.getSimpleName() + "." + name + "(" + parameter.getSimpleName() + ")");
    }
    return checked;
  }

  private static void expectNamed(Object target, Method method, String message, Object... args) {
    Throwable thrown;
    try {
      method.invoke(target, args);
      thrown = null;
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    assertThat(thrown)
        .as("%s.%s", target.getClass().getSimpleName(), method)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(message);
  }

  /** A list or array holding one {@code null}, for a method taking {@code parameter}. */
  private static Object nullElementFor(Class<?> parameter) {
    if (parameter.isArray()) {
      return Array.newInstance(parameter.getComponentType(), 1);
    }
    if (parameter == Iterable.class) {
      return Arrays.asList((Object) null);
    }
    return null; // a single element
  }

  private static Map<Object, Object> mapWithNullKey() {
    Map<Object, Object> map = new HashMap<>();
    map.put(null, ImmutableSet.of());
    return map;
  }

  private static Object freshBuilder(Class<?> type) {
    try {
      return type.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The list and map accessors of a value type, by attribute name. */
  private static Map<String, Class<?>> collectionAccessors(Class<?> type) {
    Map<String, Class<?>> accessors = new HashMap<>();
    for (Method method : type.getMethods()) {
      Class<?> returned = method.getReturnType();
      if (method.getParameterCount() == 0
          && Modifier.isAbstract(method.getModifiers())
          && (returned == ImmutableList.class || returned == ImmutableMap.class)
          && method.getGenericReturnType() instanceof ParameterizedType) {
        accessors.put(method.getName(), returned);
      }
    }
    return accessors;
  }

  /** The attribute a builder method fills, or {@code null} if it fills no list or map. */
  private static String attributeOf(String method, Map<String, Class<?>> collections) {
    for (String attribute : collections.keySet()) {
      String capitalized = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
      String singular = singular(capitalized);
      if (method.equals(attribute)
          || method.equals("add" + capitalized)
          || method.equals("add" + singular)
          || method.equals("addAll" + capitalized)
          || method.equals("put" + singular)
          || method.equals("putAll" + capitalized)) {
        return attribute;
      }
    }
    return null;
  }

  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Class<?> publicType(Class<?> implementation) {
    Class<?> type = implementation;
    while (!Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    return type;
  }

  private static Set<Class<?>> valueTypesWithBuilders() throws IOException {
    Set<Class<?>> types = new java.util.LinkedHashSet<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(Act.class.getClassLoader())
            .getTopLevelClassesRecursive("io.github.rcmgovernance.model")) {
      if (info.getPackageName().contains(".gen") || info.getName().endsWith("Test")) {
        continue;
      }
      Class<?> type = info.load();
      if (!Modifier.isPublic(type.getModifiers()) || !Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      try {
        Method builder = type.getMethod("builder");
        if (Modifier.isStatic(builder.getModifiers())) {
          types.add(type);
        }
      } catch (NoSuchMethodException e) {
        // not a value type with a builder
      }
    }
    assertThat(types).contains(Charter.class, History.class);
    return types;
  }
}
