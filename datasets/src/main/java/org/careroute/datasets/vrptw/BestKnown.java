package org.careroute.datasets.vrptw;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One row of {@code bks.csv}: the best known solutions of an instance.
 *
 * @param bksVehicles
 *            vehicles of the best known solution under the hierarchical objective (fewest vehicles, then distance)
 * @param bksDistance
 *            its distance
 * @param distanceBksVehicles
 *            vehicles of the best known solution when minimising distance only (Solomon only)
 * @param distanceBks
 *            its distance
 */
public record BestKnown(String instance, String instanceClass, int jobs, int fleetSize, long capacity,
        int bksVehicles, double bksDistance, OptionalInt distanceBksVehicles, OptionalDouble distanceBks) {

    /** The reference for a distance-minimising solver: {@code distance_bks} where known, else {@code bks_distance}. */
    public double referenceDistance() {
        return distanceBks.orElse(bksDistance);
    }
}
