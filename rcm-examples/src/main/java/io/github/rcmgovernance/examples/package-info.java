/**
 * Small programs that show how to embed the library: validating one decision, judging a meeting
 * under a derived charter, and adding a house rule with a severity override. Each has a {@code
 * main} method and a static method that returns what it prints, for tests.
 */
@NullMarked
package io.github.rcmgovernance.examples;

import org.jspecify.annotations.NullMarked;
