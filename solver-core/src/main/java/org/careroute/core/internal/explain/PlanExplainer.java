package org.careroute.core.internal.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.Violation;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.ConstraintMatch;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.internal.verify.Verification;

/**
 * Explains a plan without the solver: the score per constraint from the verifier's route simulation, and for every
 * visit left out the reasons found by {@link InsertionDiagnosis}.
 */
public final class PlanExplainer {

    private PlanExplainer() {
    }

    /**
     * @throws IllegalArgumentException
     *             when the problem itself is inconsistent; validate problems first
     */
    public static Explanation explain(Problem problem, Plan plan) {
        return explain(problem, plan, null);
    }

    /** As {@link #explain(Problem, Plan)}, with {@code travelSource} computing road matrices (may be null). */
    public static Explanation explain(Problem problem, Plan plan, TravelMatrixSource travelSource) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(plan, "plan");
        Verification verification = new Verification(problem, plan, travelSource);
        Verification.Evaluation evaluation = verification.evaluate();
        List<ConstraintBreakdown> constraints = new ArrayList<>();
        long[] levels = new long[3];
        for (CareConstraint constraint : CareConstraint.values()) {
            List<ConstraintMatch> matches = new ArrayList<>();
            long amount = 0;
            long penalty = 0;
            for (Verification.ScoreMatch match : evaluation.matches()) {
                if (match.constraint() == constraint) {
                    matches.add(new ConstraintMatch(match.shiftId(), match.visitId(), match.amount(), match
                            .penalty(), match.message()));
                    amount += match.amount();
                    penalty += match.penalty();
                }
            }
            levels[constraint.level().ordinal()] += penalty;
            constraints.add(new ConstraintBreakdown(constraint, constraint.level(), verification.weight(constraint),
                    amount, penalty, matches));
        }
        List<String> planProblems = evaluation.report().violations().stream().filter(v -> v.constraintId().equals(
                Violation.PLAN_STRUCTURE)).map(Violation::message).toList();
        InsertionDiagnosis diagnosis = new InsertionDiagnosis(problem, evaluation.travel(), verification.text(),
                routes(problem, plan), verification.release());
        List<UnassignedExplanation> unassigned = new ArrayList<>();
        for (Visit visit : problem.visits()) {
            if (!evaluation.assignedVisitIds().contains(visit.id())) {
                unassigned.add(diagnosis.explain(visit));
            }
        }
        return new Explanation(problem.name(), plan.score(), -levels[0], -levels[1], -levels[2], constraints,
                unassigned, planProblems);
    }

    /** The problem's visits of each shift's route, as the plan orders them (unknown ids and repeats skipped). */
    private static Map<String, List<Visit>> routes(Problem problem, Plan plan) {
        Map<String, Visit> visits = new HashMap<>();
        problem.visits().forEach(v -> visits.putIfAbsent(v.id(), v));
        Map<String, Shift> shifts = new HashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            caregiver.shifts().forEach(s -> shifts.putIfAbsent(s.id(), s));
        }
        Map<String, List<Visit>> routes = new HashMap<>();
        for (ShiftPlan shiftPlan : plan.shifts()) {
            if (shiftPlan.shiftId() == null || !shifts.containsKey(shiftPlan.shiftId()) || routes.containsKey(
                    shiftPlan.shiftId())) {
                continue;
            }
            List<Visit> route = new ArrayList<>();
            for (PlannedVisit planned : shiftPlan.visits()) {
                Visit visit = planned.visitId() == null ? null : visits.get(planned.visitId());
                if (visit != null) {
                    route.add(visit);
                }
            }
            routes.put(shiftPlan.shiftId(), List.copyOf(route));
        }
        return routes;
    }
}
