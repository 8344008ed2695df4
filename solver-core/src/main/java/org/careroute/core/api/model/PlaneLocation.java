package org.careroute.core.api.model;

/**
 * A point in a plane, in the abstract distance unit of a benchmark instance.
 *
 * @param x
 *            first coordinate
 * @param y
 *            second coordinate
 */
public record PlaneLocation(double x, double y) implements Location {

    /** Checks that the coordinates are finite. */
    public PlaneLocation {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Coordinates (" + x + ", " + y + ") must be finite.");
        }
    }
}
