package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.ShiftPlan;

/**
 * A careroute {@link Plan} of a {@link UhhcMapping}'s problem as neutral {@link UhhcRoutePlan}s.
 *
 * <p>
 * Times are converted back to UHHC units and re-timed forward in the validator's own double arithmetic: each service
 * starts at careroute's start or, if later, at the previous end plus the matrix distance, and lasts at least its
 * duration. The two services of a simultaneous patient that careroute starts together but that this re-timing moved
 * apart by a rounding difference are aligned on the later start (and the routes re-timed). With whole-unit data
 * (Bazirha, generated) all of this is exactly careroute's schedule; with fractional distances (Mankowska) it removes
 * differences of the last bit. Arrival times are left to the validator.
 *
 * <p>
 * The parts of a simultaneous visit become one stop per service (part K serves the patient's K-th service); the
 * shift's breaks become {@code lunch_break} stops in time order (see {@link UhhcStop#lunchBreak}), and a caregiver
 * without visits who has a lunch break gets one at the departing point.
 */
public final class UhhcPlans {

    /**
     * Starts closer than this (in units) were equal in careroute (one second is 1/60 unit), and gaps missed by less
     * were kept there.
     */
    private static final double SAME_START = 1e-6;

    private UhhcPlans() {
    }

    public static List<UhhcRoutePlan> toRoutes(UhhcMapping mapping, Plan plan) {
        Map<String, Double> earliest = new HashMap<>();
        Set<String> dropped = partlyServedOptionalPatients(mapping, plan);
        List<UhhcRoutePlan> routes = retime(mapping, plan, earliest, dropped);
        for (int round = 0; round < 10; round++) {
            boolean simultaneous = alignSimultaneous(mapping, routes, earliest);
            if (!alignSequential(mapping, routes, earliest) && !simultaneous) {
                break;
            }
            routes = retime(mapping, plan, earliest, dropped);
        }
        return routes;
    }

    private static List<UhhcRoutePlan> retime(UhhcMapping mapping, Plan plan, Map<String, Double> earliest,
            Set<String> dropped) {
        UhhcInstance instance = mapping.instance();
        Set<String> served = servedPatients(mapping, plan, dropped);
        List<UhhcRoutePlan> routes = new ArrayList<>();
        for (ShiftPlan shift : plan.shifts()) {
            UhhcCaregiver caregiver = instance.caregiversById().get(shift.caregiverId());
            if (caregiver == null) {
                throw new IllegalArgumentException("Plan has caregiver " + shift.caregiverId() + ", which is not in"
                        + " UHHC instance " + instance.name() + ".");
            }
            routes.add(new UhhcRoutePlan(caregiver.id(), stops(mapping, shift, earliest, dropped, served)));
        }
        return routes;
    }

