package org.careroute.core.internal.search;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.careroute.core.internal.domain.CareClient;
import org.careroute.core.internal.domain.CarePreferences;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * The patient's rules that the construction keeps and weighs on top of the search's insertion estimate (which
 * weighs the preferred window itself): hard, a pinned caregiver, an excluded caregiver and the cap on distinct
 * caregivers; soft, preference points lost and a caregiver new to the patient (continuity of care). It remembers the
 * caregivers each patient has been given so far. The search itself leaves these rules to Timefold's score.
 */
final class CareRules {

    private final CareVisit[] visits;
    private final CareShift[] shifts;
    private final long preferenceWeight;
    private final long continuityWeight;
    /** Per patient, a bit set of the caregivers (by index) given their visits so far. */
    private final Map<CareClient, long[]> caregiversOfClient = new IdentityHashMap<>();
    /** The visit {@link #seen} was looked up for, and the caregivers its patient has seen. */
    private int seenFor = -1;
    private long[] seen;

    CareRules(CareVisit[] visits, CareShift[] shifts, long preferenceWeight, long continuityWeight) {
        this.visits = visits;
        this.shifts = shifts;
        this.preferenceWeight = preferenceWeight;
        this.continuityWeight = continuityWeight;
    }

    /** Whether route r's caregiver may serve the visit: pinned caregiver, excluded caregiver, the patient's cap. */
    boolean allows(int r, int visit) {
        CareVisit v = visits[visit];
        CareShift shift = shifts[r];
        if (v.facts().pinnedCaregiverId() != null && !v.facts().pinnedCaregiverId().equals(shift.getCaregiverId())
                || v.facts().care().excludes(shift.getCaregiverIndex())) {
            return false;
        }
        return !wouldExceedCap(v, shift.getCaregiverIndex(), seen(visit));
    }

    /** The soft cost of giving the visit to route r's caregiver, wherever it goes in the route. */
    long caregiverCost(int r, int visit) {
        CarePreferences care = visits[visit].facts().care();
        int caregiver = shifts[r].getCaregiverIndex();
        long cost = care.highestWeight() == 0
                ? 0
                : preferenceWeight * (care.highestWeight() - care.weightOf(caregiver));
        long[] known = seen(visit);
        if (known != null && caregiver >= 0 && !contains(known, caregiver)) {
            cost += continuityWeight;
        }
        return cost;
    }

    /** Records that route r's caregiver now serves the visit's patient. */
    void placed(int visit, int r) {
        CareVisit v = visits[visit];
        int caregiver = shifts[r].getCaregiverIndex();
        if (v.facts().client() == null || caregiver < 0) {
            return;
        }
        long[] known = caregiversOfClient.computeIfAbsent(v.facts().client(), c -> new long[0]);
        if (known.length <= caregiver >>> 6) {
            known = Arrays.copyOf(known, (caregiver >>> 6) + 1);
            caregiversOfClient.put(v.facts().client(), known);
        }
        known[caregiver >>> 6] |= 1L << caregiver;
        seenFor = -1;
    }

    /** The caregivers the visit's patient has seen so far, or {@code null}. */
    private long[] seen(int visit) {
        if (seenFor != visit) {
            CareClient client = visits[visit].facts().client();
            seen = client == null ? null : caregiversOfClient.get(client);
            seenFor = visit;
        }
        return seen;
    }

    private static boolean contains(long[] known, int caregiver) {
        return caregiver >>> 6 < known.length && (known[caregiver >>> 6] & (1L << caregiver)) != 0;
    }

    /** Whether a caregiver new to the patient would take them past their cap on distinct caregivers. */
    private static boolean wouldExceedCap(CareVisit visit, int caregiver, long[] known) {
        if (known == null || caregiver < 0 || !visit.facts().client().hasCap() || contains(known, caregiver)) {
            return false;
        }
        int distinct = 0;
        for (long word : known) {
            distinct += Long.bitCount(word);
        }
        return distinct >= visit.facts().client().getMaxDistinctCaregivers();
    }
}
