package org.careroute.core.api.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A break the caregiver must take during a shift, e.g. 30 minutes of lunch between 11:00 and 13:30. The route's
 * times include it (see the solver README for where along the route it is placed).
 *
 * @param duration
 *            how long the break lasts (positive)
 * @param earliestStart
 *            the break does not start before this
 * @param latestEnd
 *            the break must be over by this (hard rule {@code break-window})
 * @param missable
 *            when it cannot start in its window (or taking it would make a visit late), the break is missed at the
 *            soft {@code missed-break} cost instead of starting late
 */
public record ShiftBreak(Duration duration, Instant earliestStart, Instant latestEnd, boolean missable) {

    /**
     * A break that is never missed (late is a hard {@code break-window} violation).
     *
     * @param duration
     *            how long the break lasts (positive)
     * @param earliestStart
     *            the break does not start before this
     * @param latestEnd
     *            the break must be over by this
     */
    public ShiftBreak(Duration duration, Instant earliestStart, Instant latestEnd) {
        this(duration, earliestStart, latestEnd, false);
    }

    /** Checks that the break fits its window. */
    public ShiftBreak {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(latestEnd, "latestEnd");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("Break duration (" + duration + ") must be positive.");
        }
        if (earliestStart.plus(duration).isAfter(latestEnd)) {
            throw new IllegalArgumentException("A break of " + duration + " does not fit between its earliest start ("
                    + earliestStart + ") and its latest end (" + latestEnd + "); widen the window or shorten it.");
        }
    }

    /**
     * The last moment the break can start and still end in time.
     *
     * @return the latest end minus the duration
     */
    public Instant latestStart() {
        return latestEnd.minus(duration);
    }
}
