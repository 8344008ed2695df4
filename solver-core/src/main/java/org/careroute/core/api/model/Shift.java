package org.careroute.core.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One working period of a caregiver. The caregiver leaves {@code startLocation} at {@code start} and must be back
 * at {@code endLocation} by {@code end}; a {@code null} end location is an open end (the shift ends at the last
 * visit).
 */
public record Shift(String id, Instant start, Instant end, Location startLocation, Location endLocation,
        ShiftRules rules) {

    public Shift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(startLocation, "startLocation");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Shift (" + id + ") ends (" + end + ") before it starts (" + start
                    + ").");
        }
        rules = rules == null ? ShiftRules.NONE : rules;
    }

    /** A shift without breaks or working-time rules. */
    public Shift(String id, Instant start, Instant end, Location startLocation, Location endLocation) {
        this(id, start, end, startLocation, endLocation, ShiftRules.NONE);
    }

    public boolean hasOpenEnd() {
        return endLocation == null;
    }
}
