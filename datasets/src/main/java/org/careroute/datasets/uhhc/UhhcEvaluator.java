package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.datasets.uhhc.UhhcLocation.DepotArrival;
import org.careroute.datasets.uhhc.UhhcLocation.DepotDeparture;
import org.careroute.datasets.uhhc.UhhcLocation.PatientVisit;
import org.careroute.datasets.uhhc.UhhcViolation.Kind;

/**
 * The UHHC validity check and cost computation of {@code Solution.check_validity} and {@code
 * Solution.compute_costs} ({@code spec/solution_models.py}), in Java.
 *
 * <p>
 * Like the reference, routes given as visits only are completed with depot legs first: caregivers of the Bazirha sets
 * leave at their shift start, all others just in time for their first visit; the return is right after the last
 * visit. Missing {@code arrival_at_patient} times are derived from the previous end plus the travel time. Then the
 * rules are checked and the components computed on that normalised route. Unlike the reference, which stops at the
 * first failed assertion, every broken rule is collected ({@link UhhcViolation#rejecting()} tells the assertions from
 * the rules it only reports), and the cost is always computed.
 *
 * <p>
 * One deliberate difference: the reference's simultaneity assertion compares the first service's start with itself
 * (a typo), so it never fails; here simultaneous services must start at the same time.
 */
public final class UhhcEvaluator {

    private final UhhcInstance instance;
    private final UhhcCostComponents weights;
    private final Map<String, UhhcCaregiver> caregivers;
    private final Map<String, UhhcPatient> patients;
    private final Map<String, UhhcTerminalPoint> terminals;
    private final List<UhhcViolation> violations = new ArrayList<>();

    private UhhcEvaluator(UhhcInstance instance) {
        this.instance = instance;
        this.weights = instance.costComponents();
        this.caregivers = instance.caregiversById();
        this.patients = instance.patientsById();
        this.terminals = instance.terminalPointsById();
    }

    /** Checks and scores a solution of the instance. */
    public static UhhcEvaluation evaluate(UhhcInstance instance, UhhcSolution solution) {
        return new UhhcEvaluator(instance).run(solution);
    }

    /** A route as the validator works on it: completed with depot times, arrivals derived. */
    private static final class Route {
        final String caregiverId;
        final UhhcCaregiver caregiver;
        final boolean hasLocations;
        final boolean givenFull;
        final List<PatientVisit> visits;
        final Double[] arrivals;
        String departureDepot;
        double departureTime;
        String arrivalDepot;
        double arrivalTime;

        Route(UhhcRoute route, UhhcCaregiver caregiver) {
            this.caregiverId = route.caregiverId();
            this.caregiver = caregiver;
            this.hasLocations = route.locations() != null && !route.locations().isEmpty();
            this.givenFull = route.fullRoute();
            this.visits = route.visits();
            this.arrivals = new Double[visits.size()];
            for (int i = 0; i < visits.size(); i++) {
                arrivals[i] = visits.get(i).arrivalAtPatient();
            }
            if (givenFull) {
                DepotDeparture departure = (DepotDeparture) route.locations().getFirst();
                DepotArrival arrival = (DepotArrival) route.locations().getLast();
                departureDepot = departure.depot();
                departureTime = departure.departingTime();
                arrivalDepot = arrival.depot();
                arrivalTime = arrival.arrivalTime();
            }
        }

        double arrival(int i) {
            return arrivals[i];
        }
    }

