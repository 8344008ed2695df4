package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.datasets.uhhc.UhhcLocation.PatientVisit;

/**
 * The cost of a UHHC solution as {@code Solution.compute_costs} ({@code spec/solution_models.py}) computes it, on the
 * routes {@link UhhcEvaluator} normalised: the 14 components, the weighted ones, the objective in the spec's order,
 * and where the solution's claimed components differ.
 */
final class SolutionCosts {

    private final UhhcInstance instance;
    private final UhhcCostComponents weights;
    private final Map<String, UhhcCaregiver> caregivers;
    private final Map<String, UhhcPatient> patients;
    private final Map<String, UhhcTerminalPoint> terminals;

    SolutionCosts(UhhcInstance instance) {
        this.instance = instance;
        this.weights = instance.costComponents();
        this.caregivers = instance.caregiversById();
        this.patients = instance.patientsById();
        this.terminals = instance.terminalPointsById();
    }

    /** The components, weighted components and objective of the routes, with the violations found before. */
    UhhcEvaluation evaluate(UhhcSolution solution, List<EvaluatedRoute> routes, Set<String> visited,
            List<UhhcViolation> violations) {
        Map<String, Double> travelTimes = zeroPerCaregiver();
        double distance = 0;
        for (EvaluatedRoute route : routes) {
            int from = terminals.get(route.caregiver.departingPoint()).distanceMatrixIndex();
            for (PatientVisit visit : route.visits) {
                int to = visited.contains(visit.patient()) && patients.containsKey(visit.patient())
                        ? patients.get(visit.patient()).distanceMatrixIndex()
                        : terminals.get(route.caregiver.departingPoint()).distanceMatrixIndex();
                double leg = instance.distance(from, to);
                distance += leg;
                travelTimes.merge(route.caregiverId, leg, Double::sum);
                from = to;
            }
            double leg = instance.distance(from, terminals.get(route.caregiver.arrivalPoint()).distanceMatrixIndex());
            distance += leg;
            travelTimes.merge(route.caregiverId, leg, Double::sum);
        }
        double totalTardiness = 0;
        double highestTardiness = 0;
        boolean anyService = false;
        for (EvaluatedRoute route : routes) {
            for (PatientVisit visit : route.visits) {
                UhhcPatient patient = patients.get(visit.patient());
                if (visit.isLunchBreak() || patient == null) {
                    continue;
                }
                double late = tardiness(instance, patient, visit);
                totalTardiness += late;
                highestTardiness = anyService ? Math.max(highestTardiness, late) : late;
                anyService = true;
            }
        }
        double totalWaiting = 0;
        double maxWaiting = 0;
        boolean anyWait = false;
        for (EvaluatedRoute route : routes) {
            for (int n = 0; n < route.visits.size(); n++) {
                if (n == 1 && route.visits.getFirst().isLunchBreak()) {
                    continue;
                }
                PatientVisit visit = route.visits.get(n);
                if (route.arrivals[n] != null && route.arrival(n) < visit.startServiceTime()) {
                    double wait = visit.startServiceTime() - route.arrival(n);
                    totalWaiting += wait;
                    maxWaiting = anyWait ? Math.max(maxWaiting, wait) : wait;
                    anyWait = true;
                }
            }
        }
        double extra = 0;
        for (EvaluatedRoute route : routes) {
            UhhcTimeWindow shift = route.caregiver.workingShift();
            if (shift != null && route.hasLocations && route.arrivalTime > shift.end()) {
                extra += route.arrivalTime - shift.end();
            }
        }
        double incompatible = countServices(routes, (route, visit, patient) -> patient
                .incompatibleCaregivers() != null && patient.incompatibleCaregivers().contains(route.caregiverId));
        double maxIdle = maxIdle(routes);
        Map<String, Double> serviceTimes = zeroPerCaregiver();
        for (EvaluatedRoute route : routes) {
            for (PatientVisit visit : route.visits) {
                if (!visit.isLunchBreak()) {
                    serviceTimes.merge(route.caregiverId, visit.endServiceTime() - visit.startServiceTime(),
                            Double::sum);
                }
            }
        }
        double totalWorkload = 0;
        for (String caregiver : caregivers.keySet()) {
            totalWorkload += serviceTimes.get(caregiver) + travelTimes.get(caregiver);
        }
        double average = totalWorkload / caregivers.size();
        double balance = 0;
        for (String caregiver : caregivers.keySet()) {
            balance += Math.ceil(Math.abs(serviceTimes.get(caregiver) + travelTimes.get(caregiver) - average));
        }
        double qualifications = countServices(routes, (route, visit, patient) -> !route.caregiver.abilities()
                .contains(visit.service()));
        double preferences = countServices(routes, (route, visit, patient) -> patient.preferredCaregivers() != null
                && !patient.preferredCaregivers().contains(route.caregiverId));
        double unvisited = 0;
        for (UhhcPatient patient : instance.patients()) {
            if (!visited.contains(patient.id())) {
                unvisited++;
            }
        }
        Set<String> havingLunch = new HashSet<>();
        for (EvaluatedRoute route : routes) {
            if (route.hasLocations && route.visits.stream().anyMatch(PatientVisit::isLunchBreak)) {
                havingLunch.add(route.caregiverId);
            }
        }
        double missedLunches = 0;
        for (UhhcCaregiver caregiver : instance.caregivers()) {
            if (caregiver.hasLunchBreak() && !havingLunch.contains(caregiver.id())) {
                missedLunches++;
            }
        }
        Map<UhhcComponent, Double> values = new EnumMap<>(UhhcComponent.class);
        values.put(UhhcComponent.OPTIONAL_PATIENTS, unvisited);
        values.put(UhhcComponent.TOTAL_TARDINESS, totalTardiness);
        values.put(UhhcComponent.HIGHEST_TARDINESS, highestTardiness);
        values.put(UhhcComponent.TRAVEL_TIME, distance);
        values.put(UhhcComponent.TOTAL_EXTRA_TIME, extra);
        values.put(UhhcComponent.MAX_IDLE_TIME, maxIdle);
        values.put(UhhcComponent.TOTAL_WAITING_TIME, totalWaiting);
        values.put(UhhcComponent.MAX_WAITING_TIME, maxWaiting);
        values.put(UhhcComponent.WORKLOAD_BALANCE, balance);
        values.put(UhhcComponent.WORKING_TIME, totalWorkload);
        values.put(UhhcComponent.INCOMPATIBILITIES, incompatible);
        values.put(UhhcComponent.CAREGIVER_PREFERENCES, preferences);
        values.put(UhhcComponent.QUALIFICATION, qualifications);
        values.put(UhhcComponent.MISSED_LUNCH_BREAK, missedLunches);
        Map<UhhcComponent, Double> weighted = new EnumMap<>(UhhcComponent.class);
        double objective = 0;
        for (Map.Entry<UhhcComponent, Double> entry : values.entrySet()) {
            weighted.put(entry.getKey(), weights.multiplier(entry.getKey()) * entry.getValue());
        }
        for (UhhcComponent component : OBJECTIVE_ORDER) {
            objective += weighted.get(component);
        }
        return new UhhcEvaluation(violations, values, weighted, objective, claimMismatches(solution, values));
    }

