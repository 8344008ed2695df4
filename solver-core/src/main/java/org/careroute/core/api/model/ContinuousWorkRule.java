package org.careroute.core.api.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A working-time law on continuous work (the EU road-transport pattern: after at most 4 h 30 min of work a break of
 * 45 min, which may be split into 15 min followed by 30 min). Work is driving and service; a rest is a break, or
 * waiting when {@code waitingCountsAsRest}. Rests shorter than {@code firstPart} do not count.
 *
 * @param maxWork
 *            the longest stretch of work without a qualifying rest
 * @param rest
 *            one rest at least this long resets the count
 * @param firstPart
 *            a rest of at least {@code firstPart} followed later by one of at least {@code rest - firstPart} also
 *            resets it; {@link Duration#ZERO} when the rest may not be split
 * @param waitingCountsAsRest
 *            whether waiting for a visit's window counts as rest
 */
public record ContinuousWorkRule(Duration maxWork, Duration rest, Duration firstPart, boolean waitingCountsAsRest) {

    /** The EU pattern: 4 h 30 min, then 45 min (15 + 30), waiting does not count. */
    public static final ContinuousWorkRule EU = new ContinuousWorkRule(Duration.ofMinutes(270), Duration.ofMinutes(
            45), Duration.ofMinutes(15), false);

    /** Checks the durations. */
    public ContinuousWorkRule {
        Objects.requireNonNull(maxWork, "maxWork");
        Objects.requireNonNull(rest, "rest");
        firstPart = firstPart == null ? Duration.ZERO : firstPart;
        if (maxWork.isNegative() || maxWork.isZero()) {
            throw new IllegalArgumentException("maxWork (" + maxWork + ") must be positive.");
        }
        if (rest.isNegative() || rest.isZero()) {
            throw new IllegalArgumentException("rest (" + rest + ") must be positive.");
        }
        if (firstPart.isNegative() || firstPart.compareTo(rest) >= 0) {
            throw new IllegalArgumentException("firstPart (" + firstPart + ") must be at least 0 and shorter than"
                    + " rest (" + rest + ").");
        }
    }
}
