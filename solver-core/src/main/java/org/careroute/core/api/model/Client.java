package org.careroute.core.api.model;

import java.util.Objects;

/**
 * Per-patient settings that span all of the patient's visits over the horizon (visits name their patient by
 * {@link Visit#clientId()}). Patients without an entry have no cap.
 *
 * @param maxDistinctCaregivers
 *            the most different caregivers the patient may see over the whole horizon (hard, at least 1);
 *            {@link #NO_CAP} when only the soft continuity-of-care rule applies
 * @param id
 *            the patient, as in {@link Visit#clientId()}
 */
public record Client(String id, int maxDistinctCaregivers) {

    /** No cap on distinct caregivers. */
    public static final int NO_CAP = Integer.MAX_VALUE;

    /** Checks the cap. */
    public Client {
        Objects.requireNonNull(id, "id");
        if (maxDistinctCaregivers < 1) {
            throw new IllegalArgumentException("Client (" + id + ") maxDistinctCaregivers (" + maxDistinctCaregivers
                    + ") must be at least 1.");
        }
    }

    /**
     * Whether the patient has a cap on distinct caregivers.
     *
     * @return {@code true} unless {@link #NO_CAP}
     */
    public boolean hasCap() {
        return maxDistinctCaregivers != NO_CAP;
    }
}
