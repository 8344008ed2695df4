package org.careroute.core.api.model;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The patient-care side of a visit. {@link #NONE} when the visit has none of these.
 *
 * @param preferredCaregivers
 *            caregivers the patient prefers, each with a weight from 1 to {@link #MAX_PREFERENCE_WEIGHT} (higher =
 *            more preferred); serving the visit by someone else costs the preference points lost (soft)
 * @param excludedCaregivers
 *            caregivers who must never serve this visit (hard: refusal, conflict of interest)
 * @param preferredWindow
 *            when the patient would like the service to start, inside one of the visit's hard windows; the route
 *            waits for its start, and every second the service starts after its end is penalised (soft);
 *            {@code null} when none
 * @param maxDeviation
 *            the most the service may start after the preferred window's end (hard); {@code null} when only the
 *            soft penalty applies
 * @param value
 *            what an optional visit is worth, in soft points (1 point = 1 second of driving at the default
 *            {@code travel-time} weight): leaving it out costs its value on the soft level ({@code
 *            optional-visit-value}) instead of its priority on the medium level, so it is planned when serving it
 *            costs less than it is worth; {@code null} for a visit weighed by its priority (0 to {@link #MAX_VALUE})
 * @param softWindows
 *            the visit's time windows are wishes rather than rules: the service may start after a window's end, and
 *            every second after the end of the window it starts in (the last one opened by then) is tardiness
 *            ({@code soft-window-lateness}, soft) instead of hard lateness; the caregiver still waits for the first
 *            window, and between two windows waits for the next one when that wait is shorter than the lateness
 */
public record VisitCare(Map<String, Integer> preferredCaregivers, Set<String> excludedCaregivers,
        TimeWindow preferredWindow, Duration maxDeviation, Long value, boolean softWindows) {

    /** The highest preference weight. */
    public static final int MAX_PREFERENCE_WEIGHT = 100;

    /** The highest value of an optional visit (10^12 soft points). */
    public static final long MAX_VALUE = 1_000_000_000_000L;

    /** No preferences. */
    public static final VisitCare NONE = new VisitCare(Map.of(), Set.of(), null, null, null, false);

    /** Copies the collections and checks the weights. */
    public VisitCare {
        preferredCaregivers = Map.copyOf(preferredCaregivers == null ? Map.of() : preferredCaregivers);
        excludedCaregivers = Set.copyOf(excludedCaregivers == null ? Set.of() : excludedCaregivers);
        for (Map.Entry<String, Integer> entry : preferredCaregivers.entrySet()) {
            int weight = entry.getValue();
            if (weight < 1 || weight > MAX_PREFERENCE_WEIGHT) {
                throw new IllegalArgumentException("Preference weight (" + weight + ") of caregiver " + entry.getKey()
                        + " must be between 1 and " + MAX_PREFERENCE_WEIGHT + ".");
            }
            if (excludedCaregivers.contains(entry.getKey())) {
                throw new IllegalArgumentException("Caregiver " + entry.getKey()
                        + " is both preferred and excluded; keep one.");
            }
        }
        if (maxDeviation != null && maxDeviation.isNegative()) {
            throw new IllegalArgumentException("Maximum deviation (" + maxDeviation + ") must not be negative.");
        }
        if (maxDeviation != null && preferredWindow == null) {
            throw new IllegalArgumentException("A maximum deviation needs a preferred window to deviate from.");
        }
        if (value != null && (value < 0 || value > MAX_VALUE)) {
            throw new IllegalArgumentException("Value (" + value + ") must be between 0 and " + MAX_VALUE + ".");
        }
    }

    /**
     * Preferences and a preferred window, for a visit weighed by its priority.
     *
     * @param preferredCaregivers
     *            caregiver id to preference weight
     * @param excludedCaregivers
     *            caregivers who must never serve the visit
     * @param preferredWindow
     *            the preferred window, or {@code null}
     * @param maxDeviation
     *            the cap on starting after the preferred window, or {@code null}
     */
    public VisitCare(Map<String, Integer> preferredCaregivers, Set<String> excludedCaregivers,
            TimeWindow preferredWindow, Duration maxDeviation) {
        this(preferredCaregivers, excludedCaregivers, preferredWindow, maxDeviation, null, false);
    }

    /**
     * Only a value: an optional visit weighed on the soft level.
     *
     * @param value
     *            soft points lost when the visit is left out, 0 to {@link #MAX_VALUE}
     * @return the care settings
     */
    public static VisitCare valued(long value) {
        return new VisitCare(Map.of(), Set.of(), null, null, value, false);
    }

    /**
     * Only soft time windows: the visit's windows weigh lateness on the soft level.
     *
     * @return the care settings
     */
    public static VisitCare softWindowsOnly() {
        return new VisitCare(Map.of(), Set.of(), null, null, null, true);
    }

    /**
     * Whether the visit is weighed by a value on the soft level rather than by its priority.
     *
     * @return {@code true} when it has a value
     */
    public boolean hasValue() {
        return value != null;
    }

    /**
     * Only a preferred window, with an optional cap ({@code null} for none) on starting after its end.
     *
     * @param window
     *            the preferred window
     * @param maxDeviation
     *            how far after the window the service may start at most; {@code null} for no cap
     * @return the care settings
     */
    public static VisitCare preferredWindow(TimeWindow window, Duration maxDeviation) {
        return new VisitCare(Map.of(), Set.of(), window, maxDeviation, null, false);
    }

    /**
     * Whether the visit has a preferred window.
     *
     * @return {@code true} when it has one
     */
    public boolean hasPreferredWindow() {
        return preferredWindow != null;
    }

    /**
     * The highest weight among the preferred caregivers; 0 without preferences.
     *
     * @return the weight, 0 to {@link #MAX_PREFERENCE_WEIGHT}
     */
    public int highestPreferenceWeight() {
        int highest = 0;
        for (int weight : preferredCaregivers.values()) {
            highest = Math.max(highest, weight);
        }
        return highest;
    }

    /**
     * Preference points lost when {@code caregiverId} serves the visit: highest weight minus theirs.
     *
     * @param caregiverId
     *            the caregiver serving the visit
     * @return the points lost, 0 when the caregiver is the most preferred
     */
    public int preferencePointsLost(String caregiverId) {
        return highestPreferenceWeight() - preferredCaregivers.getOrDefault(caregiverId, 0);
    }

    /**
     * Seconds a service starting at {@code start} (epoch seconds) lies outside the preferred window; 0 without.
     *
     * @param start
     *            the service start in epoch seconds
     * @return the seconds before the window opens or after it closes
     */
    public long deviationSeconds(long start) {
        if (preferredWindow == null) {
            return 0;
        }
        long from = preferredWindow.start().getEpochSecond();
        long to = preferredWindow.end().getEpochSecond();
        return start < from ? from - start : Math.max(0, start - to);
    }
}
