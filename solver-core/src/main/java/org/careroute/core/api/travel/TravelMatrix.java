package org.careroute.core.api.travel;

/**
 * Travel durations and distances between the locations of one problem for one transport mode, indexed
 * {@code 0..size()-1}. Implementations are immutable and thread-safe; lookups must be O(1) without allocation,
 * because the solver calls them for every move it evaluates.
 */
public interface TravelMatrix {

    int size();

    /** Seconds to drive from location {@code from} to location {@code to}. */
    long durationSeconds(int from, int to);

    /** Metres driven from location {@code from} to location {@code to}. */
    long distanceMeters(int from, int to);
}
