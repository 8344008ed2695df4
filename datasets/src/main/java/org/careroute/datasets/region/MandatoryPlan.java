package org.careroute.datasets.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.careroute.core.api.AssertionMode;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;

/**
 * The whole-day check of a generated day: a plan of all its mandatory visits together that keeps every hard rule,
 * found by careroute's own search on the day without its optional visits and checked by the independent verifier.
 * Reachability per visit ({@link Reachability}) does not settle contention: two fixed-time insulin visits that only
 * the same nurse can reach in the same hour are each reachable alone. Where the search finds no plan that serves
 * every mandatory visit, the visits its best plan leaves out or serves late (the verifier's violations) are made
 * optional and the rest is planned again from that plan, until a plan keeps every rule; that plan proves the day
 * can be planned.
 *
 * <p>
 * Decision: a search with a fixed move budget and seed (the same day always gives the same answer), stopping at the
 * first plan without hard violations. It is not a proof that the visits made optional cannot be served: it is
 * careroute's best effort on the mandatory visits alone, which is far easier than the day with its optional visits.
 */
final class MandatoryPlan {

    /** Ruin-and-recreate iterations per round when no plan without hard violations comes sooner. */
    static final long MOVES = 5_000;
    private static final int MAX_ROUNDS = 20;
    private static final String ANY_FEASIBLE = "0hard/-999999999999medium/-999999999999999soft";

    private MandatoryPlan() {
    }

    /**
     * The check's result: the day with the visits made optional, those visits (id to reason), and the plan of its
     * mandatory visits for the whole day (every optional visit left out).
     */
    record Result(Problem day, Map<String, String> madeOptional, Plan plan) {
    }

    /** Plans the mandatory visits of {@code day}; see the class comment. */
    static Result of(Problem day) {
        Planner planner = Planner.create();
        List<Visit> mandatory = day.visits().stream().filter(Visit::mandatory).toList();
        Map<String, String> madeOptional = new LinkedHashMap<>();
        Problem part = withVisits(day, mandatory);
        SolveOptions options = new SolveOptions(null, null, ANY_FEASIBLE, MOVES, 0, AssertionMode.NONE);
        Plan plan = mandatory.isEmpty()
                ? new Plan(day.name(), null, null, List.of(), List.of())
                : planner.solve(part,
                        options);
        for (int round = 0;; round++) {
            VerificationReport report = planner.verify(part, plan);
            if (report.feasible()) {
                Problem checked = withVisits(day, day.visits().stream().map(v -> madeOptional.containsKey(v.id())
                        ? GeneratedDay.optional(v)
                        : v).toList());
                return new Result(checked, madeOptional, forDay(planner, checked, plan));
            }
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException("No plan of the mandatory visits of " + day.name() + " after "
                        + MAX_ROUNDS + " rounds: " + report.violations().stream().limit(5).map(Violation::message)
                                .toList());
            }
            Map<String, String> out = culprits(plan, report, mandatory.size());
            madeOptional.putAll(out);
            part = withVisits(part, part.visits().stream().filter(v -> !out.containsKey(v.id())).toList());
            plan = planner.solve(part, without(plan, out.keySet()), options);
        }
    }

    /**
     * The visits to make optional: each mandatory visit the plan leaves out, and the visit each violation names (the
     * last visit of its shift for a violation of a whole shift, e.g. back after the shift end).
     */
    private static Map<String, String> culprits(Plan plan, VerificationReport report, int mandatory) {
        String context = String.format(Locale.ROOT, "careroute's best plan of the day's %d mandatory visits"
                + " (%d moves, seed 0)", mandatory, MOVES);
        Map<String, String> out = new LinkedHashMap<>();
        for (UnassignedVisit v : plan.unassignedVisits()) {
            out.putIfAbsent(v.visitId(), context + " leaves it out: " + String.join(" ", v.reasons()));
        }
        Map<String, List<PlannedVisit>> routes = plan.shifts().stream().collect(Collectors.toMap(ShiftPlan::shiftId,
                ShiftPlan::visits));
        for (Violation violation : report.violations()) {
            String visit = violation.visitId();
            if (visit == null && violation.shiftId() != null && !routes.getOrDefault(violation.shiftId(), List.of())
                    .isEmpty()) {
                visit = routes.get(violation.shiftId()).getLast().visitId();
            }
            if (visit != null) {
                out.putIfAbsent(visit, context + " breaks a rule with it: " + violation.message());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("Violations without a visit or shift: " + report.violations());
        }
        return out;
    }

    private static Plan without(Plan plan, Set<String> visits) {
        List<ShiftPlan> shifts = new ArrayList<>(plan.shifts().size());
        for (ShiftPlan s : plan.shifts()) {
            shifts.add(new ShiftPlan(s.shiftId(), s.caregiverId(), null, null, s.visits().stream().filter(
                    v -> !visits.contains(v.visitId())).map(
                            v -> new PlannedVisit(v.visitId(), null, null, null, 0,
                                    null))
                    .toList(), null, 0, 0));
        }
        return new Plan(plan.problemName(), null, null, shifts, plan.unassignedVisits().stream().filter(
                v -> !visits.contains(v.visitId())).toList());
    }

    /** The plan for the whole day: the mandatory routes, every optional visit left out; summary and score verified. */
    private static Plan forDay(Planner planner, Problem day, Plan plan) {
        Set<String> planned = plan.shifts().stream().flatMap(s -> s.visits().stream()).map(PlannedVisit::visitId)
                .collect(Collectors.toSet());
        List<UnassignedVisit> left = day.visits().stream().filter(v -> !planned.contains(v.id())).map(
                v -> new UnassignedVisit(v.id(), v.mandatory(), List.of("optional: not in the plan of the mandatory"
                        + " visits")))
                .toList();
        PlanSummary summary = planner.verify(day, new Plan(day.name(), null, null, plan.shifts(), left)).recomputed();
        return new Plan(day.name(), String.format(Locale.ROOT, "%dhard/%dmedium/%dsoft", summary.hardScore(), summary
                .mediumScore(), summary.softScore()), summary, plan.shifts(), left);
    }

    private static Problem withVisits(Problem problem, List<Visit> visits) {
        return new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(), problem
                .caregivers(), visits, problem.constraintWeights(), problem.clients());
    }
}
