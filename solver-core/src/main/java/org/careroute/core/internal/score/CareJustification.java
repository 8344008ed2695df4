package org.careroute.core.internal.score;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched: which visit and shift (or which patient), and by how much (in the constraint's unit,
 * before weights).
 *
 * @param visitId
 *            the visit involved, or {@code null} for a shift-level or patient-level match
 * @param shiftId
 *            the shift involved, or {@code null} for an unassigned visit
 * @param clientId
 *            the patient of a patient-level match (continuity of care), else {@code null}
 */
public record CareJustification(String constraintId, String visitId, String shiftId, long amount, String clientId)
        implements
            ConstraintJustification {

    /** A visit- or shift-level match. */
    public CareJustification(String constraintId, String visitId, String shiftId, long amount) {
        this(constraintId, visitId, shiftId, amount, null);
    }
}
