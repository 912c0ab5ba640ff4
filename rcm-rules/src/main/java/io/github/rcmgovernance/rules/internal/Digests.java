package io.github.rcmgovernance.rules.internal;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.rcmgovernance.model.canonical.CanonicalForm;

/**
 * Digests of the values a validator sees again and again: a charter and a history are hashed once
 * per instance and remembered while the instance lives (by identity: the cache holds its keys
 * weakly), so judging many acts against one history hashes the history once.
 */
public final class Digests {
  private static final LoadingCache<Object, String> BY_INSTANCE =
      CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(CanonicalForm::sha256));

  private Digests() {}

  /**
   * The digest of a value that callers reuse, such as a charter or a history.
   *
   * @param value the value
   * @return its SHA-256, computed once per instance
   */
  public static String ofShared(Object value) {
    return BY_INSTANCE.getUnchecked(value);
  }
}