    /** The order in which the spec adds the weighted components. */
    private static final List<UhhcComponent> OBJECTIVE_ORDER = List.of(UhhcComponent.OPTIONAL_PATIENTS,
            UhhcComponent.TOTAL_TARDINESS, UhhcComponent.HIGHEST_TARDINESS, UhhcComponent.TRAVEL_TIME,
            UhhcComponent.TOTAL_EXTRA_TIME, UhhcComponent.MAX_IDLE_TIME, UhhcComponent.TOTAL_WAITING_TIME,
            UhhcComponent.MAX_WAITING_TIME, UhhcComponent.WORKLOAD_BALANCE, UhhcComponent.WORKING_TIME,
            UhhcComponent.INCOMPATIBILITIES, UhhcComponent.CAREGIVER_PREFERENCES, UhhcComponent.QUALIFICATION,
            UhhcComponent.MISSED_LUNCH_BREAK);

    private interface ServiceTest {
        boolean test(EvaluatedRoute route, PatientVisit visit, UhhcPatient patient);
    }

    private double countServices(List<EvaluatedRoute> routes, ServiceTest test) {
        double[] count = {0};
        EvaluatedRoute.forEachService(routes, patients, (route, visit, patient) -> {
            if (test.test(route, visit, patient)) {
                count[0]++;
            }
        });
        return count[0];
    }

    /**
     * Idle time per caregiver with a shift: before leaving, waiting at visits (lunch breaks included), after returning
     * (or the whole shift for a route without locations); caregivers without a route in the solution count 0.
     */
    private double maxIdle(List<EvaluatedRoute> routes) {
        Map<String, Double> idle = zeroPerCaregiver();
        for (EvaluatedRoute route : routes) {
            UhhcTimeWindow shift = route.caregiver.workingShift();
            if (shift == null) {
                continue;
            }
            double sum = 0;
            if (!route.hasLocations) {
                sum += shift.end() - shift.start();
            } else {
                if (route.departureTime > shift.start()) {
                    sum += route.departureTime - shift.start();
                }
                for (int i = 0; i < route.visits.size(); i++) {
                    if (route.arrivals[i] != null && route.arrival(i) < route.visits.get(i).startServiceTime()) {
                        sum += route.visits.get(i).startServiceTime() - route.arrival(i);
                    }
                }
                if (route.arrivalTime <= shift.end()) {
                    sum += shift.end() - route.arrivalTime;
                }
            }
            idle.merge(route.caregiverId, sum, Double::sum);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double value : idle.values()) {
            max = Math.max(max, value);
        }
        return idle.isEmpty() ? 0 : max;
    }

    private Map<String, Double> zeroPerCaregiver() {
        Map<String, Double> map = new LinkedHashMap<>();
        caregivers.keySet().forEach(id -> map.put(id, 0.0));
        return map;
    }

    private List<String> claimMismatches(UhhcSolution solution, Map<UhhcComponent, Double> values) {
        List<String> mismatches = new ArrayList<>();
        solution.costComponents().forEach((component, claimed) -> {
            Double value = values.get(component);
            if (value == null) {
                return;
            }
            double weightedValue = weights.multiplier(component) * value;
            if (claimed != value.doubleValue() && claimed != weightedValue) {
                mismatches.add(component.json() + ": claimed " + claimed + ", computed " + UhhcNumbers.format(value)
                        + " (weighted " + UhhcNumbers.format(weightedValue) + ")");
            }
        });
        return mismatches;
    }

    /**
     * Tardiness against the window whose start is the last at or before the service start ({@code
     * bisect_right(starts, start) - 1}; -1, a start before every window, means the last window as in Python).
     */
    static double tardiness(UhhcInstance instance, UhhcPatient patient, PatientVisit visit) {
        List<UhhcTimeWindow> windows = patient.timeWindows();
        int low = 0;
        int high = windows.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (visit.startServiceTime() < windows.get(middle).start()) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        int index = low - 1 < 0 ? windows.size() - 1 : low - 1;
        double limited = instance.metadata().atServiceEnd() ? visit.endServiceTime() : visit.startServiceTime();
        return Math.max(0, limited - windows.get(index).end());
    }
}
