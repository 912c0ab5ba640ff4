/**
 * The JSON form of the model: {@link io.github.rcmgovernance.model.json.RcmJson} reads and writes
 * charters, histories and acts, and reports unreadable input as a {@link
 * io.github.rcmgovernance.model.json.ModelInputException} naming the JSON path and the reason.
 */
@NullMarked
package io.github.rcmgovernance.model.json;

import org.jspecify.annotations.NullMarked;
