package org.careroute.datasets.uhhc;

import java.util.List;

/**
 * A caregiver's planned day in neutral form, the input of {@link UhhcSolutionWriter}: the stops in the order they
 * are made. Empty for a caregiver who does not work.
 */
public record UhhcRoutePlan(String caregiverId, List<UhhcStop> stops) {

    public UhhcRoutePlan {
        stops = List.copyOf(stops);
    }
}
