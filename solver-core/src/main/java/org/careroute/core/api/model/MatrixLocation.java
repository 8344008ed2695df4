package org.careroute.core.api.model;

/**
 * A row/column of the explicit travel matrix given in the problem.
 *
 * @param index
 *            row and column of the location in the matrix
 */
public record MatrixLocation(int index) implements Location {

    /** Checks the index. */
    public MatrixLocation {
        if (index < 0) {
            throw new IllegalArgumentException("Matrix index (" + index + ") must not be negative.");
        }
    }
}
