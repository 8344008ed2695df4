package org.careroute.benchmarks;

import java.util.List;

/**
 * The independent verifier's finding on one solution.
 *
 * @param vehicles
 *            non-empty routes
 * @param distance
 *            total Euclidean distance in double precision, depot legs included
 * @param unassigned
 *            customers no route serves
 * @param violations
 *            every broken rule, empty when feasible
 */
public record Verdict(int vehicles, double distance, int unassigned, List<String> violations) {

    public Verdict {
        violations = List.copyOf(violations);
    }

    /** No rule broken and every customer served. */
    public boolean feasible() {
        return violations.isEmpty() && unassigned == 0;
    }
}
