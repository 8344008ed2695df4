package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careroute.core.api.model.Plan;
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
        List<UhhcStop> stops = new ArrayList<>();
        double previousEnd = Double.NaN;
        int previousIndex = -1;
        for (PlannedVisit planned : shift.visits()) {
            UhhcMapping.ServiceRef ref = mapping.services().get(planned.visitId());
            if (ref == null) {
                throw new IllegalArgumentException("Plan has visit " + planned.visitId() + ", which is not a service"
                        + " of UHHC instance " + instance.name() + ".");
            }
            UhhcPatient patient = instance.patientsById().get(ref.patient());
            int duration = patient.requiredService(ref.service()).actualDuration();
            double start = Math.max(units(planned.start().getEpochSecond()), earliest.getOrDefault(planned.visitId(),
                    0.0));
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
        return stops;
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
