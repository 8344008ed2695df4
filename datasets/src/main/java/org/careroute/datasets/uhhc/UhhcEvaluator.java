package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p>
 * The normalised route is an {@link EvaluatedRoute}; the cost computation is {@link SolutionCosts}.
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
        List<EvaluatedRoute> routes = new ArrayList<>();
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
            EvaluatedRoute route = new EvaluatedRoute(given, caregiver);
            if (route.hasLocations && !route.givenFull) {
                complete(route, visited);
            }
            routes.add(route);
        }
        Set<String> compliantLunch = new HashSet<>();
        for (EvaluatedRoute route : routes) {
            if (route.hasLocations) {
                checkTimes(route, visited, compliantLunch);
            }
        }
        checkSynchronisation(routes, visited);
        checkWindowStarts(routes);
        checkHardComponents(routes, visited, compliantLunch);
        return new SolutionCosts(instance).evaluate(solution, routes, visited, violations);
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
    private void complete(EvaluatedRoute route, Set<String> visited) {
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
    private int endpointIndex(EvaluatedRoute route, PatientVisit visit, Set<String> visited) {
        if (visit.isLunchBreak() && !visited.contains(visit.patient())) {
            return terminals.get(route.caregiver.departingPoint()).distanceMatrixIndex();
        }
        return patientIndex(route, visit);
    }

    /** The patient's matrix index; an unknown patient (only possible for lunch breaks) is reported. */
    private int patientIndex(EvaluatedRoute route, PatientVisit visit) {
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

    private int terminalIndex(EvaluatedRoute route, String depot) {
        UhhcTerminalPoint terminal = terminals.get(depot);
        if (terminal == null) {
            violation(Kind.MALFORMED_ROUTE, true, route.caregiverId, null, "Depot '" + depot + "' in the route of"
                    + " caregiver " + route.caregiverId + " is not a terminal point.");
            return terminals.get(route.caregiver.departingPoint()).distanceMatrixIndex();
        }
        return terminal.distanceMatrixIndex();
    }

    private void checkTimes(EvaluatedRoute route, Set<String> visited, Set<String> compliantLunch) {
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
    private void deriveArrival(EvaluatedRoute route, int i, double derived) {
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

    private boolean lunchCompliant(EvaluatedRoute route, PatientVisit lunch) {
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

    private void checkSynchronisation(List<EvaluatedRoute> routes, Set<String> visited) {
        for (UhhcPatient patient : instance.patients()) {
            if (!visited.contains(patient.id()) || !patient.isSynchronised()) {
                continue;
            }
            Map<String, PatientVisit> byService = new LinkedHashMap<>();
            for (EvaluatedRoute route : routes) {
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
    private void checkWindowStarts(List<EvaluatedRoute> routes) {
        for (EvaluatedRoute route : routes) {
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

    private void checkHardComponents(List<EvaluatedRoute> routes, Set<String> visited, Set<String> compliantLunch) {
        if (weights.isHard(UhhcComponent.QUALIFICATION, true)) {
            EvaluatedRoute.forEachService(routes, patients, (route, visit, patient) -> {
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
            EvaluatedRoute.forEachService(routes, patients, (route, visit, patient) -> {
                if (patient.preferredCaregivers() != null && !patient.preferredCaregivers().contains(
                        route.caregiverId)) {
                    violation(Kind.PREFERENCE, false, route.caregiverId, patient.id(), "Patient " + patient.id()
                            + " is served by a caregiver (" + route.caregiverId + ") not among their preferred.");
                }
            });
        }
        if (weights.isHard(UhhcComponent.INCOMPATIBILITIES, true)) {
            EvaluatedRoute.forEachService(routes, patients, (route, visit, patient) -> {
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
            for (EvaluatedRoute route : routes) {
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
            EvaluatedRoute.forEachService(routes, patients, (route, visit, patient) -> {
                double late = SolutionCosts.tardiness(instance, patient, visit);
                if (late > 0) {
                    violation(Kind.TARDINESS, false, route.caregiverId, patient.id(), "Patient " + patient.id()
                            + " is late by " + UhhcNumbers.format(late) + " (service " + visit.service()
                            + " of caregiver " + route.caregiverId + ").");
                }
            });
        }
    }

    private void violation(Kind kind, boolean rejecting, String caregiver, String patient, String message) {
        violations.add(new UhhcViolation(kind, rejecting, caregiver, patient, message));
    }
}
