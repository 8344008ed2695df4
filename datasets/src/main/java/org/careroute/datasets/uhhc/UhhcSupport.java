package org.careroute.datasets.uhhc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which features of a UHHC instance careroute's model cannot express yet (see {@link UhhcMapping#unsupported()}).
 * Double services, preferences, hard incompatibilities, lunch breaks, overtime, tardiness (one or several windows),
 * the value of optional patients and the max idle time are mapped by {@link UhhcProblems}; what is listed here is
 * solved without.
 */
final class UhhcSupport {

    private UhhcSupport() {
    }

    static List<String> unsupported(UhhcInstance instance) {
        UhhcCostComponents weights = instance.costComponents();
        List<String> missing = new ArrayList<>();
        patients(missing, instance, "synchronised patients with more than two services (the spec admits exactly two:"
                + " no solution is valid)", p -> p.isSynchronised() && p.requiredServices().size() > 2);
        patients(missing, instance, "weighted incompatible caregivers", p -> p.incompatibleCaregivers() != null && !p
                .incompatibleCaregivers().isEmpty() && !weights.isHard(UhhcComponent.INCOMPATIBILITIES, true));
        // a weighed lunch that cannot fit is missed whatever the plan (a fixed cost); a required one cannot be kept
        long lunch = instance.caregivers().stream().filter(c -> c.hasLunchBreak() && weights.isHard(
                UhhcComponent.MISSED_LUNCH_BREAK, false) && UhhcProblems.shiftRules(instance, c).isNone()).count();
        if (lunch > 0) {
            missing.add("lunch breaks that do not fit the shift (" + lunch + " caregivers)");
        }
        UhhcWeight idle = weights.weight(UhhcComponent.MAX_IDLE_TIME);
        long unbounded = instance.caregivers().stream().filter(c -> c.workingShift() == null).count();
        if (idle != null && !idle.hard() && idle.value() != 0 && unbounded > 0) {
            // the spec counts no idle time without a working shift; careroute's shift then runs to the horizon
            missing.add("max idle time of caregivers without a working shift (" + unbounded + " caregivers)");
        }
        weighted(missing, weights, UhhcComponent.WORKLOAD_BALANCE,
                "workload balance, approximated by squared deviations");
        weighted(missing, weights, UhhcComponent.MAX_WAITING_TIME, "max waiting time");
        weighted(missing, weights, UhhcComponent.QUALIFICATION, "qualification as a cost (skills are hard)");
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
