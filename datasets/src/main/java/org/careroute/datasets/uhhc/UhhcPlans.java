package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.ShiftBreak;
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

    /** Starts closer than this (in units) were equal in careroute: one second is 1/60 unit. */
    private static final double SAME_START = 1e-6;

    private UhhcPlans() {
    }

    public static List<UhhcRoutePlan> toRoutes(UhhcMapping mapping, Plan plan) {
        Map<String, Double> earliest = new HashMap<>();
        List<UhhcRoutePlan> routes = retime(mapping, plan, earliest);
        for (int round = 0; round < 10; round++) {
            if (!alignSimultaneous(mapping, routes, earliest)) {
                break;
            }
            routes = retime(mapping, plan, earliest);
        }
        return routes;
    }

    private static List<UhhcRoutePlan> retime(UhhcMapping mapping, Plan plan, Map<String, Double> earliest) {
        UhhcInstance instance = mapping.instance();
        List<UhhcRoutePlan> routes = new ArrayList<>();
        for (ShiftPlan shift : plan.shifts()) {
            UhhcCaregiver caregiver = instance.caregiversById().get(shift.caregiverId());
            if (caregiver == null) {
                throw new IllegalArgumentException("Plan has caregiver " + shift.caregiverId() + ", which is not in"
                        + " UHHC instance " + instance.name() + ".");
            }
            routes.add(new UhhcRoutePlan(caregiver.id(), stops(mapping, shift, earliest)));
        }
        return routes;
    }

    private static List<UhhcStop> stops(UhhcMapping mapping, ShiftPlan shift, Map<String, Double> earliest) {
        UhhcInstance instance = mapping.instance();
        UhhcCaregiver caregiver = instance.caregiversById().get(shift.caregiverId());
        List<UhhcStop> stops = new ArrayList<>();
        if (shift.visits().isEmpty()) {
            idleLunch(mapping, caregiver).ifPresent(stops::add);
            return stops;
        }
        double previousEnd = Double.NaN;
        int previousIndex = -1;
        int nextBreak = 0;
        for (PlannedVisit planned : shift.visits()) {
            UhhcMapping.ServiceRef ref = mapping.services().get(planned.key());
            if (ref == null) {
                throw new IllegalArgumentException("Plan has visit " + planned.key() + ", which is not a service of"
                        + " UHHC instance " + instance.name() + ".");
            }
            UhhcPatient patient = instance.patientsById().get(ref.patient());
            while (nextBreak < shift.breaks().size() && !shift.breaks().get(nextBreak).start().isAfter(planned
                    .start())) {
                PlannedBreak lunch = shift.breaks().get(nextBreak++);
                UhhcStop stop = lunchStop(instance, caregiver, lunch, patient, previousEnd, previousIndex, stops
                        .isEmpty());
                stops.add(stop);
                previousEnd = stop.end();
                previousIndex = lunchIndex(instance, caregiver, stop);
            }
            int duration = patient.requiredService(ref.service()).actualDuration();
            String service = UhhcProblems.visitId(ref.patient(), ref.service());
            double start = Math.max(units(planned.start().getEpochSecond()), earliest.getOrDefault(service, 0.0));
            if (previousIndex >= 0) {
                start = Math.max(start, previousEnd + instance.distance(previousIndex, patient.distanceMatrixIndex()));
            }
            double end = Math.max(units(planned.end().getEpochSecond()), start + duration);
            if (end - start < duration) {
                end = Math.nextUp(end);
            }
            stops.add(UhhcStop.service(ref.patient(), ref.service(), start, end));
            previousEnd = end;
            previousIndex = patient.distanceMatrixIndex();
        }
        while (nextBreak < shift.breaks().size() && !stops.isEmpty()) {
            UhhcStop stop = lunchStop(instance, caregiver, shift.breaks().get(nextBreak++), null, previousEnd,
                    previousIndex, false);
            stops.add(stop);
            previousEnd = stop.end();
            previousIndex = lunchIndex(instance, caregiver, stop);
        }
        return stops;
    }

    /**
     * The lunch of a caregiver without visits (careroute plans no break on an empty route): at the departing point,
     * at the earliest start, so the spec does not count it missed.
     */
    private static Optional<UhhcStop> idleLunch(UhhcMapping mapping, UhhcCaregiver caregiver) {
        for (Caregiver mapped : mapping.problem().caregivers()) {
            if (mapped.id().equals(caregiver.id()) && !mapped.shifts().isEmpty() && !mapped.shifts().getFirst()
                    .rules().breaks().isEmpty()) {
                ShiftBreak lunch = mapped.shifts().getFirst().rules().breaks().getFirst();
                double start = units(Math.max(lunch.earliestStart().getEpochSecond(), mapped.shifts().getFirst()
                        .start().getEpochSecond()));
                return Optional.of(UhhcStop.lunchBreak(caregiver.departingPoint(), start, start + units(lunch
                        .duration().toSeconds())));
            }
        }
        return Optional.empty();
    }

    /**
     * A lunch break as a {@code lunch_break} stop: at the patient it is taken at (careroute's break visit), else at
     * the previous stop's patient, else (before the first or after the last visit) at the caregiver's departing
     * point, which the spec accepts only there. Re-timed as a service: not before the previous stop's end plus the
     * drive, lasting careroute's break.
     */
    private static UhhcStop lunchStop(UhhcInstance instance, UhhcCaregiver caregiver, PlannedBreak lunch,
            UhhcPatient next, double previousEnd, int previousIndex, boolean first) {
        String where = lunchPlace(lunch, previousEnd, previousIndex, instance, next, first, caregiver);
        double start = units(lunch.start().getEpochSecond());
        double length = units(lunch.end().getEpochSecond()) - start;
        UhhcPatient patient = instance.patientsById().get(where);
        int index = patient == null
                ? instance.terminalPointsById().get(caregiver.departingPoint()).distanceMatrixIndex()
                : patient.distanceMatrixIndex();
        if (previousIndex >= 0) {
            start = Math.max(start, previousEnd + instance.distance(previousIndex, index));
        }
        return UhhcStop.lunchBreak(where, start, start + length);
    }

    private static String lunchPlace(PlannedBreak lunch, double previousEnd, int previousIndex, UhhcInstance instance,
            UhhcPatient next, boolean first, UhhcCaregiver caregiver) {
        if (lunch.visitId() != null && next != null && lunch.visitId().startsWith(next.id() + "/")) {
            return next.id();
        }
        if (first) {
            return caregiver.departingPoint();
        }
        if (lunch.visitId() != null) {
            String patient = lunch.visitId().substring(0, lunch.visitId().lastIndexOf('/'));
            if (instance.patientsById().containsKey(patient)) {
                return patient;
            }
        }
        return next == null ? caregiver.departingPoint() : next.id();
    }

    private static int lunchIndex(UhhcInstance instance, UhhcCaregiver caregiver, UhhcStop stop) {
        UhhcPatient patient = instance.patientsById().get(stop.patient());
        return patient == null
                ? instance.terminalPointsById().get(caregiver.departingPoint()).distanceMatrixIndex()
                : patient.distanceMatrixIndex();
    }

    /** Raises the earlier start of nearly-equal simultaneous services; true when something changed. */
    private static boolean alignSimultaneous(UhhcMapping mapping, List<UhhcRoutePlan> routes,
            Map<String, Double> earliest) {
        Map<String, Double> starts = new HashMap<>();
        for (UhhcRoutePlan route : routes) {
            for (UhhcStop stop : route.stops()) {
                starts.put(UhhcProblems.visitId(stop.patient(), stop.service()), stop.start());
            }
        }
        boolean changed = false;
        for (UhhcPatient patient : mapping.instance().patients()) {
            if (patient.synchronization() == null || patient.synchronization()
                    .type() != UhhcSynchronization.Type.SIMULTANEOUS || patient.requiredServices().size() != 2) {
                continue;
            }
            String first = UhhcProblems.visitId(patient.id(), patient.requiredServices().get(0).service());
            String second = UhhcProblems.visitId(patient.id(), patient.requiredServices().get(1).service());
            Double a = starts.get(first);
            Double b = starts.get(second);
            if (a != null && b != null && !a.equals(b) && Math.abs(a - b) < SAME_START) {
                double later = Math.max(a, b);
                earliest.put(first, later);
                earliest.put(second, later);
                changed = true;
            }
        }
        return changed;
    }

    private static double units(long seconds) {
        return seconds / (double) UhhcProblems.SECONDS_PER_UNIT;
    }
}
