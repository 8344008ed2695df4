package org.careroute.core.api.travel;

import java.util.List;

import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.TransportMode;

/**
 * Computes travel matrices from an external source, e.g. a road network. Implementations must be thread-safe: the
 * planner may ask for several matrices concurrently.
 */
public interface TravelMatrixSource {

    /**
     * The travel matrix between {@code locations} (matrix index = list index) for one transport mode.
     *
     * @param locations
     *            the problem's locations
     * @param mode
     *            how the caregivers travel
     * @return the matrix
     * @throws UnroutableLocationsException
     *             when some locations cannot be placed on the network or cannot reach / be reached from the others;
     *             every such location is listed by its index in {@code locations}
     * @throws IllegalArgumentException
     *             when a location is of a kind the source does not support
     */
    TravelMatrix matrix(List<Location> locations, TransportMode mode);
}
