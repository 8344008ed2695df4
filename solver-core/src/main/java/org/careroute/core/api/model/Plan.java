package org.careroute.core.api.model;

import java.util.List;

/**
 * A solution: per shift the ordered visits with their times, the visits left out, the score and a summary.
 *
 * @param score
 *            the score as text, e.g. {@code 0hard/-2medium/-53170soft}
 */
public record Plan(String problemName, String score, PlanSummary summary, List<ShiftPlan> shifts,
        List<UnassignedVisit> unassignedVisits) {

    public Plan {
        shifts = List.copyOf(shifts);
        unassignedVisits = List.copyOf(unassignedVisits);
    }
}
