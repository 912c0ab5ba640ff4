/**
 * The HTML page of {@code rcm plan --html} and {@code rcm run --html}: a calendar of each year with
 * every act at its date, coloured by verdict, the charter's windows and the presidency over time,
 * then every act's violations, remedies and cites. One self-contained file: no script, no font, no
 * link to anything outside it.
 */
@NullMarked
package io.github.rcmgovernance.examples.page;

import org.jspecify.annotations.NullMarked;
