/**
 * Building blocks shared by the model of the Regional Conference on Migration (RCM).
 *
 * <p>The model is split by concept: {@link io.github.rcmgovernance.model.party parties and their
 * statuses}, {@link io.github.rcmgovernance.model.body bodies and delegations}, {@link
 * io.github.rcmgovernance.model.meeting meetings}, {@link io.github.rcmgovernance.model.history
 * history}, {@link io.github.rcmgovernance.model.act acts} proposed for validation, the {@link
 * io.github.rcmgovernance.model.charter charter} of parameters and the {@link
 * io.github.rcmgovernance.model.json JSON form}. Every value is immutable and thread-safe; every
 * constructor rejects impossible values with a message naming the field.
 */
@NullMarked
package io.github.rcmgovernance.model;

import org.jspecify.annotations.NullMarked;
