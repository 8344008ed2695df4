package org.careroute.datasets.uhhc;

import java.util.List;

/**
 * {@code Caregiver}. {@code arrivalPoint} defaults to {@code departingPoint} as in the spec.
 *
 * @param workingShift
 *            null when the caregiver has no shift (Mankowska)
 * @param lunchBreak
 *            null when the file does not say
 * @param transportationMode
 *            {@code car} or {@code public}; null when absent
 */
public record UhhcCaregiver(String id, List<String> abilities, String departingPoint, String arrivalPoint,
        UhhcTimeWindow workingShift, Boolean lunchBreak, String transportationMode, List<String> aspects) {

    public UhhcCaregiver {
        abilities = List.copyOf(abilities);
        aspects = aspects == null ? null : List.copyOf(aspects);
    }

    public boolean hasLunchBreak() {
        return Boolean.TRUE.equals(lunchBreak);
    }
}
