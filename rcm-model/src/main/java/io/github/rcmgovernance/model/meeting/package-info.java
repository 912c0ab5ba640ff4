/**
 * Meetings of the Conference: Vice-Ministerial meetings, the GRCM's preparatory and mid-term
 * meetings, intersessional consultations of the Deputy Ministers and events (GI-3, GR-2, GR-3,
 * SEC-2).
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.meeting;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
