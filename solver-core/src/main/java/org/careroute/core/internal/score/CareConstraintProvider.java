package org.careroute.core.internal.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.ScoreLevel;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * careroute's rules as incremental constraint streams, one method per constraint. Penalties are proportional (seconds
 * late, seconds driven, missing skills...) and carry a {@link CareJustification}. Ids and default weights come from
 * {@link CareConstraint}; the problem can override weights through {@code ConstraintWeightOverrides}.
 */
public final class CareConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{
                visitTimeWindow(factory),
                shiftEnd(factory),
                requiredSkills(factory),
                shiftCapacity(factory),
                mandatoryVisitUnassigned(factory),
                visitUnassigned(factory),
                optionalVisitValue(factory),
                travelTime(factory),
                travelDistance(factory),
                waitingTime(factory),
                firstVisitWaiting(factory),
                WorkingDayConstraints.breakWindow(factory),
                WorkingDayConstraints.missedBreak(factory),
                WorkingDayConstraints.continuousWork(factory),
                WorkingDayConstraints.maxWorkingTime(factory),
                WorkingDayConstraints.overtime(factory),
                WorkingDayConstraints.caregiverCost(factory),
                WorkingDayConstraints.workloadFairness(factory),
                PatientCareConstraints.preferredCaregiver(factory),
                PatientCareConstraints.excludedCaregiver(factory),
                PatientCareConstraints.continuityOfCare(factory),
                PatientCareConstraints.maxDistinctCaregivers(factory),
                PatientCareConstraints.preferredWindow(factory),
                PatientCareConstraints.preferredWindowMaxDeviation(factory),
                PatientCareConstraints.worstPreferredWindowDeviation(factory),
                PatientCareConstraints.softWindowLateness(factory),
                LinkedVisitConstraints.partsSameCaregiver(factory),
                LinkedVisitConstraints.partlyAssigned(factory),
                LinkedVisitConstraints.timesInconsistent(factory),
                LinkedVisitConstraints.dependency(factory),
                LinkedVisitConstraints.bothOrNone(factory),
                LinkedVisitConstraints.pinnedCaregiver(factory),
                LinkedVisitConstraints.pinnedStart(factory),
                ReplanningConstraints.planChange(factory),
                IdleTimeConstraints.idleTime(factory),
                IdleTimeConstraints.worstCaregiverIdleTime(factory)
        };
    }

    /** Hard: service starts after the end of the visit's last time window (seconds late). */
    Constraint visitTimeWindow(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.VISIT_TIME_WINDOW;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getLateness() > 0)
                .penalize(weight(rule), CareVisit::getLateness)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getLateness()))
                .asConstraint(rule.id());
    }

    /** Hard: the caregiver is back at the end location after the shift end (seconds over). */
    Constraint shiftEnd(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.SHIFT_END;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getShiftOverrun() > 0)
                .penalize(weight(rule), CareVisit::getShiftOverrun)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getShiftOverrun()))
                .asConstraint(rule.id());
    }

    /** Hard: the caregiver lacks a skill the visit requires (per missing skill). */
    Constraint requiredSkills(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.REQUIRED_SKILLS;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getMissingSkillCount() > 0)
                .penalize(weight(rule), CareVisit::getMissingSkillCount)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getMissingSkillCount()))
                .asConstraint(rule.id());
    }

    /** Hard: the demand of a shift's visits exceeds the caregiver's capacity (by the excess). */
    Constraint shiftCapacity(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.SHIFT_CAPACITY;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.facts().demand() > 0 && visit.getShift().hasCapacityLimit())
                .groupBy(CareVisit::getShift, sum((CareVisit visit) -> visit.facts().demand()))
                .filter((shift, demand) -> demand > shift.getCapacity())
                .penalize(weight(rule), (shift, demand) -> demand - shift.getCapacity())
                .justifyWith((shift, demand, score) -> new CareJustification(rule.id(), null, shift.getId(),
                        demand - shift.getCapacity()))
                .asConstraint(rule.id());
    }

    /** Hard: a mandatory visit is left out of the plan (per visit). */
    Constraint mandatoryVisitUnassigned(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.MANDATORY_VISIT_UNASSIGNED;
        return factory.forEachIncludingUnassigned(CareVisit.class)
                .filter(visit -> visit.getShift() == null && visit.facts().mandatory())
                .penalize(weight(rule))
                .justifyWith((visit, score) -> new CareJustification(rule.id(), visit.facts().visitId(), null, 1))
                .asConstraint(rule.id());
    }

    /** Medium: an optional visit is left out of the plan (by its priority). */
    Constraint visitUnassigned(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.VISIT_UNASSIGNED;
        return factory.forEachIncludingUnassigned(CareVisit.class)
                .filter(visit -> visit.getShift() == null && !visit.facts().mandatory() && visit.facts().priority() > 0)
                .penalize(weight(rule), visit -> visit.facts().priority())
                .justifyWith((visit, score) -> new CareJustification(rule.id(), visit.facts().visitId(), null,
                        visit.facts().priority()))
                .asConstraint(rule.id());
    }

    /**
     * Soft: an optional visit with a value is left out of the plan (by its value; such a visit has no priority on the
     * medium level; the parts of a visit with parts share its value).
     */
    Constraint optionalVisitValue(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.OPTIONAL_VISIT_VALUE;
        return factory.forEachIncludingUnassigned(CareVisit.class)
                .filter(visit -> visit.getShift() == null && visit.facts().value() > 0)
                .penalize(weight(rule), visit -> visit.facts().value())
                .justifyWith((visit, score) -> new CareJustification(rule.id(), visit.facts().visitId(), null,
                        visit.facts().value()))
                .asConstraint(rule.id());
    }

    /** Soft: seconds driven, including the drive back to the shift's end location. */
    Constraint travelTime(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.TRAVEL_TIME;
        return factory.forEach(CareVisit.class)
                .penalize(weight(rule), CareVisit::getTravelSeconds)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getTravelSeconds()))
                .asConstraint(rule.id());
    }

    /** Soft (off by default): metres driven, including the drive back; the objective of VRPTW benchmarks. */
    Constraint travelDistance(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.TRAVEL_DISTANCE;
        return factory.forEach(CareVisit.class)
                .penalize(weight(rule), CareVisit::getTravelMeters)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getTravelMeters()))
                .asConstraint(rule.id());
    }

    /** Soft: whole minutes waited before a visit's window opens (not before the first visit of a route). */
    Constraint waitingTime(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.WAITING_TIME;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getPenalizedWaitingMinutes() > 0)
                .penalize(weight(rule), CareVisit::getPenalizedWaitingMinutes)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getPenalizedWaitingMinutes()))
                .asConstraint(rule.id());
    }

    /** Soft (off by default): whole minutes waited before the first visit of a route, leaving at the shift start. */
    Constraint firstVisitWaiting(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.FIRST_VISIT_WAITING;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getPrevious() == null && visit.getFirstVisitWaitingMinutes() > 0)
                .penalize(weight(rule), CareVisit::getFirstVisitWaitingMinutes)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getFirstVisitWaitingMinutes()))
                .asConstraint(rule.id());
    }

    private static CareJustification visitMatch(CareConstraint rule, CareVisit visit, long amount) {
        CareShift shift = visit.getShift();
        return new CareJustification(rule.id(), visit.facts().visitId(), shift == null ? null : shift.getId(), amount);
    }

    /** The default weight of a constraint on its own score level. */
    public static HardMediumSoftScore weight(CareConstraint rule) {
        return weight(rule, rule.defaultWeight());
    }

    /** A weight on the constraint's own score level. */
    public static HardMediumSoftScore weight(CareConstraint rule, long value) {
        ScoreLevel level = rule.level();
        return switch (level) {
            case HARD -> HardMediumSoftScore.ofHard(value);
            case MEDIUM -> HardMediumSoftScore.ofMedium(value);
            case SOFT -> HardMediumSoftScore.ofSoft(value);
        };
    }
}