    private UhhcEvaluation run(UhhcSolution solution) {
        Set<String> visited = new LinkedHashSet<>();
        for (UhhcRoute route : solution.routes()) {
            for (PatientVisit visit : route.visits()) {
                if (!visit.isLunchBreak()) {
                    visited.add(visit.patient());
                }
            }
        }
        for (String patient : visited) {
            if (!patients.containsKey(patient)) {
                violation(Kind.UNKNOWN_PATIENT, true, null, patient, "Patient " + patient
                        + " does not refer to the instance at hand.");
            }
        }
        for (UhhcPatient patient : instance.patients()) {
            if (!patient.isOptional() && !visited.contains(patient.id())) {
                violation(Kind.MANDATORY_PATIENT_UNVISITED, false, null, patient.id(), "Patient " + patient.id()
                        + " is not optional, but not scheduled.");
            }
        }
        checkServicesProvided(solution, visited);
        List<Route> routes = new ArrayList<>();
        for (UhhcRoute given : solution.routes()) {
            UhhcCaregiver caregiver = caregivers.get(given.caregiverId());
            if (caregiver == null) {
                violation(Kind.UNKNOWN_CAREGIVER, true, given.caregiverId(), null, "Caregiver " + given.caregiverId()
                        + " of a route is not in the instance.");
                continue;
            }
            if (given.locations() != null && given.locations().isEmpty()) {
                violation(Kind.MALFORMED_ROUTE, true, given.caregiverId(), null, "Route of caregiver "
                        + given.caregiverId() + " has an empty list of locations; leave 'locations' out instead.");
            }
            Route route = new Route(given, caregiver);
            if (route.hasLocations && !route.givenFull) {
                complete(route, visited);
            }
            routes.add(route);
        }
        Set<String> compliantLunch = new HashSet<>();
        for (Route route : routes) {
            if (route.hasLocations) {
                checkTimes(route, visited, compliantLunch);
            }
        }
        checkSynchronisation(routes, visited);
        checkWindowStarts(routes);
        checkHardComponents(routes, visited, compliantLunch);
        return costs(solution, routes, visited);
    }

    private void checkServicesProvided(UhhcSolution solution, Set<String> visited) {
        for (UhhcPatient patient : instance.patients()) {
            if (!visited.contains(patient.id())) {
                continue;
            }
            for (UhhcRequiredService service : patient.requiredServices()) {
                Set<String> providers = new LinkedHashSet<>();
                for (UhhcRoute route : solution.routes()) {
                    for (PatientVisit visit : route.visits()) {
                        if (visit.patient().equals(patient.id()) && visit.service().equals(service.service())) {
                            providers.add(route.caregiverId());
                        }
                    }
                }
                if (providers.isEmpty()) {
                    violation(Kind.SERVICE_NOT_PROVIDED, true, null, patient.id(), "Patient " + patient.id()
                            + " requires service " + service.service() + " which is not provided.");
                } else if (providers.size() > 1) {
                    violation(Kind.SERVICE_PROVIDED_TWICE, true, null, patient.id(), "Patient " + patient.id()
                            + " requires service " + service.service() + " which is provided by more than one"
                            + " caregiver " + providers + ".");
                }
            }
        }
    }

    /** Adds the depot departure and arrival to a route given as visits only. */
    private void complete(Route route, Set<String> visited) {
        UhhcCaregiver caregiver = route.caregiver;
        PatientVisit first = route.visits.getFirst();
        PatientVisit last = route.visits.getLast();
        UhhcTerminalPoint start = terminals.get(caregiver.departingPoint());
        double travel = instance.distance(start.distanceMatrixIndex(), endpointIndex(route, first, visited));
        route.departureDepot = start.id();
        if (instance.metadata().departsAtShiftStart() && caregiver.workingShift() != null) {
            route.departureTime = caregiver.workingShift().start();
        } else {
            route.departureTime = first.startServiceTime() - travel;
            if (instance.metadata().departsAtShiftStart()) {
                violation(Kind.MALFORMED_ROUTE, true, route.caregiverId, null, "Caregiver " + route.caregiverId
                        + " has no working shift to leave the depot at.");
            } else if (route.departureTime < 0) {
                violation(Kind.MALFORMED_ROUTE, true, route.caregiverId, null, "Caregiver " + route.caregiverId
                        + " would have to leave the depot at " + UhhcNumbers.format(route.departureTime)
                        + ", before time 0, to reach the first visit.");
            }
        }
        UhhcTerminalPoint end = terminals.get(caregiver.arrivalPoint());
        route.arrivalDepot = end.id();
        route.arrivalTime = last.endServiceTime() + instance.distance(endpointIndex(route, last, visited), end
                .distanceMatrixIndex());
    }

    /**
     * The matrix index of a route's first or last visit: the caregiver's departing point for a lunch break at a
     * place nobody visits, else the patient's.
     */
    private int endpointIndex(Route route, PatientVisit visit, Set<String> visited) {
        if (visit.isLunchBreak() && !visited.contains(visit.patient())) {
            return terminals.get(route.caregiver.departingPoint()).distanceMatrixIndex();
        }
        return patientIndex(route, visit);
    }

