package org.careroute.core.api.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A caregiver's terms of work: costs and limits that hold for every shift. {@link #NONE} for none.
 *
 * @param maxOvertime
 *            how long a shift may run past its planned end (hard beyond; each started minute is soft
 *            {@code overtime}); {@link Duration#ZERO} for none
 * @param costPerHour
 *            cost of one hour of working time (shift start to return, breaks excluded), &ge; 0
 * @param costPerKm
 *            cost of one kilometre driven, &ge; 0
 * @param team
 *            the team whose workload is balanced ({@code workload-fairness}); {@code null} for none
 */
public record WorkTerms(Duration maxOvertime, double costPerHour, double costPerKm, String team) {

    /** No costs or limits. */
    public static final WorkTerms NONE = new WorkTerms(Duration.ZERO, 0, 0, null);

    /** Fills in the defaults and checks the costs. */
    public WorkTerms {
        maxOvertime = maxOvertime == null ? Duration.ZERO : maxOvertime;
        if (maxOvertime.isNegative()) {
            throw new IllegalArgumentException("maxOvertime (" + maxOvertime + ") must not be negative.");
        }
        if (!(costPerHour >= 0) || Double.isInfinite(costPerHour)) {
            throw new IllegalArgumentException("costPerHour (" + costPerHour + ") must be a number >= 0.");
        }
        if (!(costPerKm >= 0) || Double.isInfinite(costPerKm)) {
            throw new IllegalArgumentException("costPerKm (" + costPerKm + ") must be a number >= 0.");
        }
    }

    /**
     * The cost of an hour in hundredths of the currency unit, as the score counts it.
     *
     * @return the cost per hour in cents
     */
    public long centsPerHour() {
        return Math.round(costPerHour * 100);
    }

    /**
     * The cost of a kilometre in hundredths of the currency unit, as the score counts it.
     *
     * @return the cost per kilometre in cents
     */
    public long centsPerKm() {
        return Math.round(costPerKm * 100);
    }

    /**
     * Whether {@code team} is set.
     *
     * @return {@code true} when the caregiver belongs to a team
     */
    public boolean hasTeam() {
        return Objects.nonNull(team);
    }
}
