package org.careroute.core.api.model;

import java.time.Instant;

/**
 * A break of the published plan that had started before the re-planning time: like a started visit, it is a fact
 * and the re-planned plan keeps it as published (start, end and place).
 *
 * @param shiftId
 *            the shift whose route took it
 * @param breakIndex
 *            which of the shift's breaks (0-based, as in {@link ShiftRules#breaks()})
 * @param start
 *            its published start, before the re-planning time
 * @param end
 *            its published end
 * @param visitId
 *            its published place, as in {@link PlannedBreak#visitId()}
 */
public record StartedBreak(String shiftId, int breakIndex, Instant start, Instant end, String visitId) {
}
