package org.careroute.core.api.travel;

/**
 * Travel durations and distances between the locations of one problem for one transport mode, indexed
 * {@code 0..size()-1}. Implementations are immutable and thread-safe; lookups must be O(1) without allocation,
 * because the solver calls them for every move it evaluates.
 */
public interface TravelMatrix {

    /**
     * The number of locations.
     *
     * @return rows (and columns) of the matrix
     */
    int size();

    /**
     * Seconds to drive from location {@code from} to location {@code to}.
     *
     * @param from
     *            index of the start
     * @param to
     *            index of the destination
     * @return the duration in seconds
     */
    long durationSeconds(int from, int to);

    /**
     * Metres driven from location {@code from} to location {@code to}.
     *
     * @param from
     *            index of the start
     * @param to
     *            index of the destination
     * @return the distance in metres
     */
    long distanceMeters(int from, int to);
}
