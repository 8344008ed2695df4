package org.careroute.core.api.model;

/**
 * Straight-line distance in the plane of {@link PlaneLocation}s, for benchmark instances. A leg's duration is
 * {@code ceil(distance / speed)} time units and its distance {@code ceil(distance * distanceScale)} distance units,
 * so that a plan feasible here stays feasible in exact arithmetic.
 *
 * @param speed
 *            distance units per time unit (second)
 * @param distanceScale
 *            factor applied to distances before rounding up (e.g. 1000 to keep three decimals)
 */
public record EuclideanTravel(double speed, double distanceScale) implements TravelSettings {

    /** Checks speed and scale. */
    public EuclideanTravel {
        if (!(speed > 0.0) || !Double.isFinite(speed)) {
            throw new IllegalArgumentException("Euclidean speed (" + speed + ") must be positive and finite.");
        }
        if (!(distanceScale > 0.0) || !Double.isFinite(distanceScale)) {
            throw new IllegalArgumentException("Distance scale (" + distanceScale + ") must be positive.");
        }
    }

    /**
     * Speed 1 and scale 1: durations and distances are the rounded-up distances.
     *
     * @return the settings
     */
    public static EuclideanTravel defaults() {
        return new EuclideanTravel(1.0, 1.0);
    }

    @Override
    public String mode() {
        return "euclidean";
    }
}
