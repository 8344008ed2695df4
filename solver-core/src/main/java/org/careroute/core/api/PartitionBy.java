package org.careroute.core.api;

/** How {@link Planner#partitions(org.careroute.core.api.model.Problem, PartitionBy)} splits a problem. */
public enum PartitionBy {
    /** One partition per base: the caregivers whose first shift starts at one location. */
    BASE,
    /**
     * One partition per team ({@link org.careroute.core.api.model.WorkTerms#team()}; caregivers without one form one
     * more), patients given out as by base.
     */
    TEAM,
    /**
     * One partition per day of the horizon (in the problem's time zone): the shifts starting that day and the
     * visits due that day. Days linked by a dependency between their visits stay together. Continuity of care and
     * per-patient caps then hold per day, not over the whole horizon.
     */
    DAY
}
