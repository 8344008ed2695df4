package org.careroute.datasets.uhhc;

import java.util.List;

/**
 * {@code CaregiverRoute}: a caregiver's locations in time order. A full route starts with a {@link
 * UhhcLocation.DepotDeparture} and ends with a {@link UhhcLocation.DepotArrival}; otherwise every location is a
 * visit.
 *
 * @param locations
 *            null when the caregiver has no route
 */
public record UhhcRoute(String caregiverId, List<UhhcLocation> locations) {

    public UhhcRoute {
        locations = locations == null ? null : List.copyOf(locations);
    }

    public boolean fullRoute() {
        return locations != null && !locations.isEmpty()
                && locations.getFirst() instanceof UhhcLocation.DepotDeparture;
    }

    /** The visits (lunch breaks included), without the depot entries of a full route. */
    public List<UhhcLocation.PatientVisit> visits() {
        if (locations == null || locations.isEmpty()) {
            return List.of();
        }
        List<UhhcLocation> middle = fullRoute() ? locations.subList(1, locations.size() - 1) : locations;
        return middle.stream().map(UhhcLocation.PatientVisit.class::cast).toList();
    }
}
