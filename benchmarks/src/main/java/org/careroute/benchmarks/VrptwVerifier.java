package org.careroute.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.careroute.datasets.vrptw.VrptwCustomer;
import org.careroute.datasets.vrptw.VrptwInstance;

/**
 * Checks a VRPTW solution on the original instance data in double precision, independently of every solver
 * (careroute's verifier included): every customer served exactly once, route demand within capacity, service
 * starting no later than the due date (arriving early means waiting until the ready time), every vehicle back at
 * the depot by its due date, at most the fleet size of routes. Distance is the sum of Euclidean legs. Time
 * comparisons allow {@link #TOLERANCE} for rounding in peers that compute times in doubles in another order.
 */
public final class VrptwVerifier {

    /** Slack on time-window comparisons, far below the instances' precision (whole or 0.1 units). */
    public static final double TOLERANCE = 1e-6;

    private VrptwVerifier() {
    }

    public static Verdict verify(VrptwInstance instance, List<List<Integer>> routes) {
        Map<Integer, VrptwCustomer> byNumber = new HashMap<>();
        for (VrptwCustomer customer : instance.customers()) {
            byNumber.put(customer.number(), customer);
        }
        List<String> violations = new ArrayList<>();
        Map<Integer, Integer> served = new TreeMap<>();
        double distance = 0;
        int vehicles = 0;
        VrptwCustomer depot = instance.depot();
        for (int r = 0; r < routes.size(); r++) {
            List<Integer> route = routes.get(r);
            if (route.isEmpty()) {
                continue;
            }
            vehicles++;
            String name = "route " + (r + 1);
            double time = depot.readyTime();
            long load = 0;
            VrptwCustomer previous = depot;
            for (int number : route) {
                VrptwCustomer customer = byNumber.get(number);
                if (customer == null) {
                    violations.add(name + ": customer " + number + " does not exist in " + instance.name() + ".");
                    continue;
                }
                served.merge(number, 1, Integer::sum);
                double leg = VrptwInstance.distance(previous, customer);
                distance += leg;
                double arrival = time + leg;
                if (arrival > customer.dueDate() + TOLERANCE) {
                    violations.add(name + ": customer " + number + " starts at " + arrival + ", after its due date "
                            + customer.dueDate() + ".");
                }
                time = Math.max(arrival, customer.readyTime()) + customer.serviceTime();
                load += customer.demand();
                previous = customer;
            }
            double back = VrptwInstance.distance(previous, depot);
            distance += back;
            if (time + back > depot.dueDate() + TOLERANCE) {
                violations.add(name + ": back at the depot at " + (time + back) + ", after its due date "
                        + depot.dueDate() + ".");
            }
            if (load > instance.capacity()) {
                violations.add(name + ": load " + load + " exceeds the capacity " + instance.capacity() + ".");
            }
        }
        if (vehicles > instance.vehicleCount()) {
            violations.add(vehicles + " routes used, more than the fleet of " + instance.vehicleCount() + ".");
        }
        served.forEach((number, count) -> {
            if (count > 1) {
                violations.add("customer " + number + " is served " + count + " times.");
            }
        });
        int unassigned = (int) byNumber.keySet().stream().filter(number -> !served.containsKey(number)).count();
        return new Verdict(vehicles, distance, unassigned, violations);
    }
}
