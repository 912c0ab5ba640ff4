/**
 * Plans: an ordered list of proposed acts over one history, and what each act, once taken, writes
 * into the history ({@link io.github.rcmgovernance.model.plan.Recording}).
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.plan;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
