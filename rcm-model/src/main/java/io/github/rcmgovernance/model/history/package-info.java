/**
 * What has happened in the Conference: meetings held or scheduled, Pro-Tempore Presidency terms,
 * recommendations and their review, Plan of Action activities and agendas. The rules read the
 * history as trusted data and never re-validate it.
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.history;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
