package org.careroute.core.internal.domain;

/**
 * A patient with more than one visit, shared by all of them: the key the continuity rules group visits by (identity
 * equality, no hashing of strings in the score path).
 */
public final class CareClient {

    private final String id;
    private final int maxDistinctCaregivers;

    /**
     * @param maxDistinctCaregivers
     *            the hard cap on distinct caregivers; {@link Integer#MAX_VALUE} without one
     */
    public CareClient(String id, int maxDistinctCaregivers) {
        this.id = id;
        this.maxDistinctCaregivers = maxDistinctCaregivers;
    }

    public String getId() {
        return id;
    }

    public int getMaxDistinctCaregivers() {
        return maxDistinctCaregivers;
    }

    public boolean hasCap() {
        return maxDistinctCaregivers != Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return id;
    }
}
