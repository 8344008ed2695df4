package org.careroute.core.internal.domain;

import java.util.List;

/**
 * The start of service of a visit: for an ordinary visit when its caregiver is ready (see
 * {@link CareVisit#getReadyTime()}: arrival, breaks taken on arrival as {@link WorkingDay} decides, windows, preferred
 * window, pin), for a visit served by several caregivers when the last assigned part is ready, so that every
 * caregiver waits for the others. Because {@link CareVisit#serviceStartFor} is monotone and idempotent, the latest
 * ready time is the same as the window rules applied to the latest readiness. Break logic stays in
 * {@link WorkingDay}; this class only synchronises. A visit that depends on others (a minimum gap after them) also
 * waits until they allow it to start ({@link #dependencyFloor}), and the first visit of a sequential pair served by
 * two caregivers waits until its partner can start within the maximum gap ({@link #holdFloor}): the pair's two
 * starts are {@code first = max(ready1, ready2 - maxGap)} (moved by the first's windows) and {@code second =
 * max(ready2, first + minGap)} (moved by the second's windows).
 */
public final class PartTiming {

    private PartTiming() {
    }

    /** The service start of {@code visit} and, for a part, of all its parts; {@code null} while unassigned. */
    static Long serviceStart(CareVisit visit) {
        List<CareVisit> parts = visit.getParts();
        long latest;
        if (parts == null) {
            Long ready = visit.getReadyTime();
            if (ready == null) {
                return null;
            }
            latest = ready;
        } else {
            latest = CareVisit.UNSET;
            for (int i = 0; i < parts.size(); i++) {
                Long ready = parts.get(i).getReadyTime();
                if (ready != null && ready > latest) {
                    latest = ready;
                }
            }
            if (latest == CareVisit.UNSET) {
                return null;
            }
        }
        return withFloor(visit, latest, Math.max(dependencyFloor(visit), holdFloor(visit)));
    }

    /**
     * The start of a visit whose caregivers are ready at {@code latestReady} and whose dependencies allow it from
     * {@code floor} ({@link CareVisit#UNSET}: no limit): the later of the two, the floor moved by the window rules
     * (as {@link CareVisit#serviceStartFor} is monotone, this is the window rule applied to the later time).
     */
    public static long withFloor(CareVisit visit, long latestReady, long floor) {
        return floor == CareVisit.UNSET || floor <= latestReady
                ? latestReady
                : Math.max(latestReady, visit.facts().serviceStartFor(floor));
    }

    /**
     * The earliest start the visits {@code visit} depends on allow (each planned one's start plus its offset), or
     * {@link CareVisit#UNSET} when none is planned; read from their end time (for a visit with parts the common end,
     * set while any part is planned).
     */
    static long dependencyFloor(CareVisit visit) {
        List<CareVisit> before = visit.getPredecessors();
        if (before == null) {
            return CareVisit.UNSET;
        }
        long floor = CareVisit.UNSET;
        for (int i = 0; i < before.size(); i++) {
            CareVisit predecessor = before.get(i);
            Long end = predecessor.getEndTime();
            if (end != null) {
                floor = Math.max(floor, end - predecessor.facts().duration() + visit.facts().predecessorOffset(i));
            }
        }
        return floor;
    }

    /**
     * The earliest start of the first visit of a sequential pair that lets each planned follower start within its
     * maximum gap once it is ready (its ready time minus the offset), or {@link CareVisit#UNSET} when none is planned.
     * No edge of the shadow-variable graph runs from a route to itself here: a visit has followers only where no
     * caregiver holds the skills of both visits.
     */
    static long holdFloor(CareVisit visit) {
        List<CareVisit> after = visit.getFollowers();
        if (after == null) {
            return CareVisit.UNSET;
        }
        long floor = CareVisit.UNSET;
        for (int i = 0; i < after.size(); i++) {
            Long ready = after.get(i).getReadyTime();
            if (ready != null) {
                floor = Math.max(floor, ready - visit.facts().followerOffset(i));
            }
        }
        return floor;
    }
}
