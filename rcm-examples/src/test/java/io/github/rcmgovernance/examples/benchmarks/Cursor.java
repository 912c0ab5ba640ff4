package io.github.rcmgovernance.examples.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A position in a list of inputs, one per benchmark thread, so that threads never contend on it.
 * Each call moves to the next input and wraps around at the end.
 */
@State(Scope.Thread)
public class Cursor {
  private int next;

  /**
   * The index to use now; the following call gives the next one.
   *
   * @param size the size of the list, at least 1
   * @return an index in {@code [0, size)}
   */
  public int next(int size) {
    int i = next < size ? next : 0;
    next = i + 1;
    return i;
  }
}
