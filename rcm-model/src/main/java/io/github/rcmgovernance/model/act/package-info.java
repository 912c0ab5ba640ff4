/**
 * Acts that an embedding system proposes and the rules judge: decisions, agenda approvals,
 * recommendations, documents, meetings to hold, presidency terms, secretariat actions, Plan of
 * Action activities, project support, technical cooperation and facility support.
 *
 * <p>Every act has an {@link io.github.rcmgovernance.model.act.Act#id() id} and a {@link
 * io.github.rcmgovernance.model.act.Act#date() date}; statuses and presidency holders are read as
 * of that date unless the caller validates "as of" another day.
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.act;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
