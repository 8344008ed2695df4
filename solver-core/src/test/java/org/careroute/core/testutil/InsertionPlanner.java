package org.careroute.core.testutil;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.internal.travel.LocationIndex;
import org.careroute.core.internal.travel.TravelMatrices;
import org.careroute.core.internal.verify.RouteSimulation;

/**
 * A plain cheapest-insertion heuristic, for tests only (also of other modules, through the test-jar): it proves that a
 * generated problem has a plan without any
 * broken hard rule (no lateness, no overtime, right skills, breaks and working-time rules kept), without depending on
 * the solver: routes are timed with the verifier's {@link RouteSimulation}. It never lets a visit start late or a
 * caregiver come back after the shift end; what does not fit stays unassigned.
 */
public final class InsertionPlanner {

    private final Problem problem;
    private final TravelMatrices travel;
    private final LocationIndex index;
    private final List<Route> routes = new ArrayList<>();

    InsertionPlanner(Problem problem) {
        this.problem = problem;
        this.travel = TravelMatrices.build(problem);
        this.index = travel.locationIndex();
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                routes.add(new Route(caregiver, shift, new ArrayList<>()));
            }
        }
    }

    /**
     * Plans with several visit orders, then with up to {@code shuffles} randomly perturbed ones (fixed seeds), and
     * keeps the plan that leaves the fewest visits out; stops at the first complete plan.
     */
    public static Plan bestOf(Problem problem, int shuffles) {
        Plan best = null;
        for (int attempt = 0; attempt < Order.values().length + shuffles; attempt++) {
            Order order = Order.values()[attempt % Order.values().length];
            Random random = attempt < Order.values().length ? null : new Random(attempt);
            Plan plan = new InsertionPlanner(problem).plan(order, random);
            if (best == null || plan.unassignedVisits().size() < best.unassignedVisits().size()) {
                best = plan;
            }
            if (best.unassignedVisits().isEmpty()) {
                break;
            }
        }
        return best;
    }

    /** The order visits are inserted in, after mandatory visits and the fewest able caregivers. */
    enum Order {
        TIGHTEST_WINDOW, EARLIEST_START, LATEST_END
    }

    /** {@code random}, when given, adds up to an hour of noise to the order's time key. */
    Plan plan(Order by, Random random) {
        List<Visit> order = new ArrayList<>(problem.visits());
        Map<String, Long> noise = new HashMap<>();
        for (Visit visit : order) {
            noise.put(visit.id(), random == null ? 0L : (long) random.nextInt(3600));
        }
        Comparator<Visit> then = switch (by) {
            case TIGHTEST_WINDOW -> Comparator.comparingLong(v -> slack(v) + noise.get(v.id()));
            case EARLIEST_START -> Comparator.comparingLong(v -> edge(v, true) + noise.get(v.id()));
            case LATEST_END -> Comparator.comparingLong(v -> -edge(v, false) + noise.get(v.id()));
        };
        order.sort(Comparator.comparing((Visit v) -> !v.mandatory()).thenComparingLong(this::eligibleRoutes)
                .thenComparing(then));
        List<Visit> left = new ArrayList<>();
        for (Visit visit : order) {
            if (!insertCheapest(visit)) {
                left.add(visit);
            }
        }
        if (!left.isEmpty()) {
            improve();
            left.removeIf(this::insertCheapest);
        }
        List<UnassignedVisit> unassigned = new ArrayList<>();
        for (Visit visit : left) {
            if (!insertByMovingAnother(visit)) {
                unassigned.add(new UnassignedVisit(visit.id(), visit.mandatory(), List.of("no feasible insertion")));
            }
        }
        return toPlan(unassigned);
    }

    /** Relocates visits to their cheapest place while that lowers travel plus waiting, to free time. */
    private void improve() {
        for (int pass = 0; pass < 5; pass++) {
            boolean improved = false;
            for (Route route : routes) {
                for (int i = 0; i < route.visits().size(); i++) {
                    long before = cost(route, route.visits());
                    Visit visit = route.visits().remove(i);
                    long gain = before - cost(route, route.visits());
                    Placement best = cheapest(visit, gain);
                    if (best == null) {
                        route.visits().add(i, visit);
                    } else {
                        best.route().visits().add(best.position(), visit);
                        improved = true;
                    }
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    /** Makes room for a visit by moving one planned visit of a route to its cheapest place in another route. */
    private boolean insertByMovingAnother(Visit visit) {
        for (Route route : routes) {
            if (!route.caregiver().skills().containsAll(visit.requiredSkills())) {
                continue;
            }
            for (int i = 0; i < route.visits().size(); i++) {
                List<Visit> original = new ArrayList<>(route.visits());
                Visit moved = route.visits().remove(i);
                if (insertInto(route, visit)) {
                    if (insertCheapestExcept(moved, route)) {
                        return true;
                    }
                }
                route.visits().clear();
                route.visits().addAll(original);
            }
        }
        return false;
    }

    private boolean insertInto(Route route, Visit visit) {
        long before = cost(route, route.visits());
        int bestPosition = -1;
        long bestCost = Long.MAX_VALUE;
        for (int position = 0; position <= route.visits().size(); position++) {
            List<Visit> candidate = new ArrayList<>(route.visits());
            candidate.add(position, visit);
            long after = cost(route, candidate);
            if (after != Long.MAX_VALUE && after - before < bestCost) {
                bestCost = after - before;
                bestPosition = position;
            }
        }
        if (bestPosition < 0) {
            return false;
        }
        route.visits().add(bestPosition, visit);
        return true;
    }

    private boolean insertCheapestExcept(Visit visit, Route excluded) {
        for (Route route : routes) {
            if (route != excluded && route.caregiver().skills().containsAll(visit.requiredSkills()) && insertInto(
                    route, visit)) {
                return true;
            }
        }
        return false;
    }

    private long eligibleRoutes(Visit visit) {
        return routes.stream().filter(r -> r.caregiver().skills().containsAll(visit.requiredSkills())).count();
    }

    private static long edge(Visit visit, boolean start) {
        List<TimeWindow> windows = visit.timeWindows();
        if (windows.isEmpty()) {
            return start ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return start
                ? windows.get(0).start().getEpochSecond()
                : windows.get(windows.size() - 1).end()
                        .getEpochSecond();
    }

    private static long slack(Visit visit) {
        List<TimeWindow> windows = visit.timeWindows();
        return windows.isEmpty()
                ? Long.MAX_VALUE / 2
                : windows.get(windows.size() - 1).end().getEpochSecond() - windows
                        .get(0).start().getEpochSecond();
    }

    private boolean insertCheapest(Visit visit) {
        Placement best = cheapest(visit, Long.MAX_VALUE);
        if (best == null) {
            return false;
        }
        best.route().visits().add(best.position(), visit);
        return true;
    }

    /**
     * The position of any qualified route where inserting the visit adds the least cost, if that is below
     * {@code below}; {@code null} when no insertion is feasible and cheaper.
     */
    private Placement cheapest(Visit visit, long below) {
        Placement best = null;
        long bestDelta = below;
        for (Route route : routes) {
            if (!route.caregiver().skills().containsAll(visit.requiredSkills())) {
                continue;
            }
            long before = cost(route, route.visits());
            for (int position = 0; position <= route.visits().size(); position++) {
                List<Visit> candidate = new ArrayList<>(route.visits());
                candidate.add(position, visit);
                long after = cost(route, candidate);
                if (after != Long.MAX_VALUE && after - before < bestDelta) {
                    bestDelta = after - before;
                    best = new Placement(route, position);
                }
            }
        }
        return best;
    }

    private record Placement(Route route, int position) {
    }

    /** Travel plus waiting seconds of a route, or {@code Long.MAX_VALUE} when it breaks a hard rule. */
    private long cost(Route route, List<Visit> visits) {
        RouteSimulation.Route simulated = simulate(route, visits);
        if (simulated == null) {
            return Long.MAX_VALUE;
        }
        return simulated.travelSeconds() + simulated.waitingSeconds();
    }

    /**
     * Times the route with the verifier's simulation (breaks and the working-time rules included), or {@code null}
     * when a visit would start late, the caregiver would be back late, or a working-time rule would break.
     */
    private RouteSimulation.Route simulate(Route route, List<Visit> visits) {
        TravelMatrix matrix = travel.forMode(route.caregiver().transportMode());
        RouteSimulation.Route simulated = new RouteSimulation(matrix, index).simulate(route.caregiver(), route
                .shift(), visits);
        Duration maxWorkingTime = route.shift().rules().maxWorkingTime();
        boolean late = simulated.stops().stream().anyMatch(stop -> stop.lateness() > 0);
        if (late || simulated.overrun() > 0 || simulated.breakLateness() > 0 || simulated.workExcess() > 0
                || maxWorkingTime != null && simulated.workingSeconds() > maxWorkingTime.toSeconds()) {
            return null;
        }
        return simulated;
    }

    private Plan toPlan(List<UnassignedVisit> unassigned) {
        List<ShiftPlan> shiftPlans = new ArrayList<>();
        long travelSeconds = 0;
        long meters = 0;
        long waiting = 0;
        int assigned = 0;
        int used = 0;
        for (Route route : routes) {
            RouteSimulation.Route simulated = simulate(route, route.visits());
            List<PlannedVisit> planned = new ArrayList<>();
            for (RouteSimulation.Stop stop : simulated.stops()) {
                planned.add(new PlannedVisit(stop.visit().id(), Instant.ofEpochSecond(stop.arrival()), Instant
                        .ofEpochSecond(stop.start()), Instant.ofEpochSecond(stop.end()), stop.waitingSeconds(),
                        stop
                                .leg()));
            }
            List<PlannedBreak> breaks = simulated.breaks().stream().map(b -> new PlannedBreak(b.index(), Instant
                    .ofEpochSecond(b.start()), Instant.ofEpochSecond(b.end()), b.visitId())).toList();
            shiftPlans.add(new ShiftPlan(route.shift().id(), route.caregiver().id(), route.shift().start(), Instant
                    .ofEpochSecond(simulated.returnTime()), planned, simulated.returnLeg(),
                    simulated
                            .travelSeconds(),
                    simulated.distanceMeters(), breaks));
            travelSeconds += simulated.travelSeconds();
            meters += simulated.distanceMeters();
            waiting += simulated.waitingSeconds();
            assigned += planned.size();
            used += planned.isEmpty() ? 0 : 1;
        }
        PlanSummary summary = new PlanSummary(0, 0, 0, unassigned.isEmpty(), assigned, unassigned.size(),
                travelSeconds, meters, waiting, used);
        return new Plan(problem.name(), "0hard/0medium/0soft", summary, shiftPlans, unassigned);
    }

    private record Route(Caregiver caregiver, Shift shift, List<Visit> visits) {
    }
}
