package org.careroute.core.api.model;

import java.time.Instant;
import java.util.List;

/**
 * The route of one shift.
 *
 * @param departure
 *            when the caregiver leaves the start location (the shift start)
 * @param returnTime
 *            arrival back at the end location, or the end of the last visit for an open end; the shift start
 *            when the shift has no visits
 * @param returnLeg
 *            the drive back to the end location; {@link Leg#NONE} for open ends and empty routes
 * @param breaks
 *            the breaks of the route in time order (empty when the shift has none or the route is empty)
 * @param shiftId
 *            the shift
 * @param caregiverId
 *            its caregiver
 * @param visits
 *            the visits served, in order
 * @param travelSeconds
 *            driving time of the route
 * @param distanceMeters
 *            distance of the route
 */
public record ShiftPlan(String shiftId, String caregiverId, Instant departure, Instant returnTime,
        List<PlannedVisit> visits, Leg returnLeg, long travelSeconds, long distanceMeters, List<PlannedBreak> breaks) {

    /** Copies the lists. */
    public ShiftPlan {
        visits = List.copyOf(visits);
        breaks = List.copyOf(breaks == null ? List.of() : breaks);
    }

    /**
     * A route without breaks.
     *
     * @param shiftId
     *            the shift
     * @param caregiverId
     *            its caregiver
     * @param departure
     *            when the caregiver leaves the start location
     * @param returnTime
     *            when the caregiver is back (or done, with an open end)
     * @param visits
     *            the visits served, in order
     * @param returnLeg
     *            the drive back to the end location ({@link Leg#NONE} for an open end)
     * @param travelSeconds
     *            driving time of the route
     * @param distanceMeters
     *            distance of the route
     */
    public ShiftPlan(String shiftId, String caregiverId, Instant departure, Instant returnTime,
            List<PlannedVisit> visits, Leg returnLeg, long travelSeconds, long distanceMeters) {
        this(shiftId, caregiverId, departure, returnTime, visits, returnLeg, travelSeconds, distanceMeters, List.of());
    }
}
