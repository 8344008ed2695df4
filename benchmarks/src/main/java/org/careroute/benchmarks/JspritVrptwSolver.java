package org.careroute.benchmarks;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.EuclideanCosts;
import com.graphhopper.jsprit.core.util.Solutions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.careroute.datasets.vrptw.VrptwCustomer;
import org.careroute.datasets.vrptw.VrptwInstance;

/**
 * jsprit ({@code com.graphhopper:jsprit-core}) with its default algorithm ({@code Jsprit.createAlgorithm}: ruin and
 * recreate with regret insertion, threshold acceptance), one thread, a finite fleet of {@code fleet_size} vehicles,
 * cost = distance (no fixed or time costs), Euclidean travel in double precision (time = distance), stopped by a
 * {@link TimeTermination} at the time limit.
 */
public final class JspritVrptwSolver implements VrptwSolver {

    /** A move-count budget is a careroute notion; jsprit then gets this much time. */
    static final Duration FALLBACK_TIME = Duration.ofSeconds(1);

    @Override
    public String name() {
        return "jsprit";
    }

    @Override
    public Routes solve(VrptwInstance instance, Budget budget) {
        VehicleRoutingProblem problem = toProblem(instance);
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem)
                .setProperty(Jsprit.Parameter.THREADS, "1")
                .setRandom(new Random(budget.seed()))
                .buildAlgorithm();
        TimeTermination termination = new TimeTermination(budget.timeLimitOr(FALLBACK_TIME).toMillis());
        algorithm.addTerminationCriterion(termination);
        algorithm.addListener(termination);
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        Collection<VehicleRoutingProblemSolution> solutions = algorithm.searchSolutions();
        VehicleRoutingProblemSolution best = Solutions.bestOf(solutions);
        List<List<Integer>> routes = new ArrayList<>();
        for (VehicleRoute route : best.getRoutes()) {
            List<Integer> customers = new ArrayList<>();
            for (TourActivity activity : route.getActivities()) {
                if (activity instanceof TourActivity.JobActivity job) {
                    customers.add(Integer.valueOf(job.getJob().getId()));
                }
            }
            routes.add(customers);
        }
        return Routes.withoutStatistics(routes);
    }

    static VehicleRoutingProblem toProblem(VrptwInstance instance) {
        VrptwCustomer depot = instance.depot();
        VehicleType type = VehicleTypeImpl.Builder.newInstance("vehicle")
                .addCapacityDimension(0, Math.toIntExact(instance.capacity()))
                .setFixedCost(0)
                .setCostPerDistance(1)
                .setCostPerTransportTime(0)
                .setCostPerWaitingTime(0)
                .setCostPerServiceTime(0)
                .build();
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(new EuclideanCosts());
        Location depotLocation = Location.newInstance(depot.x(), depot.y());
        for (int v = 1; v <= instance.vehicleCount(); v++) {
            builder.addVehicle(VehicleImpl.Builder.newInstance("vehicle-" + v)
                    .setStartLocation(depotLocation)
                    .setEarliestStart(depot.readyTime())
                    .setLatestArrival(depot.dueDate())
                    .setReturnToDepot(true)
                    .setType(type)
                    .build());
        }
        for (VrptwCustomer customer : instance.customers()) {
            builder.addJob(Service.Builder.newInstance(Integer.toString(customer.number()))
                    .addSizeDimension(0, Math.toIntExact(customer.demand()))
                    .setServiceTime(customer.serviceTime())
                    .setTimeWindow(TimeWindow.newInstance(customer.readyTime(), customer.dueDate()))
                    .setLocation(Location.newInstance(customer.x(), customer.y()))
                    .build());
        }
        return builder.build();
    }
}
