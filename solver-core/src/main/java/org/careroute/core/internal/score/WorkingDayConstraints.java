package org.careroute.core.internal.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static org.careroute.core.internal.score.CareConstraintProvider.weight;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareTeam;
import org.careroute.core.internal.domain.CareVisit;

/**
 * The caregiver's working day: breaks, the continuous-work law, maximum working time, overtime, caregiver
 * cost and workload fairness. Route-level amounts are attributed to the last visit of the route, like the drive back.
 */
final class WorkingDayConstraints {

    private WorkingDayConstraints() {
    }

    /** Hard: a break starts after its latest start (seconds late). */
    static Constraint breakWindow(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.BREAK_WINDOW;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getBreakLateness() > 0)
                .penalize(weight(rule), CareVisit::getBreakLateness)
                .justifyWith((visit, score) -> match(rule, visit, visit.getBreakLateness()))
                .asConstraint(rule.id());
    }

    /** Soft: missable breaks a route misses (counted on its last visit). */
    static Constraint missedBreak(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.MISSED_BREAK;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getMissedBreaks() > 0)
                .penalize(weight(rule), CareVisit::getMissedBreaks)
                .justifyWith((visit, score) -> match(rule, visit, visit.getMissedBreaks()))
                .asConstraint(rule.id());
    }

    /** Hard: work beyond the continuous-work limit without a qualifying rest (seconds over). */
    static Constraint continuousWork(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.CONTINUOUS_WORK;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getContinuousWorkExcess() > 0)
                .penalize(weight(rule), CareVisit::getContinuousWorkExcess)
                .justifyWith((visit, score) -> match(rule, visit, visit.getContinuousWorkExcess()))
                .asConstraint(rule.id());
    }

    /** Hard: the route's working time exceeds the shift's maximum (seconds over). */
    static Constraint maxWorkingTime(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.MAX_WORKING_TIME;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getWorkingTimeExcess() > 0)
                .penalize(weight(rule), CareVisit::getWorkingTimeExcess)
                .justifyWith((visit, score) -> match(rule, visit, visit.getWorkingTimeExcess()))
                .asConstraint(rule.id());
    }

    /** Soft: each started minute the caregiver is back after the planned shift end (within or beyond the allowance). */
    static Constraint overtime(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.OVERTIME;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getOvertimeMinutes() > 0)
                .penalize(weight(rule), CareVisit::getOvertimeMinutes)
                .justifyWith((visit, score) -> match(rule, visit, visit.getOvertimeMinutes()))
                .asConstraint(rule.id());
    }

    /** Soft: what the caregivers cost, by the hour of working time and by the kilometre (hundredths). */
    static Constraint caregiverCost(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.CAREGIVER_COST;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getCaregiverCost() > 0)
                .penalize(weight(rule), CareVisit::getCaregiverCost)
                .justifyWith((visit, score) -> match(rule, visit, visit.getCaregiverCost()))
                .asConstraint(rule.id());
    }

    /**
     * Soft: per team, the sum of squared deviations of the caregivers' workloads (whole minutes of driving and service
     * over the whole horizon) from the team mean, caregivers without visits included with zero load. Computed exactly
     * in integers as {@code (n * sum(load^2) - sum(load)^2) / n}.
     */
    static Constraint workloadFairness(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.WORKLOAD_FAIRNESS;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getShift().getRules().getTeam() != null)
                .groupBy(visit -> visit.getShift().getCaregiverId(), visit -> visit.getShift().getRules().getTeam(),
                        sum(CareVisit::getWorkloadSeconds))
                .groupBy((caregiver, team, seconds) -> team, sum((caregiver, team, seconds) -> seconds / 60),
                        sum((caregiver, team, seconds) -> (seconds / 60) * (seconds / 60)))
                .filter((team, sum, sumOfSquares) -> squaredDeviation(team, sum, sumOfSquares) > 0)
                .penalize(weight(rule), WorkingDayConstraints::squaredDeviation)
                .justifyWith((team, sum, sumOfSquares, score) -> new CareJustification(rule.id(), null, null,
                        squaredDeviation(team, sum, sumOfSquares)))
                .asConstraint(rule.id());
    }

    /** Sum of squared deviations from the mean of {@code team.size} loads with the given sums (floor). */
    static long squaredDeviation(CareTeam team, long sum, long sumOfSquares) {
        long n = team.getSize();
        return (n * sumOfSquares - sum * sum) / n;
    }

    private static CareJustification match(CareConstraint rule, CareVisit visit, long amount) {
        CareShift shift = visit.getShift();
        return new CareJustification(rule.id(), visit.getId(), shift == null ? null : shift.getId(), amount);
    }
}
