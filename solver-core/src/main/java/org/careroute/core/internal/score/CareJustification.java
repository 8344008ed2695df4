package org.careroute.core.internal.score;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched: which visit and shift, and by how much (in the constraint's unit, before weights).
 *
 * @param visitId
 *            the visit involved, or {@code null} for a shift-level match
 * @param shiftId
 *            the shift involved, or {@code null} for an unassigned visit
 */
public record CareJustification(String constraintId, String visitId, String shiftId, long amount)
        implements
            ConstraintJustification {
}
