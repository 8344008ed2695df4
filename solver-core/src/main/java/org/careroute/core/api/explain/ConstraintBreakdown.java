package org.careroute.core.api.explain;

import java.util.List;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.ScoreLevel;

/**
 * What one constraint contributes to a plan's score.
 *
 * @param weight
 *            the effective weight (the problem's override or the default); 0 means switched off
 * @param totalAmount
 *            the sum of the matches' amounts, in {@link CareConstraint#unit()}
 * @param totalPenalty
 *            the sum of the matches' penalties: the score on {@code level} is lowered by this much
 * @param matches
 *            every match, in route order (empty when the constraint is off or never applies)
 * @param constraint
 *            the constraint
 * @param level
 *            the score level it lowers
 */
public record ConstraintBreakdown(CareConstraint constraint, ScoreLevel level, long weight, long totalAmount,
        long totalPenalty, List<ConstraintMatch> matches) {

    /** Copies the matches. */
    public ConstraintBreakdown {
        matches = List.copyOf(matches);
    }

    /**
     * The constraint's stable id, e.g. {@code visit-time-window}.
     *
     * @return the id
     */
    public String constraintId() {
        return constraint.id();
    }
}
