package org.careroute.core.api.model;

import java.util.Objects;

/**
 * An explicit square matrix of travel durations (seconds) and distances (metres), indexed by
 * {@link MatrixLocation#index()}. The same matrix is used for every transport mode.
 *
 * @param durationsSeconds
 *            {@code durationsSeconds[from][to]}: seconds to drive
 * @param distancesMeters
 *            {@code distancesMeters[from][to]}: metres driven
 */
public record MatrixTravel(long[][] durationsSeconds, long[][] distancesMeters) implements TravelSettings {

    /** Checks that both matrices are square, of one size and without negative entries. */
    public MatrixTravel {
        Objects.requireNonNull(durationsSeconds, "durationsSeconds");
        Objects.requireNonNull(distancesMeters, "distancesMeters");
        int n = durationsSeconds.length;
        if (distancesMeters.length != n) {
            throw new IllegalArgumentException("Distance matrix has " + distancesMeters.length
                    + " rows but the duration matrix has " + n + ".");
        }
        for (int i = 0; i < n; i++) {
            if (durationsSeconds[i].length != n || distancesMeters[i].length != n) {
                throw new IllegalArgumentException("Travel matrix row " + i + " must have " + n + " columns.");
            }
            for (int j = 0; j < n; j++) {
                if (durationsSeconds[i][j] < 0 || distancesMeters[i][j] < 0) {
                    throw new IllegalArgumentException("Travel matrix entry [" + i + "][" + j
                            + "] must not be negative.");
                }
            }
        }
    }

    /**
     * The number of locations.
     *
     * @return rows (and columns) of the matrices
     */
    public int size() {
        return durationsSeconds.length;
    }

    @Override
    public String mode() {
        return "matrix";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixTravel other && java.util.Arrays.deepEquals(durationsSeconds, other.durationsSeconds)
                && java.util.Arrays.deepEquals(distancesMeters, other.distancesMeters);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.deepHashCode(durationsSeconds) + java.util.Arrays.deepHashCode(distancesMeters);
    }

    @Override
    public String toString() {
        return "MatrixTravel[size=" + size() + "]";
    }
}
