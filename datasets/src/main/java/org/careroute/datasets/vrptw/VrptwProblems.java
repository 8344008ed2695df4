package org.careroute.datasets.vrptw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;

/**
 * Turns a {@link VrptwInstance} into a careroute {@link Problem} whose feasible plans are feasible in exact
 * arithmetic on the original data.
 *
 * <p>
 * Everything is scaled by {@link #SCALE} (1000): coordinates, times and service durations. careroute's Euclidean
 * travel rounds every leg's duration and distance <em>up</em> to a whole unit ({@code speed 1}, {@code distanceScale
 * 1}), so each careroute arrival time is at or after the exact one, and a plan that keeps every window in careroute
 * keeps it exactly. With integer coordinates (all Solomon and Gehring–Homberger files) the scaled squared distance
 * is an exact integer and {@code ceil(sqrt(n))} is exact as well. Ready times are rounded up, due dates down and
 * service times up, which is exact for the integer times of the published files and conservative otherwise. The
 * distance careroute reports is at most 0.001 per leg above the exact one; the benchmark verifier recomputes it in
 * double precision.
 *
 * <p>
 * Vehicles become {@code fleet_size} identical caregivers ({@code vehicle-1}...) with the capacity and one shift each
 * (id {@code route-1}...), from the depot's ready time to its due date, starting and ending at the depot. Customers
 * become optional visits of priority 1 (id = customer number): leaving one out costs one medium point, which any
 * amount of distance (soft) cannot outweigh, so the solver serves every customer it can and then minimises distance.
 * Constraint weights: {@code travel-distance} 1, {@code travel-time} 0, {@code waiting-time} 0, the benchmark
 * objective.
 */
public final class VrptwProblems {

    /** Factor applied to coordinates, times and durations. */
    public static final long SCALE = 1000;

    /** The benchmark objective: total distance only. */
    public static final Map<String, Long> BENCHMARK_WEIGHTS = Map.of(CareConstraint.TRAVEL_DISTANCE.id(), 1L,
            CareConstraint.TRAVEL_TIME.id(), 0L, CareConstraint.WAITING_TIME.id(), 0L);

    private VrptwProblems() {
    }

    public static Problem toProblem(VrptwInstance instance) {
        VrptwCustomer depot = instance.depot();
        PlaneLocation depotLocation = location(depot);
        Instant shiftStart = Instant.ofEpochSecond(scaled(depot.readyTime(), RoundingMode.CEILING));
        Instant shiftEnd = Instant.ofEpochSecond(scaled(depot.dueDate(), RoundingMode.FLOOR));
        List<Caregiver> caregivers = new ArrayList<>(instance.vehicleCount());
        for (int v = 1; v <= instance.vehicleCount(); v++) {
            Shift shift = new Shift(shiftId(v), shiftStart, shiftEnd, depotLocation, depotLocation);
            caregivers.add(new Caregiver(caregiverId(v), null, Set.of(), TransportMode.CAR, instance.capacity(),
                    List.of(shift)));
        }
        List<Visit> visits = new ArrayList<>(instance.customers().size());
        for (VrptwCustomer customer : instance.customers()) {
            Instant ready = Instant.ofEpochSecond(scaled(customer.readyTime(), RoundingMode.CEILING));
            Instant due = Instant.ofEpochSecond(Math.max(ready.getEpochSecond(), scaled(customer.dueDate(),
                    RoundingMode.FLOOR)));
            Duration service = Duration.ofSeconds(scaled(customer.serviceTime(), RoundingMode.CEILING));
            visits.add(new Visit(visitId(customer), null, null, location(customer), service,
                    List.of(new TimeWindow(ready, due)), Set.of(), 1, false, customer.demand()));
        }
        return new Problem(instance.name(), ZoneOffset.UTC, TimeFormat.NUMBER, new EuclideanTravel(1.0, 1.0),
                caregivers, visits, BENCHMARK_WEIGHTS);
    }

    /** The careroute visit id of a customer: its number. */
    public static String visitId(VrptwCustomer customer) {
        return Integer.toString(customer.number());
    }

    public static String caregiverId(int vehicle) {
        return "vehicle-" + vehicle;
    }

    public static String shiftId(int vehicle) {
        return "route-" + vehicle;
    }

    private static PlaneLocation location(VrptwCustomer node) {
        return new PlaneLocation(node.x() * SCALE, node.y() * SCALE);
    }

    private static long scaled(double value, RoundingMode rounding) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(SCALE)).setScale(0, rounding).longValueExact();
    }
}
