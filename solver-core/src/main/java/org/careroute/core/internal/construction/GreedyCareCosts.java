package org.careroute.core.internal.construction;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.careroute.core.internal.domain.CareClient;
import org.careroute.core.internal.domain.CarePreferences;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * The soft patient-care rules as the greedy construction weighs them (preference points lost, a caregiver new to the
 * patient, seconds outside the preferred window) and the patient's cap on distinct caregivers, with the caregivers
 * each patient has seen so far.
 */
final class GreedyCareCosts {

    private final long preferenceWeight;
    private final long continuityWeight;
    private final long preferredWindowWeight;
    /** Per patient, a bit set of the caregivers (by index) given their visits so far. */
    private final Map<CareClient, long[]> caregiversOfClient = new IdentityHashMap<>();

    GreedyCareCosts(long preferenceWeight, long continuityWeight, long preferredWindowWeight) {
        this.preferenceWeight = preferenceWeight;
        this.continuityWeight = continuityWeight;
        this.preferredWindowWeight = preferredWindowWeight;
    }

    /** The caregivers the visit's patient has seen so far, or {@code null}. */
    long[] seen(CareVisit visit) {
        return visit.getClient() == null ? null : caregiversOfClient.get(visit.getClient());
    }

    /** The soft patient-care cost of giving the visit to the shift's caregiver, whatever the position. */
    long caregiverCost(CareVisit visit, CareShift shift, long[] seen) {
        CarePreferences care = visit.getCare();
        int caregiver = shift.getCaregiverIndex();
        long cost = care.highestWeight() == 0
                ? 0
                : preferenceWeight * (care.highestWeight() - care.weightOf(
                        caregiver));
        if (seen != null && caregiver >= 0 && (caregiver >>> 6 >= seen.length
                || (seen[caregiver >>> 6] & (1L << caregiver)) == 0)) {
            cost += continuityWeight;
        }
        return cost;
    }

    /** Whether a caregiver new to the patient would take them past their cap on distinct caregivers. */
    static boolean wouldExceedCap(CareVisit visit, CareShift shift, long[] seen) {
        int caregiver = shift.getCaregiverIndex();
        if (seen == null || caregiver < 0 || !visit.getClient().hasCap()) {
            return false;
        }
        if (caregiver >>> 6 < seen.length && (seen[caregiver >>> 6] & (1L << caregiver)) != 0) {
            return false;
        }
        int distinct = 0;
        for (long word : seen) {
            distinct += Long.bitCount(word);
        }
        return distinct >= visit.getClient().getMaxDistinctCaregivers();
    }

    /** Whether the preferred window weighs at all for this visit (then {@link #windowCost} needs its start). */
    boolean weighsWindow(CareVisit visit) {
        return visit.getCare().hasPreferredWindow() && preferredWindowWeight != 0;
    }

    /** The preferred-window cost of serving the visit from {@code start}. */
    long windowCost(CareVisit visit, long start) {
        return preferredWindowWeight * visit.getCare().deviation(start);
    }

    /** Records that the shift's caregiver now serves the visit's patient. */
    void remember(CareVisit visit, CareShift shift) {
        int caregiver = shift.getCaregiverIndex();
        if (visit.getClient() == null || caregiver < 0) {
            return;
        }
        long[] seen = caregiversOfClient.computeIfAbsent(visit.getClient(), c -> new long[0]);
        if (seen.length <= caregiver >>> 6) {
            seen = Arrays.copyOf(seen, (caregiver >>> 6) + 1);
            caregiversOfClient.put(visit.getClient(), seen);
        }
        seen[caregiver >>> 6] |= 1L << caregiver;
    }
}
