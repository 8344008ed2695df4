package org.careroute.core.internal.score;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * Rules of re-planning during the day: keep the published plan where the new situation allows. Outside re-planning
 * no visit carries a published assignment and these rules never match.
 */
final class ReplanningConstraints {

    private ReplanningConstraints() {
    }

    /**
     * Soft: a visit of the published plan is served by another shift, starts more than the tolerance away from its
     * published start, or is left out (one per changed visit).
     */
    static Constraint planChange(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.PLAN_CHANGE;
        return factory.forEachIncludingUnassigned(CareVisit.class)
                .filter(CareVisit::isChangedFromPublished)
                .penalize(CareConstraintProvider.weight(rule))
                .justifyWith((visit, score) -> {
                    CareShift shift = visit.getShift();
                    return new CareJustification(rule.id(), visit.getId(), shift == null ? null : shift.getId(), 1);
                })
                .asConstraint(rule.id());
    }
}
