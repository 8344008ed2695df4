package org.careroute.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * What a solver returns for a VRPTW instance: its routes as customer numbers in visiting order (the depot left
 * out, empty routes allowed) and what it can tell about its search.
 *
 * @param scoreCalculationSpeed
 *            score calculations per second, where the solver reports it; -1 otherwise
 * @param moveEvaluationSpeed
 *            moves evaluated per second, where the solver reports it; -1 otherwise
 * @param firstFeasibleTime
 *            when the solver had its first feasible complete plan, where it reports it; {@code null} otherwise
 */
public record Routes(List<List<Integer>> routes, long scoreCalculationSpeed, long moveEvaluationSpeed,
        Duration firstFeasibleTime) {

    public Routes {
        routes = routes.stream().map(List::copyOf).toList();
    }

    public static Routes withoutStatistics(List<List<Integer>> routes) {
        return new Routes(routes, -1, -1, null);
    }
}
