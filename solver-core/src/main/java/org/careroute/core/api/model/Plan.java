package org.careroute.core.api.model;

import java.util.List;

/**
 * A solution: per shift the ordered visits with their times, the visits left out, the score and a summary.
 *
 * @param score
 *            the score as text, e.g. {@code 0hard/-2medium/-53170soft}
 * @param changes
 *            for a re-planned plan, what changed against the published plan and why; {@code null} otherwise
 * @param problemName
 *            the name of the problem planned
 * @param summary
 *            key figures
 * @param shifts
 *            one route per shift, in problem order
 * @param unassignedVisits
 *            the visits left out, with reasons
 */
public record Plan(String problemName, String score, PlanSummary summary, List<ShiftPlan> shifts,
        List<UnassignedVisit> unassignedVisits, PlanChanges changes) {

    /** Copies the lists. */
    public Plan {
        shifts = List.copyOf(shifts);
        unassignedVisits = List.copyOf(unassignedVisits);
    }

    /**
     * A plan that is not the result of re-planning.
     *
     * @param problemName
     *            the name of the problem planned
     * @param score
     *            the score as text, e.g. {@code 0hard/-2medium/-53170soft}
     * @param summary
     *            key figures
     * @param shifts
     *            one route per shift, in problem order
     * @param unassignedVisits
     *            the visits left out, with reasons
     */
    public Plan(String problemName, String score, PlanSummary summary, List<ShiftPlan> shifts,
            List<UnassignedVisit> unassignedVisits) {
        this(problemName, score, summary, shifts, unassignedVisits, null);
    }

    /**
     * This plan with {@code newChanges} as its changes section.
     *
     * @param newChanges
     *            the changes section
     * @return a new plan
     */
    public Plan withChanges(PlanChanges newChanges) {
        return new Plan(problemName, score, summary, shifts, unassignedVisits, newChanges);
    }
}
