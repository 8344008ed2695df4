package org.careroute.core.api.explain;

import java.util.List;

/**
 * Why one visit is not in the plan.
 *
 * @param reasons
 *            the concrete reasons, most decisive first
 */
public record UnassignedExplanation(String visitId, String visitName, boolean mandatory,
        List<UnassignedReason> reasons) {

    public UnassignedExplanation {
        reasons = List.copyOf(reasons);
    }
}