    /** The patient's matrix index; an unknown patient (only possible for lunch breaks) is reported. */
    private int patientIndex(Route route, PatientVisit visit) {
        UhhcPatient patient = patients.get(visit.patient());
        if (patient == null) {
            if (visit.isLunchBreak()) {
                violation(Kind.UNKNOWN_PATIENT, true, route.caregiverId, visit.patient(), "Lunch break of caregiver "
                        + route.caregiverId + " is at '" + visit.patient() + "', which is not a patient; a lunch"
                        + " break inside a route must name the patient where it is taken.");
            }
            return terminals.get(route.caregiver.departingPoint()).distanceMatrixIndex();
        }
        return patient.distanceMatrixIndex();
    }

    private int terminalIndex(Route route, String depot) {
        UhhcTerminalPoint terminal = terminals.get(depot);
        if (terminal == null) {
            violation(Kind.MALFORMED_ROUTE, true, route.caregiverId, null, "Depot '" + depot + "' in the route of"
                    + " caregiver " + route.caregiverId + " is not a terminal point.");
            return terminals.get(route.caregiver.departingPoint()).distanceMatrixIndex();
        }
        return terminal.distanceMatrixIndex();
    }

    private void checkTimes(Route route, Set<String> visited, Set<String> compliantLunch) {
        List<PatientVisit> visits = route.visits;
        String who = route.caregiverId;
        for (int i = 0; i + 1 < visits.size(); i++) {
            PatientVisit from = visits.get(i);
            PatientVisit to = visits.get(i + 1);
            double travel = instance.distance(patientIndex(route, from), patientIndex(route, to));
            if (to.startServiceTime() < from.endServiceTime() + travel) {
                violation(Kind.TRAVEL_TIME_INCONSISTENT, true, who, to.patient(), "Route of caregiver " + who
                        + " is not consistent with the distances (" + UhhcNumbers.format(from.endServiceTime())
                        + " + " + UhhcNumbers.format(travel) + " vs " + UhhcNumbers.format(to.startServiceTime())
                        + " at patient " + to.patient() + ").");
            }
            deriveArrival(route, i + 1, from.endServiceTime() + travel);
        }
        PatientVisit first = visits.getFirst();
        double outward = instance.distance(terminalIndex(route, route.departureDepot), endpointIndex(route, first,
                visited));
        if (first.startServiceTime() < route.departureTime + outward) {
            violation(Kind.TRAVEL_TIME_INCONSISTENT, true, who, first.patient(), "Route of caregiver " + who
                    + " is not consistent with the distances from the depot (" + UhhcNumbers.format(
                            route.departureTime)
                    + " + " + UhhcNumbers.format(outward) + " vs " + UhhcNumbers
                            .format(first.startServiceTime())
                    + ").");
        }
        deriveArrival(route, 0, route.departureTime + outward);
        PatientVisit last = visits.getLast();
        double back = instance.distance(endpointIndex(route, last, visited), terminalIndex(route,
                route.arrivalDepot));
        if (route.arrivalTime < last.endServiceTime() + back) {
            violation(Kind.TRAVEL_TIME_INCONSISTENT, true, who, last.patient(), "Route of caregiver " + who
                    + " is not consistent with the distances to the depot (" + UhhcNumbers.format(last
                            .endServiceTime())
                    + " + " + UhhcNumbers.format(back) + " vs " + UhhcNumbers.format(
                            route.arrivalTime)
                    + ").");
        }
        boolean lunchRules = weights.weight(UhhcComponent.MISSED_LUNCH_BREAK) != null;
        for (PatientVisit visit : visits) {
            if (visit.isLunchBreak()) {
                if (lunchRules && lunchCompliant(route, visit)) {
                    compliantLunch.add(who);
                }
                continue;
            }
            UhhcPatient patient = patients.get(visit.patient());
            if (patient == null) {
                continue; // reported as UNKNOWN_PATIENT
            }
            UhhcRequiredService required = patient.requiredService(visit.service());
            if (required == null) {
                violation(Kind.SERVICE_NOT_REQUIRED, true, who, patient.id(), "Caregiver " + who + " provides service "
                        + visit.service() + " to patient " + patient.id() + ", who does not require it.");
            } else if (visit.endServiceTime() - visit.startServiceTime() < required.actualDuration()) {
                violation(Kind.SERVICE_TOO_SHORT, true, who, patient.id(), "Service " + visit.service()
                        + " of caregiver " + who + " at patient " + patient.id() + " lasts " + UhhcNumbers.format(
                                visit.endServiceTime() - visit.startServiceTime())
                        + ", less than its duration "
                        + required.actualDuration() + ".");
            }
        }
        UhhcTimeWindow shift = route.caregiver.workingShift();
        if (shift != null && route.departureTime < shift.start()) {
            violation(Kind.DEPARTURE_BEFORE_SHIFT, true, who, null, "Route of caregiver " + who
                    + " leaves the depot at " + UhhcNumbers.format(route.departureTime) + ", before the shift"
                    + " starts (" + UhhcNumbers.format(shift.start()) + ").");
        }
    }

