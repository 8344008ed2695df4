package org.careroute.core.internal.model;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.internal.domain.CareClient;
import org.careroute.core.internal.domain.CarePreferences;

/** Turns the patient-care parts of a problem into the solver's primitive facts (caregivers by index). */
final class PatientCareFacts {

    private PatientCareFacts() {
    }

    /** One shared {@link CareClient} per patient with at least two visits (parts count), by client id. */
    static Map<String, CareClient> clients(Problem problem) {
        Map<String, Integer> visitCounts = new HashMap<>();
        for (Visit visit : problem.visits()) {
            // each part of a double-staffed visit is a caregiver the patient sees
            visitCounts.merge(visit.clientId(), Math.max(1, visit.links().parts().size()), Integer::sum);
        }
        Map<String, Integer> caps = new HashMap<>();
        for (Client client : problem.clients()) {
            caps.putIfAbsent(client.id(), client.maxDistinctCaregivers());
        }
        Map<String, CareClient> clients = new HashMap<>();
        visitCounts.forEach((clientId, count) -> {
            if (count > 1) {
                clients.put(clientId, new CareClient(clientId, caps.getOrDefault(clientId, Client.NO_CAP)));
            }
        });
        return clients;
    }

    /** The visit's preferences with caregivers as indexes; unknown caregiver ids are left out. */
    static CarePreferences preferences(Visit visit, Map<String, Integer> caregiverIndex) {
        VisitCare care = visit.care();
        if (care.equals(VisitCare.NONE)) {
            return CarePreferences.NONE;
        }
        int[] preferred = new int[care.preferredCaregivers().size()];
        int[] weights = new int[preferred.length];
        int count = 0;
        for (Map.Entry<String, Integer> entry : care.preferredCaregivers().entrySet()) {
            Integer index = caregiverIndex.get(entry.getKey());
            if (index != null) {
                preferred[count] = index;
                weights[count++] = entry.getValue();
            }
        }
        long[] excluded = new long[(caregiverIndex.size() + 63) / 64];
        for (String caregiverId : care.excludedCaregivers()) {
            Integer index = caregiverIndex.get(caregiverId);
            if (index != null) {
                excluded[index >>> 6] |= 1L << index;
            }
        }
        long preferredStart = Long.MIN_VALUE;
        long preferredEnd = Long.MAX_VALUE;
        long maxDeviation = Long.MAX_VALUE;
        if (care.hasPreferredWindow()) {
            preferredStart = care.preferredWindow().start().getEpochSecond();
            preferredEnd = care.preferredWindow().end().getEpochSecond();
            Duration cap = care.maxDeviation();
            maxDeviation = cap == null ? Long.MAX_VALUE : cap.getSeconds();
        }
        return new CarePreferences(java.util.Arrays.copyOf(preferred, count), java.util.Arrays.copyOf(weights,
                count), care.highestPreferenceWeight(), care.excludedCaregivers().isEmpty() ? new long[0] : excluded,
                preferredStart, preferredEnd, maxDeviation);
    }
}
