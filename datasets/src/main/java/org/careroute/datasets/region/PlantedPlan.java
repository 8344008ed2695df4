package org.careroute.datasets.region;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;

/**
 * Turns planted routes into a plan document: careroute times them (a warm start from the routes that stops at once,
 * so the times are the solver's own route timing: drives, waiting, breaks), every window is widened where needed to
 * hold the timed start, and the independent verifier ({@link Planner#verify}) must accept the plan for the whole
 * problem, optional extras left out; its recomputed score is the plan's score.
 */
final class PlantedPlan {

    /** Reached by any plan without hard violations: the solver stops before its first move. */
    private static final String ANY_FEASIBLE = "0hard/-999999999999medium/-999999999999999soft";
    static final String NOT_PLANTED = "An optional extra visit, not in the planted plan.";
    /** Timings of the planted routes before giving up on visits careroute's timing leaves out. */
    private static final int MAX_ROUNDS = 3;

    private PlantedPlan() {
    }

    /** The planted route of one shift: visit ids in order. */
    record Route(String shiftId, String caregiverId, List<String> visitIds) {
    }

    /**
     * The day with its planted plan.
     *
     * @throws IllegalStateException
     *             when the timed routes are not what was planted or the verifier rejects the plan (a generator bug)
     */
    static GeneratedDay of(Problem problem, List<Route> routes) {
        // the generator drafts its routes with an estimate of careroute's break placement; a visit that careroute's
        // own timing cannot keep where it was drafted is left out of the day, and the rest is timed again
        Planner planner = Planner.create();
        Plan timed = time(planner, problem, routes);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Set<String> dropped = droppedByTiming(routes, timed);
            if (dropped.isEmpty()) {
                break;
            }
            problem = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(), problem
                    .caregivers(), problem.visits().stream().filter(v -> !dropped.contains(v.id())).toList(),
                    problem.constraintWeights(), problem.clients());
            routes = routes.stream().map(r -> new Route(r.shiftId(), r.caregiverId(), r.visitIds().stream().filter(
                    id -> !dropped.contains(id)).toList())).toList();
            timed = time(planner, problem, routes);
        }
        return withPlan(planner, problem, routes, timed);
    }

    /**
     * Planted visits that careroute's timing of the planted routes does not keep in their own route and order: those
     * it leaves out or moves to another route, and those off the longest common subsequence of the planted and the
     * timed order (a warm start with a hard violation is searched, and the search may reorder a route).
     */
    private static Set<String> droppedByTiming(List<Route> routes, Plan timed) {
        Map<String, List<String>> byShift = new HashMap<>();
        timed.shifts().forEach(s -> byShift.put(s.shiftId(), s.visits().stream().map(PlannedVisit::visitId)
                .toList()));
        Set<String> dropped = new HashSet<>();
        for (Route route : routes) {
            Set<String> kept = inOrder(route.visitIds(), byShift.getOrDefault(route.shiftId(), List.of()));
            route.visitIds().stream().filter(id -> !kept.contains(id)).forEach(dropped::add);
        }
        return dropped;
    }

    /** The visits of a longest common subsequence of two routes. */
    private static Set<String> inOrder(List<String> planted, List<String> timed) {
        int n = planted.size();
        int m = timed.size();
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = planted.get(i).equals(timed.get(j))
                        ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        for (int i = 0, j = 0; i < n && j < m;) {
            if (planted.get(i).equals(timed.get(j))) {
                kept.add(planted.get(i));
                i++;
                j++;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    private static Plan time(Planner planner, Problem problem, List<Route> routes) {
        Set<String> plantedIds = routes.stream().flatMap(r -> r.visitIds().stream()).collect(Collectors.toSet());
        Map<String, Instant> shiftEnds = new HashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                shiftEnds.put(shift.id(), shift.end());
            }
        }
        Map<String, Instant> latestEnd = new HashMap<>();
        routes.forEach(r -> r.visitIds().forEach(id -> latestEnd.put(id, shiftEnds.get(r.shiftId()))));
        // timed with windows open until the shift end: the start is the window start or the arrival either way
        List<Visit> open = problem.visits().stream().filter(v -> plantedIds.contains(v.id())).map(v -> withWindow(v,
                new TimeWindow(v.timeWindows().getFirst().start(), latestEnd.get(v.id())))).toList();
        Problem timing = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(),
                problem.caregivers(), open, problem.constraintWeights(), problem.clients());
        return planner.solve(timing, startPlan(timing, routes), new SolveOptions(null, null, ANY_FEASIBLE, null, 0,
                AssertionMode.NONE));
    }

    /** The day whose planted routes careroute timed as {@code timed}: windows fitted, plan verified. */
    private static GeneratedDay withPlan(Planner planner, Problem problem, List<Route> routes, Plan timed) {
        requireSameRoutes(routes, timed);
        Map<String, Instant> starts = new HashMap<>();
        timed.shifts().forEach(s -> s.visits().forEach(v -> starts.put(v.visitId(), v.start())));
        List<Visit> visits = new ArrayList<>(problem.visits().size());
        List<UnassignedVisit> extras = new ArrayList<>();
        for (Visit v : problem.visits()) {
            Instant start = starts.get(v.id());
            TimeWindow window = v.timeWindows().getFirst();
            if (start == null) {
                extras.add(new UnassignedVisit(v.id(), v.mandatory(), List.of(NOT_PLANTED)));
                visits.add(v);
            } else {
                visits.add(start.isAfter(window.end()) ? withWindow(v, new TimeWindow(window.start(), start)) : v);
            }
        }
        Problem day = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(), problem
                .caregivers(), visits, problem.constraintWeights(), problem.clients());
        Plan plan = verified(planner, day, timed.shifts(), extras);
        return new GeneratedDay(day, List.of(), plan, plan);
    }

    /**
     * The planted day with only the visits its planted plan serves (same staff, the extras removed) and the planted
     * routes scored anew on it.
     */
    static GeneratedDay plantedVisitsOnly(GeneratedDay day) {
        Problem problem = day.problem();
        Set<String> served = day.plantedPlan().shifts().stream().flatMap(s -> s.visits().stream()).map(
                PlannedVisit::visitId).collect(Collectors.toSet());
        Problem only = new Problem(problem.name() + " [planted visits]", problem.timeZone(), problem.timeFormat(),
                problem.travel(), problem.caregivers(), problem.visits().stream().filter(v -> served.contains(v
                        .id())).toList(),
                problem.constraintWeights(), problem.clients());
        Plan plan = verified(Planner.create(), only, day.plantedPlan().shifts(), List.of());
        return new GeneratedDay(only, List.of(), plan, plan);
    }

    /**
     * The plan of these routes with the score and summary the verifier recomputes; it must keep every rule. (A plan
     * without a summary is itself a violation, so the summary is the second check's, which has none.)
     */
    private static Plan verified(Planner planner, Problem day, List<ShiftPlan> shifts, List<UnassignedVisit> extras) {
        PlanSummary summary = planner.verify(day, new Plan(day.name(), null, null, shifts, extras)).recomputed();
        VerificationReport report = planner.verify(day, new Plan(day.name(), score(summary), summary, shifts,
                extras));
        if (!report.feasible()) {
            throw new IllegalStateException("The planted plan of " + day.name() + " breaks rules: " + report
                    .violations().stream().limit(5).map(Violation::message).toList());
        }
        return new Plan(day.name(), score(report.recomputed()), report.recomputed(), shifts, extras);
    }

    private static String score(PlanSummary summary) {
        return String.format(Locale.ROOT, "%dhard/%dmedium/%dsoft", summary.hardScore(), summary.mediumScore(), summary
                .softScore());
    }

    private static Visit withWindow(Visit v, TimeWindow window) {
        return new Visit(v.id(), v.clientId(), v.name(), v.location(), v.duration(), List.of(window), v
                .requiredSkills(), v.priority(), v.mandatory(), v.demand(), v.care(), v.links());
    }

    private static Plan startPlan(Problem problem, List<Route> routes) {
        List<ShiftPlan> shifts = new ArrayList<>(routes.size());
        for (Route route : routes) {
            List<PlannedVisit> visits = route.visitIds().stream().map(id -> new PlannedVisit(id, null, null, null, 0,
                    null)).toList();
            shifts.add(new ShiftPlan(route.shiftId(), route.caregiverId(), null, null, visits, null, 0, 0));
        }
        return new Plan(problem.name(), null, null, shifts, List.of());
    }

    private static void requireSameRoutes(List<Route> routes, Plan timed) {
        Map<String, List<String>> byShift = new HashMap<>();
        timed.shifts().forEach(s -> byShift.put(s.shiftId(), s.visits().stream().map(PlannedVisit::visitId)
                .toList()));
        for (Route route : routes) {
            List<String> got = byShift.getOrDefault(route.shiftId(), List.of());
            if (!got.equals(route.visitIds())) {
                throw new IllegalStateException("Shift " + route.shiftId() + ": careroute's timing changed the"
                        + " planted route " + route.visitIds() + " into " + got + ".");
            }
        }
    }
}
