/**
 * The Conference's public record as data ({@code record/rcm-record.json}): its meetings, presidency
 * holders, members and observers as public sources state them, each entry with its sources, and
 * "unknown" written wherever no source states a fact. Read strictly by {@link
 * io.github.rcmgovernance.examples.record.PublicRecord#read}.
 */
@NullMarked
package io.github.rcmgovernance.examples.record;

import org.jspecify.annotations.NullMarked;