    /** Sets a missing (or zero, as the reference's truth test does) arrival and checks it is not after the start. */
    private void deriveArrival(Route route, int i, double derived) {
        Double given = route.arrivals[i];
        if (given == null || given == 0) {
            route.arrivals[i] = derived;
        }
        PatientVisit visit = route.visits.get(i);
        if (visit.startServiceTime() < route.arrivals[i]) {
            violation(Kind.START_BEFORE_ARRIVAL, true, route.caregiverId, visit.patient(), "Caregiver "
                    + route.caregiverId + " starts " + visit.service() + " at patient " + visit.patient() + " ("
                    + UhhcNumbers.format(visit.startServiceTime()) + ") before arriving (" + UhhcNumbers.format(
                            route.arrivals[i])
                    + ").");
        }
    }

    private boolean lunchCompliant(Route route, PatientVisit lunch) {
        UhhcLunchBreaks rules = instance.lunchBreaks();
        String who = route.caregiverId;
        if (rules == null) {
            violation(Kind.LUNCH_BREAK_NOT_COMPLIANT, true, who, null, "Caregiver " + who + " takes a lunch break"
                    + " but the instance has no 'lunch_breaks' rules.");
            return false;
        }
        List<String> problems = new ArrayList<>();
        double limitedTime = instance.metadata().atServiceEnd() ? lunch.endServiceTime() : lunch.startServiceTime();
        if (limitedTime > rules.end()) {
            problems.add("late (" + UhhcNumbers.format(limitedTime) + " after " + rules.end() + ")");
        }
        if (lunch.startServiceTime() < rules.start()) {
            problems.add("starting before the lunch break start (" + UhhcNumbers.format(lunch.startServiceTime())
                    + " vs " + rules.start() + ")");
        }
        if (lunch.endServiceTime() - lunch.startServiceTime() < rules.minDuration()) {
            problems.add("short (" + UhhcNumbers.format(lunch.endServiceTime() - lunch.startServiceTime())
                    + " < " + rules.minDuration() + ")");
        }
        if (problems.isEmpty()) {
            return true;
        }
        violation(Kind.LUNCH_BREAK_NOT_COMPLIANT, false, who, null, "Lunch of caregiver " + who
                + " is not compliant: " + String.join(", ", problems) + ".");
        return false;
    }

