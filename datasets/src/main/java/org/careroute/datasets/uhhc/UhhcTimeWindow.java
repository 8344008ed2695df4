package org.careroute.datasets.uhhc;

/** {@code TimeWindow}: {@code start <= end}, both &ge; 0, in the instance's time units. */
public record UhhcTimeWindow(double start, double end) {

    public UhhcTimeWindow {
        if (start < 0 || end < 0 || start > end) {
            throw new IllegalArgumentException("Time window [" + start + ", " + end
                    + "] must have 0 <= start <= end.");
        }
    }
}
