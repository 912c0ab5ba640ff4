/**
 * Scenario files: a charter, a history, one act and the verdict expected for it, written as JSON.
 * {@link io.github.rcmgovernance.examples.scenario.ScenarioReader} reads them strictly and {@link
 * io.github.rcmgovernance.examples.scenario.ScenarioRunner} judges them and compares each verdict
 * with its expectation.
 */
@NullMarked
package io.github.rcmgovernance.examples.scenario;

import org.jspecify.annotations.NullMarked;
