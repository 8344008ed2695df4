package org.careroute.core.api.travel;

import java.util.Objects;

/**
 * A location a {@link TravelMatrixSource} could not route to or from.
 *
 * @param index
 *            the index of the location in the list given to the source
 * @param reason
 *            why the location cannot be used
 * @param snapDistanceMeters
 *            distance from the location to the nearest usable road, {@link Double#NaN} when no road was found at
 *            all
 * @param message
 *            a human readable explanation with a hint how to fix it
 */
public record UnroutableLocation(int index, Reason reason, double snapDistanceMeters, String message) {

    /** Checks the components. */
    public UnroutableLocation {
        if (index < 0) {
            throw new IllegalArgumentException("Location index (" + index + ") must not be negative.");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** Why a location cannot be routed. */
    public enum Reason {
        /** No road usable by the transport mode within the maximum snap distance. */
        NOT_SNAPPED,
        /** Snapped, but cut off from the other locations (island, one-way trap, closed area). */
        UNREACHABLE
    }
}
