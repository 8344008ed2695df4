package org.careroute.core.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One working period of a caregiver. The caregiver leaves {@code startLocation} at {@code start} and must be back
 * at {@code endLocation} by {@code end}; a {@code null} end location is an open end (the shift ends at the last
 * visit).
 *
 * @param id
 *            unique id of the shift
 * @param start
 *            when the caregiver leaves the start location
 * @param end
 *            when the caregiver must be back (or done, with an open end)
 * @param startLocation
 *            where the shift starts
 * @param endLocation
 *            where it ends; {@code null} for an open end
 * @param rules
 *            breaks and working-time rules; {@link ShiftRules#NONE} when {@code null}
 */
public record Shift(String id, Instant start, Instant end, Location startLocation, Location endLocation,
        ShiftRules rules) {

    /** Checks the components. */
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

    /**
     * A shift without breaks or working-time rules.
     *
     * @param id
     *            unique id of the shift
     * @param start
     *            when the caregiver leaves the start location
     * @param end
     *            when the caregiver must be back (or done, with an open end)
     * @param startLocation
     *            where the shift starts
     * @param endLocation
     *            where it ends; {@code null} for an open end
     */
    public Shift(String id, Instant start, Instant end, Location startLocation, Location endLocation) {
        this(id, start, end, startLocation, endLocation, ShiftRules.NONE);
    }

    /**
     * Whether the shift ends at the last visit.
     *
     * @return {@code true} when there is no end location
     */
    public boolean hasOpenEnd() {
        return endLocation == null;
    }
}
