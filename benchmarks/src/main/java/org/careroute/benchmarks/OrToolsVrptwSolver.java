package org.careroute.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careroute.datasets.vrptw.VrptwCustomer;
import org.careroute.datasets.vrptw.VrptwInstance;
import org.careroute.datasets.vrptw.VrptwProblems;

/**
 * Google OR-Tools routing ({@code com.google.ortools:ortools-java}): first solution by path cheapest arc, then
 * guided local search until the time limit, one thread. OR-Tools works in integers, so it gets the same precision
 * as careroute: times and distances ×1000, every leg rounded up (its plans are feasible on the original data).
 * Customers may be dropped at a penalty far above any distance, so a plan always comes back and unserved customers
 * are counted instead of failing the run.
 */
public final class OrToolsVrptwSolver implements VrptwSolver {

    private static final long DROP_PENALTY = 1_000_000_000_000L;

    private final long solutionLimit;

    /** Searches until the budget's time limit. */
    public OrToolsVrptwSolver() {
        this(0);
    }

    /**
     * Stops after {@code solutionLimit} solutions (the first and the improving ones) or at the budget's time limit,
     * whichever comes first; 0 for no solution limit. A solution limit makes a run independent of machine speed and
     * load, as careroute's move-count limit does.
     */
    public OrToolsVrptwSolver(long solutionLimit) {
        if (solutionLimit < 0) {
            throw new IllegalArgumentException("solutionLimit (" + solutionLimit + ") must be 0 (none) or positive.");
        }
        this.solutionLimit = solutionLimit;
    }

    @Override
    public String name() {
        return "ortools";
    }

    @Override
    public Routes solve(VrptwInstance instance, Budget budget) {
        Loader.loadNativeLibraries();
        List<VrptwCustomer> nodes = instance.nodes();
        int n = nodes.size();
        long[][] distance = new long[n][n];
        long[][] time = new long[n][n];
        for (int i = 0; i < n; i++) {
            long service = scaledUp(nodes.get(i).serviceTime());
            for (int j = 0; j < n; j++) {
                distance[i][j] = scaledLeg(nodes.get(i), nodes.get(j));
                time[i][j] = service + distance[i][j];
            }
        }
        RoutingIndexManager manager = new RoutingIndexManager(n, instance.vehicleCount(), 0);
        RoutingModel routing = new RoutingModel(manager);
        routing.setArcCostEvaluatorOfAllVehicles(routing.registerTransitMatrix(distance));
        long horizon = scaledUp(instance.depot().dueDate());
        routing.addDimension(routing.registerTransitMatrix(time), horizon, horizon, false, "Time");
        RoutingDimension timeDimension = routing.getMutableDimension("Time");
        for (int i = 1; i < n; i++) {
            VrptwCustomer customer = nodes.get(i);
            timeDimension.cumulVar(manager.nodeToIndex(i)).setRange(scaledUp(customer.readyTime()), scaledDown(
                    customer.dueDate()));
            routing.addDisjunction(new long[]{manager.nodeToIndex(i)}, DROP_PENALTY);
        }
        long depotReady = scaledUp(instance.depot().readyTime());
        long depotDue = scaledDown(instance.depot().dueDate());
        long[] capacities = new long[instance.vehicleCount()];
        for (int v = 0; v < instance.vehicleCount(); v++) {
            timeDimension.cumulVar(routing.start(v)).setRange(depotReady, depotDue);
            timeDimension.cumulVar(routing.end(v)).setRange(depotReady, depotDue);
            capacities[v] = instance.capacity();
        }
        long[] demand = new long[n];
        for (int i = 0; i < n; i++) {
            demand[i] = nodes.get(i).demand();
        }
        routing.addDimensionWithVehicleCapacity(routing.registerUnaryTransitVector(demand), 0, capacities, true,
                "Capacity");
        Duration limit = budget.timeLimitOr(JspritVrptwSolver.FALLBACK_TIME);
        RoutingSearchParameters.Builder parameters = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(com.google.protobuf.Duration.newBuilder().setSeconds(limit.toSeconds()).setNanos(limit
                        .toNanosPart()));
        if (solutionLimit > 0) {
            parameters.setSolutionLimit(solutionLimit);
        }
        Assignment solution = routing.solveWithParameters(parameters.build());
        List<List<Integer>> routes = new ArrayList<>();
        if (solution == null) {
            return Routes.withoutStatistics(routes); // no plan at all: every customer counts as unserved
        }
        for (int v = 0; v < instance.vehicleCount(); v++) {
            List<Integer> route = new ArrayList<>();
            long index = solution.value(routing.nextVar(routing.start(v)));
            while (!routing.isEnd(index)) {
                route.add(nodes.get(manager.indexToNode(index)).number());
                index = solution.value(routing.nextVar(index));
            }
            routes.add(route);
        }
        return Routes.withoutStatistics(routes);
    }

    /** Like careroute's Euclidean travel on the ×1000 coordinates: exact for integer coordinates, rounded up. */
    static long scaledLeg(VrptwCustomer from, VrptwCustomer to) {
        double dx = from.x() * VrptwProblems.SCALE - to.x() * VrptwProblems.SCALE;
        double dy = from.y() * VrptwProblems.SCALE - to.y() * VrptwProblems.SCALE;
        return (long) Math.ceil(Math.sqrt(dx * dx + dy * dy));
    }

    private static long scaledUp(double value) {
        return (long) Math.ceil(value * VrptwProblems.SCALE);
    }

    private static long scaledDown(double value) {
        return (long) Math.floor(value * VrptwProblems.SCALE);
    }
}
