/** Tests of reading and running scenario files, and of the scenario schema. */
@NullMarked
package io.github.rcmgovernance.examples.scenario;

import org.jspecify.annotations.NullMarked;
