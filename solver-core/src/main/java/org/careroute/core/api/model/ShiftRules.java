package org.careroute.core.api.model;

import java.time.Duration;
import java.util.List;

/**
 * Working-day rules of one shift. {@link #NONE} for none.
 *
 * @param breaks
 *            breaks to take during the shift, sorted by earliest start (empty for none)
 * @param maxWorkingTime
 *            the longest working time of the shift, from its start to the return minus breaks (hard); {@code null}
 *            for no limit
 * @param continuousWork
 *            the working-time law on continuous work; {@code null} for none
 */
public record ShiftRules(List<ShiftBreak> breaks, Duration maxWorkingTime, ContinuousWorkRule continuousWork) {

    /** No breaks or limits beyond the shift's start and end. */
    public static final ShiftRules NONE = new ShiftRules(List.of(), null, null);

    /** Copies the breaks and checks that they are sorted. */
    public ShiftRules {
        breaks = List.copyOf(breaks == null ? List.of() : breaks);
        for (int i = 1; i < breaks.size(); i++) {
            if (breaks.get(i).earliestStart().isBefore(breaks.get(i - 1).earliestStart())) {
                throw new IllegalArgumentException("Breaks must be sorted by earliest start (break " + i + ").");
            }
        }
        if (maxWorkingTime != null && maxWorkingTime.isNegative()) {
            throw new IllegalArgumentException("maxWorkingTime (" + maxWorkingTime + ") must not be negative.");
        }
    }

    /**
     * Whether the shift has no breaks and no limits.
     *
     * @return {@code true} for {@link #NONE}
     */
    public boolean isNone() {
        return breaks.isEmpty() && maxWorkingTime == null && continuousWork == null;
    }
}
