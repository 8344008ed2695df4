package org.careroute.core.internal.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static org.careroute.core.internal.score.CareConstraintProvider.weight;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * Rules of linked visits: parts of a visit served together by different caregivers, dependencies between
 * visits, visits pinned to a caregiver or a start. The synchronised start itself is a shadow variable
 * ({@link org.careroute.core.internal.domain.PartTiming}); these rules penalise what the shadow variables cannot
 * prevent.
 */
final class LinkedVisitConstraints {

    private LinkedVisitConstraints() {
    }

    /** Hard: two parts of one visit are served by the same caregiver (per pair). */
    static Constraint partsSameCaregiver(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.LINKED_PARTS_SAME_CAREGIVER;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.facts().isPart())
                .join(factory.forEach(CareVisit.class).filter(visit -> visit.facts().isPart()),
                        Joiners.equal(CareVisit::getSyncKey), Joiners.lessThan(visit -> visit.facts().part()),
                        Joiners.equal(visit -> visit.getShift().getCaregiverId()))
                .penalize(weight(rule))
                .justifyWith((first, second, score) -> new CareJustification(rule.id(), first.facts().visitId(), second
                        .getShift().getId(), 1))
                .asConstraint(rule.id());
    }

    /** Hard: some parts of a visit are planned and others are not (per missing part). */
    static Constraint partlyAssigned(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.LINKED_VISIT_PARTLY_ASSIGNED;
        return factory.forEachUnfiltered(CareVisit.class)
                .filter(visit -> visit.facts().isPart())
                .groupBy(CareVisit::getSyncKey, sum((CareVisit visit) -> visit.getShift() == null ? 0 : 1), count())
                .filter((visitId, assigned, parts) -> assigned > 0 && assigned < parts)
                .penalize(weight(rule), (visitId, assigned, parts) -> parts - assigned)
                .justifyWith((visitId, assigned, parts, score) -> new CareJustification(rule.id(), visitId, null,
                        parts - assigned))
                .asConstraint(rule.id());
    }

    /**
     * Hard: a planned visit whose start waits on itself, e.g. routes that serve two double-staffed visits in opposite
     * orders; Timefold marks such visits inconsistent and leaves their times unset (per visit).
     */
    static Constraint timesInconsistent(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.LINKED_TIMES_INCONSISTENT;
        return factory.forEachUnfiltered(CareVisit.class)
                .filter(visit -> visit.isInconsistent() && visit.getShift() != null)
                .penalize(weight(rule))
                .justifyWith((visit, score) -> visitMatch(rule, visit, 1))
                .asConstraint(rule.id());
    }

    /**
     * Hard: a visit starts too early or too late after the visit it depends on (minutes outside the gap). The joins
     * include unassigned lead parts: a visit with parts counts as planned while any part is ({@link
     * CareVisit#getVisitStart()}), as the verifier counts it.
     */
    static Constraint dependency(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.VISIT_DEPENDENCY;
        return factory.forEach(CareDependency.class)
                .join(factory.forEachIncludingUnassigned(CareVisit.class), Joiners.equal(CareDependency::beforeId,
                        CareVisit::getId))
                .join(factory.forEachIncludingUnassigned(CareVisit.class), Joiners.equal((dependency,
                        before) -> dependency.afterId(), CareVisit::getId))
                .filter((dependency, before, after) -> dependency.violationSeconds(before, after) > 0)
                .penalize(weight(rule), (dependency, before, after) -> dependency.violationMinutes(before, after))
                .justifyWith((dependency, before, after, score) -> visitMatch(rule, after, dependency
                        .violationMinutes(before, after)))
                .asConstraint(rule.id());
    }

    /**
     * Hard: one visit of a both-or-none dependency is planned and the other is not (per dependency: the one visit
     * left out). A visit with parts counts by its lead part; its other parts follow by {@code
     * linked-visit-partly-assigned}.
     */
    static Constraint bothOrNone(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.DEPENDENCY_BOTH_OR_NONE;
        return factory.forEach(CareDependency.class)
                .filter(CareDependency::bothOrNone)
                .join(factory.forEachIncludingUnassigned(CareVisit.class), Joiners.equal(CareDependency::beforeId,
                        CareVisit::getId))
                .join(factory.forEachIncludingUnassigned(CareVisit.class), Joiners.equal((dependency,
                        before) -> dependency.afterId(), CareVisit::getId))
                .filter(CareDependency::isHalfPlanned)
                .penalize(weight(rule))
                .justifyWith((dependency, before, after, score) -> visitMatch(rule, before.getShift() == null
                        ? before
                        : after, 1))
                .asConstraint(rule.id());
    }

    /** Hard: a pinned visit (or part) is unplanned or served by another caregiver (per visit or part). */
    static Constraint pinnedCaregiver(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.PINNED_CAREGIVER;
        return factory.forEachIncludingUnassigned(CareVisit.class)
                .filter(visit -> !visit.isOnPinnedCaregiver())
                .penalize(weight(rule))
                .justifyWith((visit, score) -> visitMatch(rule, visit, 1))
                .asConstraint(rule.id());
    }

    /** Hard: the service starts after the visit's pinned start (seconds late; the caregiver waits when early). */
    static Constraint pinnedStart(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.PINNED_START;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getPinnedStartDelay() > 0)
                .penalize(weight(rule), CareVisit::getPinnedStartDelay)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getPinnedStartDelay()))
                .asConstraint(rule.id());
    }

    private static CareJustification visitMatch(CareConstraint rule, CareVisit visit, long amount) {
        CareShift shift = visit.getShift();
        return new CareJustification(rule.id(), visit.facts().visitId(), shift == null ? null : shift.getId(), amount);
    }
}
