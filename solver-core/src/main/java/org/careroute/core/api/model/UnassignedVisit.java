package org.careroute.core.api.model;

import java.util.List;

/**
 * A visit the plan does not serve, and why.
 *
 * @param visitId
 *            the visit
 * @param mandatory
 *            whether leaving it out breaks a hard rule
 * @param reasons
 *            why it could not be planned, most decisive first
 */
public record UnassignedVisit(String visitId, boolean mandatory, List<String> reasons) {

    /** Copies the reasons. */
    public UnassignedVisit {
        reasons = List.copyOf(reasons);
    }
}
