package org.careroute.core.internal.solver;

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
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.WorkingDay;
import org.careroute.core.internal.domain.WorkingDayRules;
import org.careroute.core.internal.travel.DenseTravelMatrix;
import org.careroute.core.internal.verify.PlanExplainer;

/**
 * Turns a solved {@link CareSchedule} into an api {@link Plan}. Times are recomputed from the route order with the
 * same rules as the shadow variables, so a plan never depends on shadow-variable state.
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
            List<PlannedBreak> breaks = new ArrayList<>();
            WorkingDayRules rules = shift.getRules();
            WorkingDay.Step step = new WorkingDay.Step();
            long time = shift.getStart();
            long state = 0;
            int location = shift.getStartLocation();
            String previousId = null;
            long shiftTravel = 0;
            long shiftDistance = 0;
            CareVisit previousVisit = null;
            for (CareVisit visit : shift.getVisits()) {
                time = visit.departureAfter(shift, previousVisit, time);
                previousVisit = visit;
                long legSeconds = travel.durationSeconds(location, visit.getLocation());
                long legMeters = travel.distanceMeters(location, visit.getLocation());
                String here = visit.getVisitId();
                String before = previousId;
                WorkingDay.BreakLog log = (index, start, end, atArrival) -> breaks.add(new PlannedBreak(index,
                        Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), atArrival ? here : before));
                WorkingDay.visit(rules, visit, time, legSeconds, state, times.syncStart(visit), step, log);
                long arrival = step.arrival();
                long end = step.end();
                long breakSeconds = step.arrivalBreakSeconds();
                state = step.state();
                long start = end - visit.getDuration();
                long waiting = start - arrival - breakSeconds;
                planned.add(new PlannedVisit(visit.getVisitId(), Instant.ofEpochSecond(arrival),
                        Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), waiting,
                        new Leg(legSeconds, legMeters), visit.isPart() ? visit.getPart() : PlannedVisit.NO_PART));
                shiftTravel += legSeconds;
                shiftDistance += legMeters;
                totalWaiting += waiting;
                assigned[visit.getIndex()] = true;
                time = end;
                location = visit.getLocation();
                previousId = here;
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
                String last = previousId;
                long lastEnd = time;
                time = WorkingDay.routeEnd(rules, time, returnLeg.seconds(), state, WorkingDay.RETURN_TIME,
                        (index, start, end, atArrival) -> breaks.add(new PlannedBreak(index, Instant.ofEpochSecond(
                                start), Instant.ofEpochSecond(end), last)));
                addBreaksAfterRoute(rules, WorkingDay.breaksTaken(WorkingDay.routeEnd(rules, lastEnd,
                        returnLeg.seconds(), state, WorkingDay.STATE, null)), time, breaks);
            }
            totalTravel += shiftTravel;
            totalDistance += shiftDistance;
            shiftPlans.add(new ShiftPlan(shift.getId(), shift.getCaregiverId(), Instant.ofEpochSecond(
                    shift.getStart()), Instant.ofEpochSecond(time), planned, returnLeg, shiftTravel, shiftDistance,
                    breaks));
        }
        List<UnassignedVisit> unassigned = new ArrayList<>();
        UnassignedDiagnosis diagnosis = new UnassignedDiagnosis(built);
        int assignedCount = 0;
        for (CareVisit visit : schedule.getVisits()) {
            if (!visit.isLead()) {
                continue;
            }
            if (assigned[visit.getIndex()]) {
                assignedCount++;
            } else {
                unassigned.add(new UnassignedVisit(visit.getVisitId(), visit.isMandatory(), diagnosis.reasons(
                        visit)));
            }
        }
        PlanSummary summary = new PlanSummary(score.hardScore(), score.mediumScore(), score.softScore(),
                score.isFeasible(), assignedCount, unassigned.size(), totalTravel, totalDistance, totalWaiting,
                usedShifts);
        return new Plan(problem.name(), score.toString(), summary, shiftPlans, unassigned);
    }

    /** The breaks not taken during the route: after the return, each at the earliest moment it may start. */
    private static void addBreaksAfterRoute(WorkingDayRules rules, int taken, long returnTime,
            List<PlannedBreak> breaks) {
        long time = returnTime;
        for (int k = taken; k < rules.breakCount(); k++) {
            long start = Math.max(time, rules.breakEarliestStart(k));
            time = start + rules.breakDuration(k);
            breaks.add(new PlannedBreak(k, Instant.ofEpochSecond(start), Instant.ofEpochSecond(time), null));
        }
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
