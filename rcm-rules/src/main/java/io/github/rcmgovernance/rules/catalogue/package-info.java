/**
 * The rule catalogue: the DRL rules (in the resources of this package, one file per section of the
 * catalogue) and, beside each rule, the class that states what it found, which facts it read and
 * how to remedy it. Nothing here is public: the rules are reached through {@link
 * io.github.rcmgovernance.rules.Validator}.
 */
@NullMarked
package io.github.rcmgovernance.rules.catalogue;

import org.jspecify.annotations.NullMarked;