    private static List<UhhcStop> stops(UhhcMapping mapping, ShiftPlan shift, Map<String, Double> earliest,
            Set<String> dropped, Set<String> served) {
        UhhcInstance instance = mapping.instance();
        UhhcCaregiver caregiver = instance.caregiversById().get(shift.caregiverId());
        List<UhhcStop> stops = new ArrayList<>();
        if (shift.visits().isEmpty()) {
            idleLunch(mapping, caregiver).ifPresent(stops::add);
            return stops;
        }
        double previousEnd = Double.NaN;
        UhhcPatient previous = null;
        int nextBreak = 0;
        for (PlannedVisit planned : shift.visits()) {
            UhhcMapping.ServiceRef ref = mapping.services().get(planned.key());
            if (ref == null) {
                throw new IllegalArgumentException("Plan has visit " + planned.key() + ", which is not a service of"
                        + " UHHC instance " + instance.name() + ".");
            }
            if (dropped.contains(ref.patient())) {
                continue; // an optional patient served in part: written as not visited
            }
            UhhcPatient patient = instance.patientsById().get(ref.patient());
            while (nextBreak < shift.breaks().size() && !shift.breaks().get(nextBreak).start().isAfter(planned
                    .start())) {
                PlannedBreak lunch = shift.breaks().get(nextBreak++);
                UhhcPatient where = previous != null
                        ? lunchPatient(instance, lunch, previous)
                        : lunch.visitId() == null
                                ? firstDriveLunchPatient(instance, caregiver, lunch, patient, served)
                                : patient;
                UhhcStop stop = lunchStop(instance, caregiver, lunch, where, previousEnd, previous);
                stops.add(stop);
                previousEnd = stop.end();
                previous = where;
            }
            int duration = patient.requiredService(ref.service()).actualDuration();
            String service = UhhcProblems.visitId(ref.patient(), ref.service());
            double start = Math.max(units(planned.start().getEpochSecond()), earliest.getOrDefault(service, 0.0));
            if (previous != null) {
                start = Math.max(start, previousEnd + instance.distance(previous.distanceMatrixIndex(), patient
                        .distanceMatrixIndex()));
            } else {
                start = departureConsistent(start, instance.distance(depotIndex(instance, caregiver), patient
                        .distanceMatrixIndex()));
            }
            double end = Math.max(units(planned.end().getEpochSecond()), start + duration);
            if (end - start < duration) {
                end = Math.nextUp(end);
            }
            stops.add(UhhcStop.service(ref.patient(), ref.service(), start, end));
            previousEnd = end;
            previous = patient;
        }
        while (nextBreak < shift.breaks().size()) {
            PlannedBreak lunch = shift.breaks().get(nextBreak++);
            UhhcPatient where = lunchPatient(instance, lunch, previous);
            UhhcStop stop = lunchStop(instance, caregiver, lunch, where, previousEnd, previous);
            stops.add(stop);
            previousEnd = stop.end();
            previous = where;
        }
        return stops;
    }

    /**
     * Where a lunch break inside a route is written: at the patient of careroute's break visit, else (a break at the
     * start location before the first drive, or back at the end location) at the nearest visited patient (the spec
     * reads a lunch inside a route at a patient's home only).
     */
    private static UhhcPatient lunchPatient(UhhcInstance instance, PlannedBreak lunch, UhhcPatient fallback) {
        if (lunch.visitId() != null && lunch.visitId().lastIndexOf('/') > 0) {
            UhhcPatient patient = instance.patientsById().get(lunch.visitId().substring(0, lunch.visitId()
                    .lastIndexOf('/')));
            if (patient != null) {
                return patient;
            }
        }
        return fallback;
    }

