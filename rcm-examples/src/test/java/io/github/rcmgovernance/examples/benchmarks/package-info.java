/**
 * JMH benchmarks of the validator, and the cold-start and retained-heap probes; see {@code
 * docs/performance.md}. Run with the {@code benchmarks} Maven profile of rcm-examples.
 */
@NullMarked
package io.github.rcmgovernance.examples.benchmarks;

import org.jspecify.annotations.NullMarked;
