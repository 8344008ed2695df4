package org.careroute.datasets.uhhc;

import java.util.List;
import java.util.Set;

/**
 * {@code Patient}. {@code incompatibleCaregivers} is normalised as the spec's instance check does: only caregivers
 * able to provide one of the required services remain.
 *
 * @param synchronization
 *            null when absent (single service)
 * @param incompatibleCaregivers
 *            null when absent
 * @param preferredCaregivers
 *            null when absent
 * @param optional
 *            null when absent (then the patient must be visited)
 */
public record UhhcPatient(String id, List<UhhcRequiredService> requiredServices, int distanceMatrixIndex,
        Integer publicDistanceMatrixIndex, List<UhhcTimeWindow> timeWindows, Long preferredStartTime,
        double[] location, UhhcSynchronization synchronization, Set<String> incompatibleCaregivers,
        Set<String> preferredCaregivers, Boolean optional, List<String> aspects) {

    public UhhcPatient {
        requiredServices = List.copyOf(requiredServices);
        timeWindows = List.copyOf(timeWindows);
        incompatibleCaregivers = incompatibleCaregivers == null ? null : Set.copyOf(incompatibleCaregivers);
        preferredCaregivers = preferredCaregivers == null ? null : Set.copyOf(preferredCaregivers);
        aspects = aspects == null ? null : List.copyOf(aspects);
    }

    public boolean isOptional() {
        return Boolean.TRUE.equals(optional);
    }

    /** The required service with this id, or null. */
    public UhhcRequiredService requiredService(String service) {
        for (UhhcRequiredService required : requiredServices) {
            if (required.service().equals(service)) {
                return required;
            }
        }
        return null;
    }

    /** Whether the two services must be coordinated ({@code simultaneous} or {@code sequential}). */
    public boolean isSynchronised() {
        return synchronization != null && synchronization.type() != UhhcSynchronization.Type.INDEPENDENT;
    }
}
