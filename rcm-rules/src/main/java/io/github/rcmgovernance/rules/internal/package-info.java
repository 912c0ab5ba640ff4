/** Implementation of the validator: loading and compiling rule bases, and running sessions. */
@NullMarked
package io.github.rcmgovernance.rules.internal;

import org.jspecify.annotations.NullMarked;
