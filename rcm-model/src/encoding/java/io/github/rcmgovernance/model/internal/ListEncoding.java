package io.github.rcmgovernance.model.internal;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.Objects;
import org.immutables.encode.Encoding;

/**
 * How the value types hold a list: a Guava {@link ImmutableList}, with builder and copy methods
 * that refuse a {@code null} element with a {@link NullPointerException} naming the list ({@code
 * "deciders element"}), where Guava's own builders name only an index.
 *
 * <p>This class is a template that the annotation processor reads from source; it is compiled
 * before the model (see the {@code encodings} execution of this module's build) and its code is
 * copied into every generated value class, once per list attribute. {@code <*>} in a string stands
 * for the attribute's name.
 */
@Encoding
final class ListEncoding<T> {
  @Encoding.Impl private ImmutableList<T> value = ImmutableList.of();

  @Encoding.Expose
  ImmutableList<T> get() {
    return value;
  }

  /**
   * Copies this value with the given list as {@code <*>}.
   *
   * @param elements the new {@code <*>}
   * @return a copy of this value, or this value if {@code elements} is its own {@code <*>}
   */
  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  ImmutableList<T> withList(ImmutableList<T> elements) {
    return Objects.requireNonNull(elements, "<*>");
  }

  /**
   * Copies this value with {@code <*>} replaced by the given elements.
   *
   * @param elements the new elements of {@code <*>}, none of them {@code null}
   * @return a copy of this value
   * @throws NullPointerException naming {@code <*>} if an element is {@code null}
   */
  @SafeVarargs
  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  final ImmutableList<T> withArray(T... elements) {
    return copyOf(Arrays.asList(Objects.requireNonNull(elements, "<*>")));
  }

  /**
   * Copies this value with {@code <*>} replaced by the given elements.
   *
   * @param elements the new elements of {@code <*>}, none of them {@code null}
   * @return a copy of this value, or this value if {@code elements} is its own {@code <*>}
   * @throws NullPointerException naming {@code <*>} if an element is {@code null}
   */
  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  ImmutableList<T> withIterable(Iterable<? extends T> elements) {
    if (elements == value) {
      return value;
    }
    return copyOf(elements);
  }

  /** The elements as a list, checked before anything is kept: a null element keeps nothing. */
  private static <T> ImmutableList<T> copyOf(Iterable<? extends T> elements) {
    ImmutableList.Builder<T> copy = ImmutableList.builder();
    for (T element : Objects.requireNonNull(elements, "<*>")) {
      copy.add(Objects.requireNonNull(element, "<*> element"));
    }
    return copy.build();
  }

  @Encoding.Builder
  static final class Builder<T> {
    private ImmutableList.Builder<T> elements = ImmutableList.builder();

    /**
     * Adds one element to {@code <*>}.
     *
     * @param element the element, not {@code null}
     * @return this builder
     * @throws NullPointerException naming {@code <*>} if {@code element} is {@code null}
     */
    @CanIgnoreReturnValue
    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    void add(T element) {
      elements.add(Objects.requireNonNull(element, "<*> element"));
    }

    /**
     * Adds elements to {@code <*>}, all or none.
     *
     * @param more the elements, none of them {@code null}
     * @return this builder
     * @throws NullPointerException naming {@code <*>} if an element is {@code null}; then none of
     *     the elements is added
     */
    @SafeVarargs
    @CanIgnoreReturnValue
    @Encoding.Init
    @Encoding.Naming("add*")
    final void addArray(T... more) {
      addAll(Arrays.asList(Objects.requireNonNull(more, "<*>")));
    }

    /**
     * Adds elements to {@code <*>}, all or none.
     *
     * @param more the elements, none of them {@code null}
     * @return this builder
     * @throws NullPointerException naming {@code <*>} if an element is {@code null}; then none of
     *     the elements is added
     */
    @CanIgnoreReturnValue
    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD_ALL)
    void addAll(Iterable<? extends T> more) {
      elements.addAll(copyOf(more));
    }

    /**
     * Sets {@code <*>} to the given elements, replacing any added before. {@code from(value)} uses
     * it too: it replaces the elements, it does not add to them.
     *
     * @param all the elements, none of them {@code null}
     * @return this builder
     * @throws NullPointerException naming {@code <*>} if an element is {@code null}; then the
     *     builder keeps the elements it had
     */
    @CanIgnoreReturnValue
    @Encoding.Init
    @Encoding.Copy
    void set(Iterable<? extends T> all) {
      ImmutableList<T> checked = copyOf(all);
      elements = ImmutableList.<T>builder().addAll(checked);
    }

    @Encoding.Build
    ImmutableList<T> build() {
      return elements.build();
    }
  }
}
