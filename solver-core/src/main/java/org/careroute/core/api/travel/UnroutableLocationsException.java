package org.careroute.core.api.travel;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a {@link TravelMatrixSource} when some locations cannot be routed; lists every such location. */
public final class UnroutableLocationsException extends RuntimeException {

    /** Every location that cannot be routed. */
    private final List<UnroutableLocation> locations;

    /**
     * Creates the exception; its message lists every location, one a line.
     *
     * @param locations
     *            every location that cannot be routed, at least one
     */
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

    /**
     * Every location that cannot be routed.
     *
     * @return the locations, never empty
     */
    public List<UnroutableLocation> locations() {
        return locations;
    }
}
