package org.careroute.core.api.explain;

import java.util.List;

/**
 * Why one visit is not in the plan.
 *
 * @param reasons
 *            the concrete reasons, most decisive first
 * @param visitId
 *            the visit
 * @param visitName
 *            its name
 * @param mandatory
 *            whether leaving it out breaks a hard rule
 */
public record UnassignedExplanation(String visitId, String visitName, boolean mandatory,
        List<UnassignedReason> reasons) {

    /** Copies the reasons. */
    public UnassignedExplanation {
        reasons = List.copyOf(reasons);
    }
}
