package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.List;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.ShiftPlan;

/**
 * A careroute {@link Plan} of a {@link UhhcMapping}'s problem as neutral {@link UhhcRoutePlan}s.
 *
 * <p>
 * Times are converted back to UHHC units and re-timed forward in the validator's own double arithmetic: each service
 * starts at careroute's start or, if later, at the previous end plus the matrix distance, and lasts at least its
 * duration. With whole-unit data (Bazirha, generated) this is exactly careroute's schedule; with fractional
 * distances (Mankowska) it removes rounding differences of the last bit. Arrival times are left to the validator.
 */
public final class UhhcPlans {

    private UhhcPlans() {
    }

    public static List<UhhcRoutePlan> toRoutes(UhhcMapping mapping, Plan plan) {
        UhhcInstance instance = mapping.instance();
        List<UhhcRoutePlan> routes = new ArrayList<>();
        for (ShiftPlan shift : plan.shifts()) {
            UhhcCaregiver caregiver = instance.caregiversById().get(shift.caregiverId());
            if (caregiver == null) {
                throw new IllegalArgumentException("Plan has caregiver " + shift.caregiverId() + ", which is not in"
                        + " UHHC instance " + instance.name() + ".");
            }
            routes.add(new UhhcRoutePlan(caregiver.id(), stops(mapping, caregiver, shift)));
        }
        return routes;
    }

    private static List<UhhcStop> stops(UhhcMapping mapping, UhhcCaregiver caregiver, ShiftPlan shift) {
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
            double start = units(planned.start().getEpochSecond());
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

    private static double units(long seconds) {
        return seconds / (double) UhhcProblems.SECONDS_PER_UNIT;
    }
}
