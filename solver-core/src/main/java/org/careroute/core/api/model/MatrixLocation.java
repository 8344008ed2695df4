package org.careroute.core.api.model;

/** A row/column of the explicit travel matrix given in the problem. */
public record MatrixLocation(int index) implements Location {

    public MatrixLocation {
        if (index < 0) {
            throw new IllegalArgumentException("Matrix index (" + index + ") must not be negative.");
        }
    }
}
