package org.careroute.core.internal.domain;

import java.util.List;

/**
 * The start of service of a visit: for an ordinary visit on arrival (or when its window opens), for a visit served
 * by several caregivers when the last assigned part has arrived, so that every caregiver waits for the others. Kept
 * apart from {@link CareVisit}'s route timing so that other timing rules (breaks) compose with it.
 */
public final class PartTiming {

    private PartTiming() {
    }

    /** The service start of {@code visit} and, for a part, of all its parts; {@code null} while unassigned. */
    static Long serviceStart(CareVisit visit) {
        List<CareVisit> parts = visit.getParts();
        if (parts == null) {
            Long arrival = visit.getArrivalTime();
            return arrival == null ? null : visit.serviceStartFor(arrival);
        }
        long latest = CareVisit.UNSET;
        for (int i = 0; i < parts.size(); i++) {
            Long arrival = parts.get(i).getArrivalTime();
            if (arrival != null && arrival > latest) {
                latest = arrival;
            }
        }
        return latest == CareVisit.UNSET ? null : visit.serviceStartFor(latest);
    }
}
