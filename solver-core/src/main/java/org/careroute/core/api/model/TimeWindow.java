package org.careroute.core.api.model;

import java.time.Instant;
import java.util.Objects;

/** An interval in which a visit may start: {@code start <= serviceStart <= end}. */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Time window end (" + end + ") is before its start (" + start + ").");
        }
    }

    public boolean contains(Instant time) {
        return !time.isBefore(start) && !time.isAfter(end);
    }
}