    /**
     * Where a break careroute takes on the first drive (it stops where the break's window opens, because arriving
     * first would start it late) is written: a UHHC lunch is a stop at a patient's home, so at the patient, served in
     * the plan where possible, that the caregiver can reach from the shift start in time for a compliant lunch and
     * from which the first visit ({@code first}) is reached earliest after it; the first visit itself when there is
     * none.
     */
    private static UhhcPatient firstDriveLunchPatient(UhhcInstance instance, UhhcCaregiver caregiver,
            PlannedBreak lunch, UhhcPatient first, Set<String> served) {
        UhhcLunchBreaks rules = instance.lunchBreaks();
        if (rules == null) {
            return first;
        }
        double planned = units(lunch.start().getEpochSecond());
        double length = units(lunch.end().getEpochSecond()) - planned;
        double shiftStart = caregiver.workingShift() == null ? 0 : caregiver.workingShift().start();
        int depot = depotIndex(instance, caregiver);
        for (boolean servedOnly : new boolean[]{true, false}) {
            UhhcPatient best = null;
            double bestArrival = Double.POSITIVE_INFINITY;
            for (UhhcPatient place : instance.patients()) {
                if (servedOnly && !served.contains(place.id())) {
                    continue;
                }
                double start = Math.max(planned, shiftStart + instance.distance(depot, place.distanceMatrixIndex()));
                double limited = instance.metadata().atServiceEnd() ? start + length : start;
                if (start < rules.start() || limited > rules.end()) {
                    continue;
                }
                double arrival = start + length + instance.distance(place.distanceMatrixIndex(), first
                        .distanceMatrixIndex());
                if (arrival < bestArrival) {
                    best = place;
                    bestArrival = arrival;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return first;
    }

    /** The patients of the plan that are written as visited (partly served optional patients left out). */
    private static Set<String> servedPatients(UhhcMapping mapping, Plan plan, Set<String> dropped) {
        Set<String> served = new HashSet<>();
        for (ShiftPlan shift : plan.shifts()) {
            for (PlannedVisit visit : shift.visits()) {
                UhhcMapping.ServiceRef ref = mapping.services().get(visit.key());
                if (ref != null && !dropped.contains(ref.patient())) {
                    served.add(ref.patient());
                }
            }
        }
        return served;
    }

    /**
     * A lunch break as a {@code lunch_break} stop at {@code where}, re-timed as a service: not before careroute's
     * start, the previous stop's end plus the drive (or, first in the route, the shift start plus the drive from the
     * departing point), lasting careroute's break.
     */
    private static UhhcStop lunchStop(UhhcInstance instance, UhhcCaregiver caregiver, PlannedBreak lunch,
            UhhcPatient where, double previousEnd, UhhcPatient previous) {
        double start = units(lunch.start().getEpochSecond());
        double length = units(lunch.end().getEpochSecond()) - start;
        if (previous != null) {
            start = Math.max(start, previousEnd + instance.distance(previous.distanceMatrixIndex(), where
                    .distanceMatrixIndex()));
        } else {
            int depot = depotIndex(instance, caregiver);
            if (caregiver.workingShift() != null) {
                start = Math.max(start, caregiver.workingShift().start() + instance.distance(depot, where
                        .distanceMatrixIndex()));
            }
            start = departureConsistent(start, instance.distance(depot, where.distanceMatrixIndex()));
        }
        return UhhcStop.lunchBreak(where.id(), start, start + length);
    }

    /**
     * The lunch of a caregiver without visits (careroute plans no break on an empty route): at the departing point
     * (the spec reads a route of one lunch stop as a lunch at the depot), at the earliest start in the shift, so the
     * spec does not count it missed; none where it does not fit the lunch window and the shift.
     */
    private static Optional<UhhcStop> idleLunch(UhhcMapping mapping, UhhcCaregiver caregiver) {
        UhhcInstance instance = mapping.instance();
        UhhcLunchBreaks rules = instance.lunchBreaks();
        if (!caregiver.hasLunchBreak() || rules == null || rules.minDuration() <= 0 || instance.costComponents()
                .weight(UhhcComponent.MISSED_LUNCH_BREAK) == null) {
            return Optional.empty();
        }
        UhhcTimeWindow shift = caregiver.workingShift();
        double start = Math.max(rules.start(), shift == null ? 0 : shift.start());
        double end = start + rules.minDuration();
        boolean inWindow = (instance.metadata().atServiceEnd() ? end : start) <= rules.end();
        if (!inWindow || shift != null && end > shift.end()) {
            return Optional.empty();
        }
        return Optional.of(UhhcStop.lunchBreak(caregiver.departingPoint(), start, end));
    }

    /**
     * Optional patients of whom careroute plans some services but not all (a sequential pair is two visits that
     * careroute may plan one of): the spec rejects a visited patient missing a service, so they are left out.
     */
    private static Set<String> partlyServedOptionalPatients(UhhcMapping mapping, Plan plan) {
        Map<String, Integer> planned = new HashMap<>();
        for (ShiftPlan shift : plan.shifts()) {
            for (PlannedVisit visit : shift.visits()) {
                UhhcMapping.ServiceRef ref = mapping.services().get(visit.key());
                if (ref != null) {
                    planned.merge(ref.patient(), 1, Integer::sum);
                }
            }
        }
        Set<String> partial = new HashSet<>();
        planned.forEach((patient, count) -> {
            UhhcPatient uhhc = mapping.instance().patientsById().get(patient);
            if (uhhc.isOptional() && count < uhhc.requiredServices().size()) {
                partial.add(patient);
            }
        });
        return partial;
    }

    /** The start of every written service (and lunch stop), by {@code PATIENT/SERVICE}. */
    private static Map<String, Double> starts(List<UhhcRoutePlan> routes) {
        Map<String, Double> starts = new HashMap<>();
        for (UhhcRoutePlan route : routes) {
            for (UhhcStop stop : route.stops()) {
                starts.put(UhhcProblems.visitId(stop.patient(), stop.service()), stop.start());
            }
        }
        return starts;
    }

    /** Raises the earlier start of nearly-equal simultaneous services; true when something changed. */
    private static boolean alignSimultaneous(UhhcMapping mapping, List<UhhcRoutePlan> routes,
            Map<String, Double> earliest) {
        Map<String, Double> starts = starts(routes);
        boolean changed = false;
        for (UhhcPatient patient : mapping.instance().patients()) {
            if (!UhhcProblems.isSimultaneous(patient)) {
                continue;
            }
            double earliestStart = Double.POSITIVE_INFINITY;
            double latestStart = Double.NEGATIVE_INFINITY;
            for (UhhcRequiredService service : patient.requiredServices()) {
                Double start = starts.get(UhhcProblems.visitId(patient.id(), service.service()));
                if (start == null) {
                    earliestStart = Double.NaN;
                    break;
                }
                earliestStart = Math.min(earliestStart, start);
                latestStart = Math.max(latestStart, start);
            }
            if (earliestStart < latestStart && latestStart - earliestStart < SAME_START) {
                for (UhhcRequiredService service : patient.requiredServices()) {
                    earliest.put(UhhcProblems.visitId(patient.id(), service.service()), latestStart);
                }
                changed = true;
            }
        }
        return changed;
    }

    private static int depotIndex(UhhcInstance instance, UhhcCaregiver caregiver) {
        return instance.terminalPointsById().get(caregiver.departingPoint()).distanceMatrixIndex();
    }

    /**
     * The first start of a route, raised by a few units in the last place where needed: outside the Bazirha sets the
     * spec puts the depot departure at {@code start - travel} and then requires {@code departure + travel <= start}
     * in double arithmetic, which {@code (start - travel) + travel} can break by one unit in the last place.
     */
    static double departureConsistent(double start, double travel) {
        double fixed = start;
        while ((fixed - travel) + travel > fixed) {
            fixed = Math.nextUp(fixed);
        }
        return fixed;
    }

    /**
     * Raises a start where a sequential pair that careroute kept inside {@code [min, max]} misses it in the
     * validator's double arithmetic by a rounding difference: the second to {@code start1 + min}, or the first until
     * {@code start1 + max >= start2}; true when something changed. Real violations are left as they are.
     */
    private static boolean alignSequential(UhhcMapping mapping, List<UhhcRoutePlan> routes,
            Map<String, Double> earliest) {
        Map<String, Double> starts = starts(routes);
        boolean changed = false;
        for (UhhcPatient patient : mapping.instance().patients()) {
            if (!UhhcProblems.isSequential(patient)) {
                continue;
            }
            String first = UhhcProblems.visitId(patient.id(), patient.requiredServices().get(0).service());
            String second = UhhcProblems.visitId(patient.id(), patient.requiredServices().get(1).service());
            Double start1 = starts.get(first);
            Double start2 = starts.get(second);
            if (start1 == null || start2 == null) {
                continue;
            }
            double min = patient.synchronization().minDistance();
            double max = patient.synchronization().maxDistance();
            if (start1 + min > start2 && start1 + min - start2 < SAME_START) {
                earliest.put(second, start1 + min);
                changed = true;
            } else if (start1 + max < start2 && start2 - (start1 + max) < SAME_START) {
                double raised = start2 - max;
                while (raised + max < start2) {
                    raised = Math.nextUp(raised);
                }
                earliest.put(first, raised);
                changed = true;
            }
        }
        return changed;
    }

    private static double units(long seconds) {
        return seconds / (double) UhhcProblems.SECONDS_PER_UNIT;
    }
}
