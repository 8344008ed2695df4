package org.careroute.core.api.model;

import java.time.Instant;

/**
 * A visit in a caregiver's route.
 *
 * @param travelFromPrevious
 *            the drive from the previous visit (or the shift's start location) to this one
 * @param waitingSeconds
 *            time between arrival and start of service
 */
public record PlannedVisit(String visitId, Instant arrival, Instant start, Instant end, long waitingSeconds,
        Leg travelFromPrevious) {
}
