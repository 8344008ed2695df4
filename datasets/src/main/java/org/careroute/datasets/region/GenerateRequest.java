package org.careroute.datasets.region;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: a region profile, a size and a seed.
 *
 * @param visits
 *            visits over the whole horizon
 * @param caregivers
 *            caregivers (each works one shift on each of their working days)
 * @param days
 *            length of the horizon, starting at {@code startDate}
 */
public record GenerateRequest(RegionProfile profile, int visits, int caregivers, int days, long seed,
        LocalDate startDate) {

    /** Monday 1 March 2027, the day of the shipped samples. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2027, 3, 1);
    public static final int MAX_DAYS = 28;

    public GenerateRequest {
        Objects.requireNonNull(profile, "profile");
        startDate = startDate == null ? DEFAULT_START : startDate;
        if (visits < 1) {
            throw new IllegalArgumentException("Visits (" + visits + ") must be at least 1.");
        }
        if (caregivers < 1) {
            throw new IllegalArgumentException("Caregivers (" + caregivers + ") must be at least 1.");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Days (" + days + ") must be between 1 and " + MAX_DAYS + ".");
        }
    }
}
