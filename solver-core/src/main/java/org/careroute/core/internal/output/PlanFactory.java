package org.careroute.core.internal.output;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.explain.UnassignedReason;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.explain.PlanExplainer;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * Turns a solved {@link CareSchedule} into an api {@link Plan}. Times are recomputed from the route order by
 * {@link RouteTimes} with the same rules as the shadow variables, so a plan never depends on shadow-variable state.
 */
public final class PlanFactory {

    private PlanFactory() {
    }

    public static Plan toPlan(Problem problem, ScheduleFactory.Built built, CareSchedule schedule,
            HardMediumSoftScore score) {
        List<ShiftPlan> shiftPlans = new ArrayList<>(schedule.getShifts().size());
        boolean[] assigned = new boolean[problem.visits().size()];
        long totalTravel = 0;
        long totalDistance = 0;
        long totalWaiting = 0;
        int usedShifts = 0;
        RouteTimes times = RouteTimes.of(schedule.getShifts());
        for (CareShift shift : schedule.getShifts()) {
            DenseTravelMatrix travel = shift.getTravel();
            List<PlannedVisit> planned = new ArrayList<>(shift.getVisits().size());
            int location = shift.getStartLocation();
            long shiftTravel = 0;
            long shiftDistance = 0;
            for (CareVisit visit : shift.getVisits()) {
                long legSeconds = travel.durationSeconds(location, visit.facts().location());
                long legMeters = travel.distanceMeters(location, visit.facts().location());
                long arrival = times.arrival(visit);
                long start = times.start(visit);
                long waiting = start - arrival - times.arrivalBreakSeconds(visit);
                planned.add(new PlannedVisit(visit.facts().visitId(), Instant.ofEpochSecond(arrival),
                        Instant.ofEpochSecond(start), Instant.ofEpochSecond(times.end(visit)), waiting,
                        new Leg(legSeconds, legMeters),
                        visit.facts().isPart() ? visit.facts().part() : PlannedVisit.NO_PART));
                shiftTravel += legSeconds;
                shiftDistance += legMeters;
                totalWaiting += waiting;
                assigned[visit.facts().index()] = true;
                location = visit.facts().location();
            }
            Leg returnLeg = Leg.NONE;
            if (!planned.isEmpty()) {
                usedShifts++;
                if (!shift.hasOpenEnd()) {
                    returnLeg = new Leg(travel.durationSeconds(location, shift.getEndLocation()),
                            travel.distanceMeters(location, shift.getEndLocation()));
                    shiftTravel += returnLeg.seconds();
                    shiftDistance += returnLeg.meters();
                }
            }
            totalTravel += shiftTravel;
            totalDistance += shiftDistance;
            shiftPlans.add(new ShiftPlan(shift.getId(), shift.getCaregiverId(), Instant.ofEpochSecond(
                    shift.getStart()), Instant.ofEpochSecond(times.returnTime(shift)), planned, returnLeg,
                    shiftTravel, shiftDistance, times.breaks(shift)));
        }
        List<UnassignedVisit> unassigned = new ArrayList<>();
        UnassignedDiagnosis diagnosis = new UnassignedDiagnosis(built);
        int assignedCount = 0;
        for (CareVisit visit : schedule.getVisits()) {
            if (!visit.facts().isLead()) {
                continue;
            }
            if (assigned[visit.facts().index()]) {
                assignedCount++;
            } else {
                unassigned
                        .add(new UnassignedVisit(visit.facts().visitId(), visit.facts().mandatory(), diagnosis.reasons(
                                visit)));
            }
        }
        PlanSummary summary = new PlanSummary(score.hardScore(), score.mediumScore(), score.softScore(),
                score.isFeasible(), assignedCount, unassigned.size(), totalTravel, totalDistance, totalWaiting,
                usedShifts);
        return new Plan(problem.name(), score.toString(), summary, shiftPlans, unassigned);
    }

    /** Insertion attempts (unassigned visits x route positions) up to which final plans get detailed reasons. */
    static final long DETAILED_REASONS_BUDGET = 20_000_000L;

    /**
     * The final plan: like {@link #toPlan}, but each unassigned visit's reasons come from trying it at every position
     * of every qualified shift (the same diagnosis as {@code explain}), when that stays within a budget; above it
     * the quick first-level reasons stay.
     */
    public static Plan toFinalPlan(Problem problem, ScheduleFactory.Built built, CareSchedule schedule,
            HardMediumSoftScore score) {
        return toFinalPlan(problem, built, schedule, score, UnaryOperator.identity());
    }

    /** As {@link #toFinalPlan}, with {@code decorate} applied (e.g. adding the changes) before the reasons. */
    public static Plan toFinalPlan(Problem problem, ScheduleFactory.Built built, CareSchedule schedule,
            HardMediumSoftScore score, UnaryOperator<Plan> decorate) {
        Plan plan = decorate.apply(toPlan(problem, built, schedule, score));
        long attempts = (long) plan.unassignedVisits().size() * (plan.summary().assignedVisits() + plan.shifts()
                .size());
        if (plan.unassignedVisits().isEmpty() || attempts > DETAILED_REASONS_BUDGET) {
            return plan;
        }
        Map<String, List<String>> reasons = new HashMap<>();
        for (UnassignedExplanation explained : PlanExplainer.explain(problem, plan).unassignedVisits()) {
            reasons.put(explained.visitId(), explained.reasons().stream().map(UnassignedReason::message).toList());
        }
        List<UnassignedVisit> detailed = new ArrayList<>(plan.unassignedVisits().size());
        for (UnassignedVisit visit : plan.unassignedVisits()) {
            List<String> found = reasons.get(visit.visitId());
            detailed.add(found == null || found.isEmpty()
                    ? visit
                    : new UnassignedVisit(visit.visitId(), visit.mandatory(), found));
        }
        return new Plan(plan.problemName(), plan.score(), plan.summary(), plan.shifts(), detailed, plan.changes());
    }
}
