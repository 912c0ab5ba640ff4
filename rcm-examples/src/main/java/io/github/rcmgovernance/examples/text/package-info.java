/** The words of the examples and of the {@code rcm} tool, in English and Spanish. */
@NullMarked
package io.github.rcmgovernance.examples.text;

import org.jspecify.annotations.NullMarked;
