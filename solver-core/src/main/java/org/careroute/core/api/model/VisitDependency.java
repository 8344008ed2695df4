package org.careroute.core.api.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The visit holding this dependency starts at least {@code minGap} and at most {@code maxGap} after visit
 * {@code visitId} ends (or starts, see {@code from}), on any caregiver and any day.
 *
 * @param maxGap
 *            {@code null} for no upper limit
 * @param visitId
 *            the earlier visit
 * @param minGap
 *            the shortest gap; zero when {@code null}
 * @param from
 *            which instant of the earlier visit the gap is measured from; its end when {@code null}
 * @param bothOrNone
 *            both visits are planned or neither (hard, {@code dependency-both-or-none}); for two optional visits that
 *            make sense only together, e.g. the two services of a double-staffed visit served one after the other
 */
public record VisitDependency(String visitId, Duration minGap, Duration maxGap, GapFrom from, boolean bothOrNone) {

    /** Which instant of the earlier visit the gap is measured from. */
    public enum GapFrom {
        /** From the end of the earlier visit's service (the default). */
        END,
        /** From the start of the earlier visit's service. */
        START
    }

    /** Fills in the defaults and checks the gaps. */
    public VisitDependency {
        Objects.requireNonNull(visitId, "visitId");
        minGap = minGap == null ? Duration.ZERO : minGap;
        from = from == null ? GapFrom.END : from;
    }

    /**
     * A dependency that does not tie the two visits' planning together.
     *
     * @param visitId
     *            the earlier visit
     * @param minGap
     *            the shortest gap; zero when {@code null}
     * @param maxGap
     *            {@code null} for no upper limit
     * @param from
     *            which instant of the earlier visit the gap is measured from; its end when {@code null}
     */
    public VisitDependency(String visitId, Duration minGap, Duration maxGap, GapFrom from) {
        this(visitId, minGap, maxGap, from, false);
    }
}
