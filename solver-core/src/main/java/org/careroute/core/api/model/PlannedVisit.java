package org.careroute.core.api.model;

import java.time.Instant;

/**
 * A visit in a caregiver's route.
 *
 * @param travelFromPrevious
 *            the drive from the previous visit (or the shift's start location) to this one
 * @param waitingSeconds
 *            time between arrival and start of service
 * @param part
 *            for a visit served by several caregivers, which of its {@link VisitLinks#parts() parts} (0-based) this
 *            route serves; {@link #NO_PART} for an ordinary visit
 * @param visitId
 *            the visit served
 * @param arrival
 *            when the caregiver arrives
 * @param start
 *            when the service starts
 * @param end
 *            when the service ends
 */
public record PlannedVisit(String visitId, Instant arrival, Instant start, Instant end, long waitingSeconds,
        Leg travelFromPrevious, int part) {

    /** {@link #part} of an ordinary visit served by one caregiver. */
    public static final int NO_PART = -1;

    /**
     * A visit served by one caregiver.
     *
     * @param visitId
     *            the visit served
     * @param arrival
     *            when the caregiver arrives
     * @param start
     *            when the service starts
     * @param end
     *            when the service ends
     * @param waitingSeconds
     *            time between arrival and start of service
     * @param travelFromPrevious
     *            the drive from the previous visit (or the shift's start location) to this one
     */
    public PlannedVisit(String visitId, Instant arrival, Instant start, Instant end, long waitingSeconds,
            Leg travelFromPrevious) {
        this(visitId, arrival, start, end, waitingSeconds, travelFromPrevious, NO_PART);
    }

    /**
     * Whether this entry is a part of a visit served by several caregivers.
     *
     * @return {@code true} unless {@link #NO_PART}
     */
    public boolean isPart() {
        return part != NO_PART;
    }

    /**
     * This entry's key, unique within a plan: see {@link #key(String, int)}.
     *
     * @return the key
     */
    public String key() {
        return key(visitId, part);
    }

    /**
     * The key of a visit ({@link #NO_PART}: {@code visitId}) or of part K of a visit served by several caregivers
     * ({@code visitId/partK}), unique within a plan.
     *
     * @param visitId
     *            the visit served
     * @param part
     *            which part of a visit served by several caregivers; {@link #NO_PART} for an ordinary visit
     * @return the key
     */
    public static String key(String visitId, int part) {
        return part == NO_PART ? visitId : visitId + "/part" + part;
    }
}
