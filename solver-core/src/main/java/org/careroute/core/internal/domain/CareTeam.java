package org.careroute.core.internal.domain;

/**
 * A team whose workload is balanced: its name and how many caregivers belong to it (caregivers without visits count
 * with zero load). Compared by identity: every shift of the team refers to the same instance.
 */
public final class CareTeam {

    private final String name;
    private final int size;

    public CareTeam(String name, int size) {
        this.name = name;
        this.size = size;
    }

    public String getName() {
        return name;
    }

    /** Caregivers in the team. */
    public int getSize() {
        return size;
    }

    @Override
    public String toString() {
        return name;
    }
}
