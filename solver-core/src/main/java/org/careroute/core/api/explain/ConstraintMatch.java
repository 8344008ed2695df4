package org.careroute.core.api.explain;

/**
 * One place where a constraint applies to a plan.
 *
 * @param shiftId
 *            the shift involved, or {@code null} (unassigned visits)
 * @param visitId
 *            the visit involved, or {@code null} (shift-level matches such as shift end and capacity)
 * @param amount
 *            how much, in the constraint's unit (before the weight)
 * @param penalty
 *            {@code amount × weight}, on the constraint's score level (a positive number that is subtracted)
 * @param message
 *            what happened, for people
 */
public record ConstraintMatch(String shiftId, String visitId, long amount, long penalty, String message) {
}
