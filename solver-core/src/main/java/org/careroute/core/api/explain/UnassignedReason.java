package org.careroute.core.api.explain;

/**
 * One concrete reason why a visit is not in the plan, found by trying the visit at every position of every shift.
 *
 * @param kind
 *            the category
 * @param caregiverId
 *            the caregiver of the best attempt in this category, or {@code null} when none applies
 * @param shiftId
 *            the shift of the best attempt, or {@code null}
 * @param amount
 *            the size of the best attempt's problem in the category's unit: seconds late ({@code ARRIVES_LATE}),
 *            seconds of delay caused to other visits ({@code DELAYS_OTHER_VISITS}), seconds after the shift end
 *            ({@code SHIFT_END}), demand above capacity ({@code CAPACITY}), the weighted hard penalty of the
 *            working-time
 *            rules ({@code WORKING_TIME}), the soft cost of the insertion
 *            ({@code COSTS_MORE_THAN_LEAVING_OUT}, {@code INSERTABLE}); 0 otherwise
 * @param shiftCount
 *            how many shifts fall into this category
 * @param message
 *            the reason in words, naming skills, times, caregivers and shifts
 */
public record UnassignedReason(Kind kind, String caregiverId, String shiftId, long amount, int shiftCount,
        String message) {

    /** Why a visit could not be placed. */
    public enum Kind {
        /** No caregiver holds all required skills. */
        MISSING_SKILL,
        /** Qualified caregivers exist, but none of their shifts overlaps the visit's time windows. */
        NO_SHIFT_AT_THAT_TIME,
        /** Qualified shifts would reach the visit only after its last window ends. */
        ARRIVES_LATE,
        /** Fitting the visit in would make later visits of the route start after their windows. */
        DELAYS_OTHER_VISITS,
        /** Fitting the visit in would bring the caregiver back after the shift end. */
        SHIFT_END,
        /** Fitting the visit in would exceed the caregiver's capacity. */
        CAPACITY,
        /** Fitting the visit in would break a working-time rule: break window, continuous work, working time. */
        WORKING_TIME,
        /** It fits without breaking a hard rule, but that costs more than leaving it out. */
        COSTS_MORE_THAN_LEAVING_OUT,
        /** It fits and would improve the score: the solver stopped before finding this insertion. */
        INSERTABLE,
        /** Every caregiver with the required skills is excluded by the patient. */
        EXCLUDED_CAREGIVER,
        /** The problem has no shifts at all. */
        NO_SHIFTS
    }
}
