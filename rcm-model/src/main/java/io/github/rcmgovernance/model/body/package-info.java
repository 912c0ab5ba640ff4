/**
 * The bodies of the Conference and the {@link io.github.rcmgovernance.model.body.Actor} type that
 * names who does something: a body or a party (GI-3, GR-1, SEC-1, HO-1).
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.body;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
