package org.careroute.core.api.model;

/** Key figures of a plan. */
public record PlanSummary(long hardScore, long mediumScore, long softScore, boolean feasible, int assignedVisits,
        int unassignedVisits, long totalTravelSeconds, long totalDistanceMeters, long totalWaitingSeconds,
        int usedShifts) {
}
