/**
 * Dates as far as a record knows them ({@link io.github.rcmgovernance.model.time.PartialDate}): a
 * day, a month, a year, or unknown.
 *
 * @since 0.1.0
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.time;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
