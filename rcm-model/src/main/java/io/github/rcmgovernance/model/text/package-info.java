/**
 * Text for people, in English and Spanish: message bundles ({@link
 * io.github.rcmgovernance.model.text.Bundle}) and the typed exception of a value the model refuses
 * ({@link io.github.rcmgovernance.model.text.InvalidValueException}), whose message renders in
 * either language.
 */
@NullMarked
package io.github.rcmgovernance.model.text;

import org.jspecify.annotations.NullMarked;