    private void checkSynchronisation(List<Route> routes, Set<String> visited) {
        for (UhhcPatient patient : instance.patients()) {
            if (!visited.contains(patient.id()) || !patient.isSynchronised()) {
                continue;
            }
            Map<String, PatientVisit> byService = new LinkedHashMap<>();
            for (Route route : routes) {
                for (PatientVisit visit : route.visits) {
                    if (visit.patient().equals(patient.id()) && !visit.isLunchBreak()) {
                        byService.put(visit.service(), visit);
                    }
                }
            }
            PatientVisit first = patient.requiredServices().isEmpty()
                    ? null
                    : byService.get(patient.requiredServices().get(0).service());
            PatientVisit second = patient.requiredServices().size() < 2
                    ? null
                    : byService.get(patient.requiredServices().get(1).service());
            if (byService.size() != 2 || first == null || second == null) {
                violation(Kind.SYNCHRONISATION_INCOMPLETE, true, null, patient.id(), "Patient " + patient.id()
                        + " requires a " + patient.synchronization().type().json() + " double service but gets "
                        + byService.keySet() + ".");
                continue;
            }
            UhhcSynchronization sync = patient.synchronization();
            if (sync.type() == UhhcSynchronization.Type.SIMULTANEOUS) {
                if (first.startServiceTime() != second.startServiceTime()) {
                    violation(Kind.NOT_SIMULTANEOUS, true, null, patient.id(), "Patient " + patient.id()
                            + " requires simultaneous services but they start at " + UhhcNumbers.format(first
                                    .startServiceTime())
                            + " and " + UhhcNumbers.format(second.startServiceTime())
                            + ".");
                }
            } else {
                if (first.startServiceTime() + sync.minDistance() > second.startServiceTime()) {
                    violation(Kind.SEQUENTIAL_TOO_EARLY, true, null, patient.id(), "Patient " + patient.id()
                            + " requires sequential services (" + first.service() + ", " + second.service()
                            + ") but the second starts too early (" + UhhcNumbers.format(first.startServiceTime())
                            + " vs " + UhhcNumbers.format(second.startServiceTime()) + ", min distance "
                            + sync.minDistance() + ").");
                }
                if (first.startServiceTime() + sync.maxDistance() < second.startServiceTime()) {
                    violation(Kind.SEQUENTIAL_TOO_LATE, true, null, patient.id(), "Patient " + patient.id()
                            + " requires sequential services (" + first.service() + ", " + second.service()
                            + ") but the second starts too late (" + UhhcNumbers.format(first.startServiceTime())
                            + " vs " + UhhcNumbers.format(second.startServiceTime()) + ", max distance "
                            + sync.maxDistance() + ").");
                }
            }
        }
    }

    /** {@code int(start) >= int(first window start)} for every service. */
    private void checkWindowStarts(List<Route> routes) {
        for (Route route : routes) {
            for (PatientVisit visit : route.visits) {
                UhhcPatient patient = patients.get(visit.patient());
                if (visit.isLunchBreak() || patient == null) {
                    continue;
                }
                double windowStart = patient.timeWindows().getFirst().start();
                if ((long) visit.startServiceTime() < (long) windowStart) {
                    violation(Kind.SERVICE_BEFORE_WINDOW, true, route.caregiverId, patient.id(), "Patient "
                            + patient.id() + " is served (" + UhhcNumbers.format(visit.startServiceTime())
                            + ") before the first time window starts (" + UhhcNumbers.format(windowStart) + ").");
                }
            }
        }
    }

    private void checkHardComponents(List<Route> routes, Set<String> visited, Set<String> compliantLunch) {
        if (weights.isHard(UhhcComponent.QUALIFICATION, true)) {
            forEachService(routes, (route, visit, patient) -> {
                if (!route.caregiver.abilities().contains(visit.service())) {
                    violation(Kind.QUALIFICATION, false, route.caregiverId, visit.patient(), "Caregiver "
                            + route.caregiverId + " is providing a service (" + visit.service()
                            + ") for which they are not qualified.");
                }
            });
        }
        if (weights.isHard(UhhcComponent.MISSED_LUNCH_BREAK, true)) {
            for (UhhcCaregiver caregiver : instance.caregivers()) {
                if (caregiver.hasLunchBreak() && !compliantLunch.contains(caregiver.id())) {
                    violation(Kind.MISSED_LUNCH_BREAK, false, caregiver.id(), null, "Caregiver " + caregiver.id()
                            + " should have a lunch break, but is not having a lunch break.");
                } else if (!caregiver.hasLunchBreak() && compliantLunch.contains(caregiver.id())) {
                    violation(Kind.UNEXPECTED_LUNCH_BREAK, false, caregiver.id(), null, "Caregiver " + caregiver.id()
                            + " should not have a lunch break, but is having one.");
                }
            }
        }
        if (weights.isHard(UhhcComponent.CAREGIVER_PREFERENCES, true)) {
            forEachService(routes, (route, visit, patient) -> {
                if (patient.preferredCaregivers() != null && !patient.preferredCaregivers().contains(
                        route.caregiverId)) {
                    violation(Kind.PREFERENCE, false, route.caregiverId, patient.id(), "Patient " + patient.id()
                            + " is served by a caregiver (" + route.caregiverId + ") not among their preferred.");
                }
            });
        }
        if (weights.isHard(UhhcComponent.INCOMPATIBILITIES, true)) {
            forEachService(routes, (route, visit, patient) -> {
                if (patient.incompatibleCaregivers() != null && patient.incompatibleCaregivers().contains(
                        route.caregiverId)) {
                    violation(Kind.INCOMPATIBLE_CAREGIVER, false, route.caregiverId, patient.id(), "Patient "
                            + patient.id() + " is served by an incompatible caregiver (" + route.caregiverId + ").");
                }
            });
        }
        if (weights.isHard(UhhcComponent.OPTIONAL_PATIENTS, true) && visited.size() != patients.size()) {
            violation(Kind.UNVISITED_PATIENTS, false, null, null, "The number of visited patients (" + visited.size()
                    + ") and the one of total patients (" + patients.size() + ") should be equal.");
        }
        if (weights.isHard(UhhcComponent.WORKING_TIME, false)) {
            for (Route route : routes) {
                UhhcTimeWindow shift = route.caregiver.workingShift();
                if (shift != null && route.hasLocations && route.arrivalTime > shift.end()) {
                    violation(Kind.SHIFT_END, false, route.caregiverId, null, "The shift of caregiver "
                            + route.caregiverId + " is not respected (finishing at " + UhhcNumbers.format(
                                    route.arrivalTime)
                            + ", instead of " + UhhcNumbers.format(shift.end()) + ").");
                }
            }
        }
        if (weights.isHard(UhhcComponent.TOTAL_TARDINESS, false) || weights.isHard(UhhcComponent.HIGHEST_TARDINESS,
                false)) {
            forEachService(routes, (route, visit, patient) -> {
                double late = tardiness(patient, visit);
                if (late > 0) {
                    violation(Kind.TARDINESS, false, route.caregiverId, patient.id(), "Patient " + patient.id()
                            + " is late by " + UhhcNumbers.format(late) + " (service " + visit.service()
                            + " of caregiver " + route.caregiverId + ").");
                }
            });
        }
    }

