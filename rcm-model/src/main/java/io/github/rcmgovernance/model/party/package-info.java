/**
 * Parties of the Conference and their statuses over time (GI-1, GI-2).
 *
 * <p>A {@link io.github.rcmgovernance.model.party.Party} is a State, named by its ISO 3166-1
 * alpha-2 code, or an international organisation, named by a stable acronym. Whether it is a Member
 * or an observer on a given day is a {@link io.github.rcmgovernance.model.party.PartyStatus} held
 * by the {@link io.github.rcmgovernance.model.charter.Charter}.
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.party;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
