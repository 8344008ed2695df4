package org.careroute.core.internal.domain;

/**
 * A visit's patient-care facts in solver form: caregivers by index (see {@link CareShift#getCaregiverIndex()}),
 * times in epoch seconds. Immutable; the arrays are never changed after construction.
 *
 * @param preferredCaregivers
 *            indexes of the preferred caregivers, parallel to {@code preferredWeights}
 * @param highestWeight
 *            the highest preference weight; 0 without preferences
 * @param excludedMask
 *            bit {@code i} set when caregiver {@code i} is excluded; empty without exclusions
 * @param preferredStart
 *            start of the preferred window; {@link Long#MIN_VALUE} without one (then {@code max(arrival,
 *            preferredStart)} is a no-op)
 * @param preferredEnd
 *            end of the preferred window; {@link Long#MAX_VALUE} without one
 * @param maxDeviation
 *            the most seconds the service may start outside the preferred window; {@link Long#MAX_VALUE} without a
 *            cap
 */
public record CarePreferences(int[] preferredCaregivers, int[] preferredWeights, int highestWeight,
        long[] excludedMask, long preferredStart, long preferredEnd, long maxDeviation) {

    public static final CarePreferences NONE = new CarePreferences(new int[0], new int[0], 0, new long[0],
            Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    public boolean hasPreferredWindow() {
        return preferredStart != Long.MIN_VALUE;
    }

    /** The preference weight of caregiver {@code caregiverIndex}; 0 when not preferred. */
    public int weightOf(int caregiverIndex) {
        int[] caregivers = preferredCaregivers;
        for (int i = 0; i < caregivers.length; i++) {
            if (caregivers[i] == caregiverIndex) {
                return preferredWeights[i];
            }
        }
        return 0;
    }

    public boolean excludes(int caregiverIndex) {
        int word = caregiverIndex >>> 6;
        return caregiverIndex >= 0 && word < excludedMask.length && (excludedMask[word] & (1L << caregiverIndex)) != 0;
    }

    /** Seconds a service starting at {@code start} lies outside the preferred window; 0 without one. */
    public long deviation(long start) {
        if (!hasPreferredWindow()) {
            return 0;
        }
        return start < preferredStart ? preferredStart - start : Math.max(0, start - preferredEnd);
    }
}
