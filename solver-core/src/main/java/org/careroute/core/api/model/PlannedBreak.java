package org.careroute.core.api.model;

import java.time.Instant;

/**
 * A break of a shift's route.
 *
 * @param breakIndex
 *            which of the shift's breaks (0-based, as in {@link ShiftRules#breaks()})
 * @param visitId
 *            the visit at whose location the break is taken (on arrival, before the service, or after the service,
 *            before leaving); {@code null} at the shift's start location before the first drive, on the way (the
 *            caregiver stops where the break's window opens during a drive), or after the route (back at the end
 *            location, or wherever an open-ended shift ends), told apart by the time
 * @param start
 *            when the break starts
 * @param end
 *            when it ends
 */
public record PlannedBreak(int breakIndex, Instant start, Instant end, String visitId) {
}
