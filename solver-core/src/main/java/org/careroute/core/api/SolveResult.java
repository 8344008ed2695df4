package org.careroute.core.api;

import java.util.Objects;

import org.careroute.core.api.model.Plan;

/** A plan and the statistics of the solve that found it ({@link Planner#solveWithStatistics}). */
public record SolveResult(Plan plan, SolveStatistics statistics) {

    public SolveResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(statistics, "statistics");
    }
}
