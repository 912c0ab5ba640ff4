/**
 * The {@code rcm} command-line tool, which runs scenario files and reports their verdicts as a
 * table or as JSON.
 */
@NullMarked
package io.github.rcmgovernance.examples.cli;

import org.jspecify.annotations.NullMarked;
