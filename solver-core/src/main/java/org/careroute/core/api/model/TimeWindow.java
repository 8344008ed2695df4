package org.careroute.core.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An interval in which a visit may start: {@code start <= serviceStart <= end}.
 *
 * @param start
 *            the earliest service start
 * @param end
 *            the latest service start
 */
public record TimeWindow(Instant start, Instant end) {

    /** Checks that the window does not end before it starts. */
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Time window end (" + end + ") is before its start (" + start + ").");
        }
    }

    /**
     * Whether a service may start at {@code time}.
     *
     * @param time
     *            the service start
     * @return {@code true} inside the window, ends included
     */
    public boolean contains(Instant time) {
        return !time.isBefore(start) && !time.isAfter(end);
    }
}
