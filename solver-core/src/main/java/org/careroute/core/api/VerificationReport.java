package org.careroute.core.api;

import java.util.List;

import org.careroute.core.api.model.PlanSummary;

/**
 * The result of re-checking a plan against its problem without the solver.
 *
 * @param violations
 *            every broken hard rule and every inconsistency between the plan and the problem
 * @param recomputed
 *            the plan's figures recomputed from the problem (times, travel, score)
 */
public record VerificationReport(List<Violation> violations, PlanSummary recomputed) {

    /** Copies the violations. */
    public VerificationReport {
        violations = List.copyOf(violations);
    }

    /**
     * Whether the plan breaks no hard rule and fits the problem.
     *
     * @return {@code true} when there is no violation
     */
    public boolean feasible() {
        return violations.isEmpty();
    }
}
