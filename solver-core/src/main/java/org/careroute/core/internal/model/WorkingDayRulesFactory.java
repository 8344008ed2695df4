package org.careroute.core.internal.model;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.ContinuousWorkRule;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.WorkTerms;
import org.careroute.core.internal.domain.CareTeam;
import org.careroute.core.internal.domain.WorkingDayRules;

/** Flattens a shift's {@link ShiftRules} and its caregiver's {@link WorkTerms} into {@link WorkingDayRules}. */
final class WorkingDayRulesFactory {

    private WorkingDayRulesFactory() {
    }

    /** One team object per team name, with the number of caregivers in it. */
    static Map<String, CareTeam> teams(Problem problem) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            if (caregiver.terms().hasTeam()) {
                sizes.merge(caregiver.terms().team(), 1, Integer::sum);
            }
        }
        Map<String, CareTeam> teams = new HashMap<>();
        sizes.forEach((name, size) -> teams.put(name, new CareTeam(name, size)));
        return teams;
    }

    /** The working-day rules that no shift or caregiver of the problem uses (their penalty is always 0). */
    static Set<CareConstraint> unusedRules(Problem problem) {
        Set<CareConstraint> unused = EnumSet.of(CareConstraint.BREAK_WINDOW, CareConstraint.MISSED_BREAK,
                CareConstraint.CONTINUOUS_WORK,
                CareConstraint.MAX_WORKING_TIME, CareConstraint.OVERTIME, CareConstraint.CAREGIVER_COST,
                CareConstraint.WORKLOAD_FAIRNESS);
        for (Caregiver caregiver : problem.caregivers()) {
            WorkTerms terms = caregiver.terms();
            if (!terms.maxOvertime().isZero()) {
                unused.remove(CareConstraint.OVERTIME);
            }
            if (terms.centsPerHour() > 0 || terms.centsPerKm() > 0) {
                unused.remove(CareConstraint.CAREGIVER_COST);
            }
            if (terms.hasTeam()) {
                unused.remove(CareConstraint.WORKLOAD_FAIRNESS);
            }
            for (Shift shift : caregiver.shifts()) {
                if (!shift.rules().breaks().isEmpty()) {
                    unused.remove(CareConstraint.BREAK_WINDOW);
                }
                if (shift.rules().breaks().stream().anyMatch(ShiftBreak::missable)) {
                    unused.remove(CareConstraint.MISSED_BREAK);
                }
                if (shift.rules().continuousWork() != null) {
                    unused.remove(CareConstraint.CONTINUOUS_WORK);
                }
                if (shift.rules().maxWorkingTime() != null) {
                    unused.remove(CareConstraint.MAX_WORKING_TIME);
                }
            }
        }
        return unused;
    }

    static WorkingDayRules rules(Caregiver caregiver, Shift shift, Map<String, CareTeam> teams) {
        ShiftRules rules = shift.rules();
        WorkTerms terms = caregiver.terms();
        if (rules.isNone() && terms.equals(WorkTerms.NONE)) {
            return WorkingDayRules.NONE;
        }
        List<ShiftBreak> breaks = rules.breaks();
        long[] earliest = new long[breaks.size()];
        long[] latestStart = new long[breaks.size()];
        long[] duration = new long[breaks.size()];
        long missable = 0;
        for (int k = 0; k < breaks.size(); k++) {
            ShiftBreak b = breaks.get(k);
            missable |= b.missable() ? 1L << k : 0;
            earliest[k] = b.earliestStart().getEpochSecond();
            latestStart[k] = b.latestStart().getEpochSecond();
            duration[k] = b.duration().getSeconds();
        }
        ContinuousWorkRule law = rules.continuousWork();
        return new WorkingDayRules(earliest, latestStart, duration, missable, law == null
                ? 0
                : law.maxWork().getSeconds(),
                law == null ? 0 : law.rest().getSeconds(), law == null ? 0 : law.firstPart().getSeconds(),
                law != null && law.waitingCountsAsRest(), rules.maxWorkingTime() == null
                        ? Long.MAX_VALUE
                        : rules.maxWorkingTime().getSeconds(),
                terms.maxOvertime().getSeconds(), terms.centsPerHour(), terms.centsPerKm(), terms.hasTeam()
                        ? teams.get(terms.team())
                        : null);
    }
}
