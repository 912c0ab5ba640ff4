/** Tests of the example programs, and helpers the scenario and CLI tests share. */
@NullMarked
package io.github.rcmgovernance.examples;

import org.jspecify.annotations.NullMarked;
