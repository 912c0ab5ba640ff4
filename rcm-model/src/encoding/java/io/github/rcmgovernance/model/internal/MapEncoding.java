package io.github.rcmgovernance.model.internal;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Map;
import java.util.Objects;
import org.immutables.encode.Encoding;

/**
 * How the value types hold a map: a Guava {@link ImmutableMap}, with builder and copy methods that
 * refuse a {@code null} key or value with a {@link NullPointerException} naming the map ({@code
 * "immigrationAuthorities key"}), where Guava's own builders name neither.
 *
 * <p>A template like {@link ListEncoding}: compiled before the model and copied into each generated
 * value class; {@code <*>} in a string stands for the attribute's name.
 */
@Encoding
final class MapEncoding<K, V> {
  @Encoding.Impl private ImmutableMap<K, V> value = ImmutableMap.of();

  @Encoding.Expose
  ImmutableMap<K, V> get() {
    return value;
  }

  /**
   * Copies this value with the given map as {@code <*>}.
   *
   * @param entries the new {@code <*>}
   * @return a copy of this value, or this value if {@code entries} is its own {@code <*>}
   */
  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  ImmutableMap<K, V> withMap(ImmutableMap<K, V> entries) {
    return Objects.requireNonNull(entries, "<*>");
  }

  /**
   * Copies this value with {@code <*>} replaced by the given entries.
   *
   * @param entries the new entries of {@code <*>}, no key or value {@code null}
   * @return a copy of this value, or this value if {@code entries} is its own {@code <*>}
   * @throws NullPointerException naming {@code <*>} if a key or value is {@code null}
   */
  @Encoding.Copy
  @Encoding.Naming(standard = Encoding.StandardNaming.WITH)
  ImmutableMap<K, V> with(Map<? extends K, ? extends V> entries) {
    if (entries == value) {
      return value;
    }
    return copyOf(entries);
  }

  /** The entries as a map, checked before anything is kept: a null key or value keeps nothing. */
  private static <K, V> ImmutableMap<K, V> copyOf(Map<? extends K, ? extends V> entries) {
    ImmutableMap.Builder<K, V> copy = ImmutableMap.builder();
    for (Map.Entry<? extends K, ? extends V> entry :
        Objects.requireNonNull(entries, "<*>").entrySet()) {
      copy.put(
          Objects.requireNonNull(entry.getKey(), "<*> key"),
          Objects.requireNonNull(entry.getValue(), "<*> value"));
    }
    return copy.buildOrThrow();
  }

  @Encoding.Builder
  static final class Builder<K, V> {
    private ImmutableMap.Builder<K, V> entries = ImmutableMap.builder();

    /**
     * Puts one entry in {@code <*>}.
     *
     * @param key the key, not {@code null}
     * @param value the value, not {@code null}
     * @return this builder
     * @throws NullPointerException naming {@code <*>} if the key or value is {@code null}
     */
    @CanIgnoreReturnValue
    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    void put(K key, V value) {
      entries.put(
          Objects.requireNonNull(key, "<*> key"), Objects.requireNonNull(value, "<*> value"));
    }

    /**
     * Puts one entry in {@code <*>}.
     *
     * @param entry the entry, with no {@code null} key or value
     * @return this builder
     * @throws NullPointerException naming {@code <*>} if the key or value is {@code null}
     */
    @CanIgnoreReturnValue
    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    void putEntry(Map.Entry<? extends K, ? extends V> entry) {
      Objects.requireNonNull(entry, "<*> entry");
      put(entry.getKey(), entry.getValue());
    }

    /**
     * Puts every entry of the given map in {@code <*>}, all or none.
     *
     * @param more the entries, no key or value {@code null}
     * @return this builder
     * @throws NullPointerException naming {@code <*>} if a key or value is {@code null}; then none
     *     of the entries is put
     */
    @CanIgnoreReturnValue
    @Encoding.Init
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT_ALL)
    void putAll(Map<? extends K, ? extends V> more) {
      entries.putAll(copyOf(more));
    }

    /**
     * Sets {@code <*>} to the given entries, replacing any put before. {@code from(value)} uses it
     * too: it replaces the entries, it does not add to them.
     *
     * @param all the entries, no key or value {@code null}
     * @return this builder
     * @throws NullPointerException naming {@code <*>} if a key or value is {@code null}; then the
     *     builder keeps the entries it had
     */
    @CanIgnoreReturnValue
    @Encoding.Init
    @Encoding.Copy
    void set(Map<? extends K, ? extends V> all) {
      ImmutableMap<K, V> checked = copyOf(all);
      entries = ImmutableMap.<K, V>builder().putAll(checked);
    }

    @Encoding.Build
    ImmutableMap<K, V> build() {
      return entries.buildOrThrow();
    }
  }
}
