/** Tests of the {@code rcm} command line. */
@NullMarked
package io.github.rcmgovernance.examples.cli;

import org.jspecify.annotations.NullMarked;
