package org.careroute.core.internal.travel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.Visit;

/** The distinct locations of a problem, numbered in order of first appearance (shifts first, then visits). */
public final class LocationIndex {

    private final List<Location> locations;
    private final Map<Location, Integer> indexByLocation;

    private LocationIndex(List<Location> locations, Map<Location, Integer> indexByLocation) {
        this.locations = locations;
        this.indexByLocation = indexByLocation;
    }

    public static LocationIndex of(Problem problem) {
        List<Location> locations = new ArrayList<>();
        Map<Location, Integer> index = new HashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                add(shift.startLocation(), locations, index);
                if (shift.endLocation() != null) {
                    add(shift.endLocation(), locations, index);
                }
            }
        }
        for (Visit visit : problem.visits()) {
            add(visit.location(), locations, index);
        }
        return new LocationIndex(Collections.unmodifiableList(locations), index);
    }

    private static void add(Location location, List<Location> locations, Map<Location, Integer> index) {
        if (!index.containsKey(location)) {
            index.put(location, locations.size());
            locations.add(location);
        }
    }

    public int size() {
        return locations.size();
    }

    public List<Location> locations() {
        return locations;
    }

    /** The index of a location of the problem; throws for a location that is not part of it. */
    public int indexOf(Location location) {
        Integer i = indexByLocation.get(location);
        if (i == null) {
            throw new IllegalArgumentException("Location (" + location + ") is not part of the problem.");
        }
        return i;
    }
}