    private interface ServiceVisitor {
        void visit(Route route, PatientVisit visit, UhhcPatient patient);
    }

    private void forEachService(List<Route> routes, ServiceVisitor visitor) {
        for (Route route : routes) {
            for (PatientVisit visit : route.visits) {
                UhhcPatient patient = patients.get(visit.patient());
                if (!visit.isLunchBreak() && patient != null) {
                    visitor.visit(route, visit, patient);
                }
            }
        }
    }

    /**
     * Tardiness against the window whose start is the last at or before the service start ({@code
     * bisect_right(starts, start) - 1}; -1, a start before every window, means the last window as in Python).
     */
    private double tardiness(UhhcPatient patient, PatientVisit visit) {
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

    private UhhcEvaluation costs(UhhcSolution solution, List<Route> routes, Set<String> visited) {
        Map<String, Double> travelTimes = zeroPerCaregiver();
        double distance = 0;
        for (Route route : routes) {
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
        for (Route route : routes) {
            for (PatientVisit visit : route.visits) {
                UhhcPatient patient = patients.get(visit.patient());
                if (visit.isLunchBreak() || patient == null) {
                    continue;
                }
                double late = tardiness(patient, visit);
                totalTardiness += late;
                highestTardiness = anyService ? Math.max(highestTardiness, late) : late;
                anyService = true;
            }
        }
        double totalWaiting = 0;
        double maxWaiting = 0;
        boolean anyWait = false;
        for (Route route : routes) {
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
        for (Route route : routes) {
            UhhcTimeWindow shift = route.caregiver.workingShift();
            if (shift != null && route.hasLocations && route.arrivalTime > shift.end()) {
                extra += route.arrivalTime - shift.end();
            }
        }
        double incompatible = countServices(routes, (route, visit, patient) -> patient
                .incompatibleCaregivers() != null && patient.incompatibleCaregivers().contains(route.caregiverId));
        double maxIdle = maxIdle(routes);
        Map<String, Double> serviceTimes = zeroPerCaregiver();
        for (Route route : routes) {
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
        for (Route route : routes) {
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
        boolean test(Route route, PatientVisit visit, UhhcPatient patient);
    }

    private double countServices(List<Route> routes, ServiceTest test) {
        double[] count = {0};
        forEachService(routes, (route, visit, patient) -> {
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
    private double maxIdle(List<Route> routes) {
        Map<String, Double> idle = zeroPerCaregiver();
        for (Route route : routes) {
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

    private void violation(Kind kind, boolean rejecting, String caregiver, String patient, String message) {
        violations.add(new UhhcViolation(kind, rejecting, caregiver, patient, message));
    }
}
