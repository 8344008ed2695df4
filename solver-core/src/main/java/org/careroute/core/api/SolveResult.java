package org.careroute.core.api;

import java.util.Objects;

import org.careroute.core.api.model.Plan;

/**
 * A plan and the statistics of the solve that found it ({@link Planner#solveWithStatistics}).
 *
 * @param plan
 *            the best plan found
 * @param statistics
 *            how the solve went
 */
public record SolveResult(Plan plan, SolveStatistics statistics) {

    /** Requires both parts. */
    public SolveResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(statistics, "statistics");
    }
}
