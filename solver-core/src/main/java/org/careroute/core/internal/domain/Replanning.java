package org.careroute.core.internal.domain;

import static org.careroute.core.internal.domain.CareVisit.UNSET;

/**
 * The re-planning facts of a visit (or part), set before solving and shared by every solution clone.
 *
 * @param notBefore
 *            the earliest departure towards the visit ({@link Long#MIN_VALUE} when unrestricted)
 * @param publishedShiftId
 *            the shift that served the visit in the published plan, or {@code null}
 * @param publishedStart
 *            the published service start ({@link CareVisit#UNSET} when the visit was not published)
 * @param changeTolerance
 *            how far the start may move from {@code publishedStart} before it counts as a change
 * @param publishedNext
 *            the published route went from its started visits (or its start) straight to this visit
 * @param heldStart
 *            a started visit's published start, which the service never starts before
 *            ({@link CareVisit#UNSET} otherwise): the past of its route stays as published whatever the changed problem
 *            does to it
 */
public record Replanning(long notBefore, String publishedShiftId, long publishedStart, long changeTolerance,
        boolean publishedNext, long heldStart) {

    /** Not re-planning: no restriction, nothing published. */
    public static final Replanning NONE = new Replanning(Long.MIN_VALUE, null, UNSET, 0, false, UNSET);

    /** The same facts for a visit that had started at {@code start}, its published start. */
    Replanning holding(long start) {
        return new Replanning(notBefore, publishedShiftId, publishedStart, changeTolerance, publishedNext, start);
    }
}
