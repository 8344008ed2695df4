package org.careroute.core.internal.domain;

/**
 * Problem fact: visit {@code afterId} starts at least {@code minGap} and at most {@code maxGap} seconds after visit
 * {@code beforeId} ends (or starts, when {@code fromStart}). Ids are {@link CareVisit#getId() planning ids} of the
 * visits' lead parts, so the fact survives planning clones.
 *
 * @param maxGap
 *            {@link #NO_MAX_GAP} for no upper limit
 * @param bothOrNone
 *            the two visits are planned together or not at all ({@code dependency-both-or-none})
 */
public record CareDependency(String beforeId, String afterId, long minGap, long maxGap, boolean fromStart,
        boolean bothOrNone) {

    public static final long NO_MAX_GAP = Long.MAX_VALUE;

    /** A dependency that does not tie the two visits' planning together. */
    public CareDependency(String beforeId, String afterId, long minGap, long maxGap, boolean fromStart) {
        this(beforeId, afterId, minGap, maxGap, fromStart, false);
    }

    /**
     * Whether exactly one of the two visits of a both-or-none dependency is planned (a visit with parts counts by its
     * lead part, the one the dependency names).
     */
    public boolean isHalfPlanned(CareVisit before, CareVisit after) {
        return bothOrNone && (before.getShift() == null) != (after.getShift() == null);
    }

    /** Seconds outside the allowed gap when {@code before} and {@code after} are planned as they are; 0 when kept. */
    public long violationSeconds(CareVisit before, CareVisit after) {
        long beforeStart = before.getVisitStart();
        long start = after.getVisitStart();
        if (start == CareVisit.UNSET || beforeStart == CareVisit.UNSET) {
            return 0;
        }
        long anchor = fromStart ? beforeStart : beforeStart + before.facts().duration();
        long gap = start - anchor;
        if (gap < minGap) {
            return minGap - gap;
        }
        return maxGap != NO_MAX_GAP && gap > maxGap ? gap - maxGap : 0;
    }

    /** {@link #violationSeconds} in whole minutes, rounded up (a second too early counts as a minute). */
    public long violationMinutes(CareVisit before, CareVisit after) {
        return (violationSeconds(before, after) + 59) / 60;
    }
}
