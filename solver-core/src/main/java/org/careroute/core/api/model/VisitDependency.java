package org.careroute.core.api.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The visit holding this dependency starts at least {@code minGap} and at most {@code maxGap} after visit
 * {@code visitId} ends (or starts, see {@code from}), on any caregiver and any day.
 *
 * @param maxGap
 *            {@code null} for no upper limit
 */
public record VisitDependency(String visitId, Duration minGap, Duration maxGap, GapFrom from) {

    /** Which instant of the earlier visit the gap is measured from. */
    public enum GapFrom {
        END, START
    }

    public VisitDependency {
        Objects.requireNonNull(visitId, "visitId");
        minGap = minGap == null ? Duration.ZERO : minGap;
        from = from == null ? GapFrom.END : from;
    }
}
