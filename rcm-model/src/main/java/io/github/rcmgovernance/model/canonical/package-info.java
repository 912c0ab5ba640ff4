/**
 * The canonical form of model values: one text for equal values, whatever the order of the lists
 * that are sets, from which digests (SHA-256) are computed for verdict receipts. It needs no JSON
 * library.
 */
@NullMarked
package io.github.rcmgovernance.model.canonical;

import org.jspecify.annotations.NullMarked;
