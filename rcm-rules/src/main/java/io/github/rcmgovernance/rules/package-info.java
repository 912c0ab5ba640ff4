/**
 * Validation of proposed acts against the governance rules of the Regional Conference on Migration.
 *
 * <p>Build a {@link io.github.rcmgovernance.rules.Validator} once (from a charter, by default the
 * built-in one) and reuse it from any number of threads; {@link
 * io.github.rcmgovernance.rules.Validator#validate validate} returns a {@link
 * io.github.rcmgovernance.rules.Verdict} listing each {@link
 * io.github.rcmgovernance.rules.Violation} with its rule id, severity, message and cite.
 */
@RulesStyle
@NullMarked
package io.github.rcmgovernance.rules;

import org.jspecify.annotations.NullMarked;
