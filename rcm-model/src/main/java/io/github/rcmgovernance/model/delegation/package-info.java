/**
 * Delegations: who represents a party at a meeting, at which level and from which service (GI-1,
 * GR-1).
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.delegation;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
