package org.careroute.core.internal.domain;

import java.util.List;

/**
 * The start of service of a visit: for an ordinary visit when its caregiver is ready (see
 * {@link CareVisit#getReadyTime()}: arrival, breaks taken on arrival as {@link WorkingDay} decides, windows, preferred
 * window, pin), for a visit served by several caregivers when the last assigned part is ready, so that every
 * caregiver waits for the others. Because {@link CareVisit#serviceStartFor} is monotone and idempotent, the latest
 * ready time is the same as the window rules applied to the latest readiness. Break logic stays in
 * {@link WorkingDay}; this class only synchronises.
 */
public final class PartTiming {

    private PartTiming() {
    }

    /** The service start of {@code visit} and, for a part, of all its parts; {@code null} while unassigned. */
    static Long serviceStart(CareVisit visit) {
        List<CareVisit> parts = visit.getParts();
        if (parts == null) {
            return visit.getReadyTime();
        }
        long latest = CareVisit.UNSET;
        for (int i = 0; i < parts.size(); i++) {
            Long ready = parts.get(i).getReadyTime();
            if (ready != null && ready > latest) {
                latest = ready;
            }
        }
        return latest == CareVisit.UNSET ? null : latest;
    }
}
