package org.careroute.core.internal.travel;

import org.careroute.core.api.travel.TravelMatrix;

/**
 * A dense row-major matrix in two primitive {@code int} arrays: 8 bytes per pair, so 10 500 locations need about
 * 880 MB. Values are clamped to {@link Integer#MAX_VALUE} (68 years of driving, 2 million km).
 */
public final class DenseTravelMatrix implements TravelMatrix {

    private final int size;
    private final int[] durations;
    private final int[] distances;

    private DenseTravelMatrix(int size, int[] durations, int[] distances) {
        this.size = size;
        this.durations = durations;
        this.distances = distances;
    }

    /** Fills a matrix by asking {@code cell} for every ordered pair of distinct locations. */
    public static DenseTravelMatrix build(int size, CellFunction cell) {
        if ((long) size * size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Too many distinct locations (" + size
                    + ") for a dense travel matrix; the maximum is 46 340.");
        }
        int[] durations = new int[size * size];
        int[] distances = new int[size * size];
        long[] out = new long[2];
        for (int from = 0; from < size; from++) {
            int row = from * size;
            for (int to = 0; to < size; to++) {
                if (from == to) {
                    continue;
                }
                cell.compute(from, to, out);
                durations[row + to] = clamp(out[0]);
                distances[row + to] = clamp(out[1]);
            }
        }
        return new DenseTravelMatrix(size, durations, distances);
    }

    private static int clamp(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Travel values must not be negative (" + value + ").");
        }
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long durationSeconds(int from, int to) {
        return durations[from * size + to];
    }

    @Override
    public long distanceMeters(int from, int to) {
        return distances[from * size + to];
    }

    /** Computes one cell: writes the duration in seconds to {@code out[0]} and the distance to {@code out[1]}. */
    @FunctionalInterface
    public interface CellFunction {
        void compute(int from, int to, long[] out);
    }
}
