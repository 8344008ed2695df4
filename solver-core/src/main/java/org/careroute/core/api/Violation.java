package org.careroute.core.api;

/**
 * A broken rule found by the independent verifier.
 *
 * @param constraintId
 *            the {@link CareConstraint#id()} of the rule, or {@code plan-structure} for a malformed plan
 * @param shiftId
 *            the shift involved, or {@code null}
 * @param visitId
 *            the visit involved, or {@code null}
 * @param amount
 *            how much the rule is broken, in the constraint's unit (before weights)
 * @param message
 *            what is broken, with the ids and times involved
 */
public record Violation(String constraintId, String shiftId, String visitId, long amount, String message) {

    /** The {@code constraintId} of inconsistencies between the plan and the problem. */
    public static final String PLAN_STRUCTURE = "plan-structure";
}
