package org.careroute.core.internal.verify;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;

/**
 * Checks the patient's care independently of the solver: excluded caregivers and the cap on distinct
 * caregivers per patient (hard), the deviation cap of preferred windows (hard), and the soft preferred-caregiver,
 * continuity and preferred-window costs. Works on the plan's own start times, which {@link RouteCheck} has already
 * compared with the recomputed route (a mismatch is a structure violation there).
 */
final class PatientCareCheck {

    private final Verification verification;
    private final Problem problem;
    private final Plan plan;
    private final Map<String, Caregiver> caregiverByShiftId;
    private final TimeText text;
    private long softPenalty;
    private long worstDeviation;
    private String worstShiftId;
    private String worstVisitId;
    private String worstText;

    PatientCareCheck(Verification verification, Problem problem, Plan plan,
            Map<String, Caregiver> caregiverByShiftId) {
        this.verification = verification;
        this.problem = problem;
        this.plan = plan;
        this.caregiverByShiftId = caregiverByShiftId;
        this.text = verification.text();
    }

    /** Runs every check; returns the weighted soft penalty of the patient-care rules. */
    long run(Map<String, Visit> visitsById) {
        Map<String, Set<String>> caregiversByClient = new LinkedHashMap<>();
        Set<String> seenVisits = new java.util.HashSet<>();
        for (ShiftPlan shiftPlan : plan.shifts()) {
            Caregiver caregiver = shiftPlan.shiftId() == null ? null : caregiverByShiftId.get(shiftPlan.shiftId());
            if (caregiver == null) {
                continue;
            }
            for (PlannedVisit planned : shiftPlan.visits()) {
                Visit visit = planned.visitId() == null ? null : visitsById.get(planned.visitId());
                if (visit == null || !seenVisits.add(visit.id() + "#" + planned.part())) {
                    continue;
                }
                caregiversByClient.computeIfAbsent(visit.clientId(), k -> new LinkedHashSet<>()).add(caregiver.id());
                checkVisit(shiftPlan.shiftId(), caregiver, visit, planned);
            }
        }
        checkContinuity(caregiversByClient);
        soft(CareConstraint.WORST_PREFERRED_WINDOW_DEVIATION, worstShiftId, worstVisitId, worstDeviation,
                "The largest tardiness of any visit: " + worstText);
        return softPenalty;
    }

    private void checkVisit(String shiftId, Caregiver caregiver, Visit visit, PlannedVisit planned) {
        VisitCare care = visit.care();
        if (care.equals(VisitCare.NONE)) {
            return;
        }
        String who = Verification.describe(caregiver);
        if (care.excludedCaregivers().contains(caregiver.id())) {
            verification.rule(CareConstraint.EXCLUDED_CAREGIVER, shiftId, visit.id(), 1, "Visit "
                    + Verification.describe(visit) + " is served by " + who
                    + ", whom the patient excluded; give it to another caregiver.");
        }
        int lost = care.preferencePointsLost(caregiver.id());
        if (lost > 0) {
            soft(CareConstraint.PREFERRED_CAREGIVER, shiftId, visit.id(), lost, "Visit " + Verification.describe(
                    visit) + " is served by " + who + " (preference "
                    + care.preferredCaregivers().getOrDefault(
                            caregiver.id(), 0)
                    + "), not by the most preferred caregiver (preference "
                    + care.highestPreferenceWeight() + ").");
        }
        if (care.softWindows() && planned.start() != null) {
            checkSoftWindows(shiftId, visit, planned.start().getEpochSecond());
        }
        if (care.hasPreferredWindow() && planned.start() != null) {
            long start = planned.start().getEpochSecond();
            long deviation = care.deviationSeconds(start);
            String window = text.instant(care.preferredWindow().start()) + " to " + text.instant(care
                    .preferredWindow().end());
            String message = "Visit " + Verification.describe(visit) + " starts " + text.instant(start) + ", "
                    + text.duration(deviation) + " outside its preferred window " + window + ".";
            soft(CareConstraint.PREFERRED_WINDOW, shiftId, visit.id(), deviation, message);
            worst(shiftId, visit, deviation, message);
            if (care.maxDeviation() != null && deviation > care.maxDeviation().getSeconds()) {
                long beyond = deviation - care.maxDeviation().getSeconds();
                verification.rule(CareConstraint.PREFERRED_WINDOW_MAX_DEVIATION, shiftId, visit.id(), beyond,
                        "Visit " + Verification.describe(visit) + " starts " + text.instant(start) + ", "
                                + text.duration(deviation) + " outside its preferred window " + window
                                + ", more than the allowed " + text.duration(care.maxDeviation().getSeconds())
                                + ".");
            }
        }
    }

    /** Tardiness after the end of the soft window the service starts in. */
    private void checkSoftWindows(String shiftId, Visit visit, long start) {
        long late = RouteSimulation.softWindowLateness(visit, start);
        if (late == 0) {
            return;
        }
        String message = "Visit " + Verification.describe(visit) + " starts " + text.instant(start) + ", " + text
                .duration(late) + " after the end of the soft time window it starts in.";
        soft(CareConstraint.SOFT_WINDOW_LATENESS, shiftId, visit.id(), late, message);
        worst(shiftId, visit, late, message);
    }

    /** Keeps the largest tardiness of any visit (preferred window or soft window). */
    private void worst(String shiftId, Visit visit, long tardiness, String message) {
        if (tardiness > worstDeviation) {
            worstDeviation = tardiness;
            worstShiftId = shiftId;
            worstVisitId = visit.id();
            worstText = message;
        }
    }

    private void checkContinuity(Map<String, Set<String>> caregiversByClient) {
        Map<String, Integer> caps = new LinkedHashMap<>();
        for (Client client : problem.clients()) {
            caps.putIfAbsent(client.id(), client.maxDistinctCaregivers());
        }
        caregiversByClient.forEach((clientId, caregivers) -> {
            int distinct = caregivers.size();
            String names = String.join(", ", List.copyOf(caregivers));
            soft(CareConstraint.CONTINUITY_OF_CARE, null, null, distinct - 1, "Patient " + clientId + " sees "
                    + distinct + " caregivers over the horizon (" + names + ").");
            int cap = caps.getOrDefault(clientId, Client.NO_CAP);
            if (distinct > cap) {
                verification.rule(CareConstraint.MAX_DISTINCT_CAREGIVERS, null, null, distinct - cap, "Patient "
                        + clientId + " sees " + distinct + " caregivers (" + names + "), more than the cap of " + cap
                        + "; give their visits to fewer caregivers.");
            }
        });
    }

    private void soft(CareConstraint constraint, String shiftId, String visitId, long amount, String message) {
        if (amount <= 0) {
            return;
        }
        softPenalty += verification.weight(constraint) * amount;
        verification.cost(constraint, shiftId, visitId, amount, message);
    }
}
