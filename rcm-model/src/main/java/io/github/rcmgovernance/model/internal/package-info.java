/**
 * Internals of the model shared by its packages: the Immutables style and the guard clauses of the
 * value types. Not exported by the module and not part of the API.
 */
@NullMarked
package io.github.rcmgovernance.model.internal;

import org.jspecify.annotations.NullMarked;
