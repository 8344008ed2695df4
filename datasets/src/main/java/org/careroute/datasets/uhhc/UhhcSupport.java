package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Which features of a UHHC instance careroute's model cannot express yet (see {@link UhhcMapping#unsupported()}). */
final class UhhcSupport {

    private UhhcSupport() {
    }

    static List<String> unsupported(UhhcInstance instance) {
        UhhcCostComponents weights = instance.costComponents();
        List<String> missing = new ArrayList<>();
        patients(missing, instance, "simultaneous double services", p -> p.synchronization() != null && p
                .synchronization().type() == UhhcSynchronization.Type.SIMULTANEOUS);
        patients(missing, instance, "sequential double services with min/max gap", p -> p.synchronization() != null
                && p.synchronization().type() == UhhcSynchronization.Type.SEQUENTIAL);
        patients(missing, instance, "optional double services (both or none)", p -> p.isOptional() && p
                .requiredServices().size() > 1);
        patients(missing, instance, "preferred caregivers", p -> p.preferredCaregivers() != null);
        patients(missing, instance, "incompatible caregivers", p -> p.incompatibleCaregivers() != null && !p
                .incompatibleCaregivers().isEmpty());
        patients(missing, instance, "optional patients weighed against other costs", p -> p.isOptional()
                && weights.weight(UhhcComponent.OPTIONAL_PATIENTS) != null && !weights.weight(
                        UhhcComponent.OPTIONAL_PATIENTS).hard());
        long lunch = instance.caregivers().stream().filter(UhhcCaregiver::hasLunchBreak).count();
        if (lunch > 0) {
            missing.add("lunch breaks (" + lunch + " caregivers)");
        }
        weighted(missing, weights, UhhcComponent.TOTAL_TARDINESS, "soft time windows with total tardiness");
        weighted(missing, weights, UhhcComponent.HIGHEST_TARDINESS, "highest tardiness");
        if (instance.caregivers().stream().anyMatch(c -> c.workingShift() != null)) {
            weighted(missing, weights, UhhcComponent.TOTAL_EXTRA_TIME, "overtime cost (extra time after the shift)");
        }
        weighted(missing, weights, UhhcComponent.MAX_IDLE_TIME, "max idle time");
        weighted(missing, weights, UhhcComponent.WORKLOAD_BALANCE, "workload balance");
        weighted(missing, weights, UhhcComponent.MAX_WAITING_TIME, "max waiting time");
        weighted(missing, weights, UhhcComponent.QUALIFICATION, "qualification as a cost (skills are hard)");
        if (instance.metadata().departsAtShiftStart() && weights.multiplier(UhhcComponent.TOTAL_WAITING_TIME) > 0) {
            missing.add("waiting before the first visit (caregivers leave at the shift start)");
        }
        return missing;
    }

    private static void patients(List<String> missing, UhhcInstance instance, String feature,
            Predicate<UhhcPatient> test) {
        long count = instance.patients().stream().filter(test).count();
        if (count > 0) {
            missing.add(feature + " (" + count + " patients)");
        }
    }

    private static void weighted(List<String> missing, UhhcCostComponents weights, UhhcComponent component,
            String feature) {
        UhhcWeight weight = weights.weight(component);
        if (weight != null && !weight.hard() && weight.value() != 0) {
            missing.add(feature + " (weight " + weight + ")");
        }
    }
}
