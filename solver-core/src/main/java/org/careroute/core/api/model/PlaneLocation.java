package org.careroute.core.api.model;

/** A point in a plane, in the abstract distance unit of a benchmark instance. */
public record PlaneLocation(double x, double y) implements Location {

    public PlaneLocation {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Coordinates (" + x + ", " + y + ") must be finite.");
        }
    }
}
