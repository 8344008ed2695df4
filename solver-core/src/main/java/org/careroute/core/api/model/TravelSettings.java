package org.careroute.core.api.model;

/** How travel durations and distances between locations are obtained. */
public sealed interface TravelSettings permits HaversineTravel, EuclideanTravel, MatrixTravel, OsmTravel {

    /**
     * The JSON name of the travel mode.
     *
     * @return the mode, e.g. {@code haversine}
     */
    String mode();
}
