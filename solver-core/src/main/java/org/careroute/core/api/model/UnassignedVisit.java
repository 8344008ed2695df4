package org.careroute.core.api.model;

import java.util.List;

/** A visit the plan does not serve, and why. */
public record UnassignedVisit(String visitId, boolean mandatory, List<String> reasons) {

    public UnassignedVisit {
        reasons = List.copyOf(reasons);
    }
}
