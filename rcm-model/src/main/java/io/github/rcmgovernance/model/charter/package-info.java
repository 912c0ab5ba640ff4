/**
 * The {@link io.github.rcmgovernance.model.charter.Charter}: every parameter the source text leaves
 * open or that practice has changed, with the parties and their statuses. {@link
 * io.github.rcmgovernance.model.charter.Charter#rcm()} is the Conference as the source text
 * describes it; a user derives another charter with a builder, without writing rules.
 */
@RcmStyle
@NullMarked
package io.github.rcmgovernance.model.charter;

import io.github.rcmgovernance.model.internal.RcmStyle;
import org.jspecify.annotations.NullMarked;
