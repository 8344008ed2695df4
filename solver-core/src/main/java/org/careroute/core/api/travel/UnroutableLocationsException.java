package org.careroute.core.api.travel;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a {@link TravelMatrixSource} when some locations cannot be routed; lists every such location. */
public final class UnroutableLocationsException extends RuntimeException {

    private final List<UnroutableLocation> locations;

    public UnroutableLocationsException(List<UnroutableLocation> locations) {
        super(describe(locations));
        this.locations = List.copyOf(locations);
    }

    private static String describe(List<UnroutableLocation> locations) {
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("An unroutable-locations error needs at least one location.");
        }
        return locations.stream().map(l -> "location " + l.index() + ": " + l.message())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    public List<UnroutableLocation> locations() {
        return locations;
    }
}
