package org.careroute.core.api.model;

/**
 * Key figures of a plan.
 *
 * @param hardScore
 *            hard score: 0 when no hard rule is broken
 * @param mediumScore
 *            medium score: minus the priorities of optional visits left out
 * @param softScore
 *            soft score: minus the weighted soft penalties
 * @param feasible
 *            whether no hard rule is broken
 * @param assignedVisits
 *            visits planned
 * @param unassignedVisits
 *            visits left out
 * @param totalTravelSeconds
 *            driving time of all routes
 * @param totalDistanceMeters
 *            distance of all routes
 * @param totalWaitingSeconds
 *            waiting time of all routes
 * @param usedShifts
 *            shifts with at least one visit
 */
public record PlanSummary(long hardScore, long mediumScore, long softScore, boolean feasible, int assignedVisits,
        int unassignedVisits, long totalTravelSeconds, long totalDistanceMeters, long totalWaitingSeconds,
        int usedShifts) {
}
