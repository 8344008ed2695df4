package org.careroute.core.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule careroute plans by, with its stable id (used in the JSON {@code constraintWeights}, in explanations and
 * in the verifier), its score level, its default weight and the unit its penalty is counted in.
 */
public enum CareConstraint {
    /** Hard: every service starts inside one of its visit's time windows. */
    VISIT_TIME_WINDOW("visit-time-window", ScoreLevel.HARD, 1,
            "seconds the service starts after its last window"),

    /** Hard: the caregiver is back (or, with an open end, done) by the shift end plus the allowed overtime. */
    SHIFT_END("shift-end", ScoreLevel.HARD, 1,
            "seconds the caregiver is back after the shift end"),

    /** Hard: the caregiver has every skill the visit requires. */
    REQUIRED_SKILLS("required-skills", ScoreLevel.HARD, 1000,
            "required skills the caregiver lacks"),

    /** Hard: the visits of a shift need no more capacity than the caregiver has. */
    SHIFT_CAPACITY("shift-capacity", ScoreLevel.HARD, 1,
            "demand above the caregiver's capacity"),

    /** Hard: every mandatory visit is planned. */
    MANDATORY_VISIT_UNASSIGNED("mandatory-visit-unassigned", ScoreLevel.HARD, 3600,
            "mandatory visits left unplanned"),

    /** Medium: optional visits left unplanned cost their priority. */
    VISIT_UNASSIGNED("visit-unassigned", ScoreLevel.MEDIUM, 1,
            "priority of optional visits left unplanned"),

    /**
     * Soft: optional visits with a value left unplanned cost their value, weighed against the other soft costs (such
     * a visit has no priority on the medium level).
     */
    OPTIONAL_VISIT_VALUE("optional-visit-value", ScoreLevel.SOFT, 1,
            "value of optional visits left unplanned"),

    /** Soft: time spent driving. */
    TRAVEL_TIME("travel-time", ScoreLevel.SOFT, 1,
            "seconds of driving"),

    /** Soft, off by default: distance driven. */
    TRAVEL_DISTANCE("travel-distance", ScoreLevel.SOFT, 0,
            "metres driven"),

    /** Soft: time caregivers wait for a visit's window to open. */
    WAITING_TIME("waiting-time", ScoreLevel.SOFT, 1,
            "whole minutes waited before a visit can start"),

    /** Hard: every break of a shift starts inside its window. */
    BREAK_WINDOW("break-window", ScoreLevel.HARD, 1,
            "seconds a break starts after its latest start"),

    /**
     * Soft: a break marked {@code missable} that cannot start in its window (or would make a visit late) is missed
     * rather than taken late; each one missed costs this.
     */
    MISSED_BREAK("missed-break", ScoreLevel.SOFT, 3600,
            "missable breaks missed"),

    /** Hard: the shift's continuous-work rule (e.g. the EU 4 h 30 min rule) is kept. */
    CONTINUOUS_WORK("continuous-work", ScoreLevel.HARD, 1,
            "seconds of work beyond the continuous-work limit without a qualifying rest"),

    /** Hard: a shift's working time stays within its maximum. */
    MAX_WORKING_TIME("max-working-time", ScoreLevel.HARD, 1,
            "seconds of working time beyond the shift's maximum"),

    /** Soft: minutes back after the planned shift end (within the allowed overtime). */
    OVERTIME("overtime", ScoreLevel.SOFT, 120,
            "started minutes back after the planned shift end"),

    /** Soft: what the caregivers' working time and kilometres cost. */
    CAREGIVER_COST("caregiver-cost", ScoreLevel.SOFT, 1,
            "hundredths of the currency unit paid for working time and kilometres"),

    /** Soft: caregivers of one team get similar workloads. */
    WORKLOAD_FAIRNESS("workload-fairness", ScoreLevel.SOFT, 1,
            "squared deviation (minutes squared) of caregivers' workloads from their team's mean"),

    /** Soft: visits are served by the caregivers their patients prefer. */
    PREFERRED_CAREGIVER("preferred-caregiver", ScoreLevel.SOFT, 300,
            "preference points lost: the visit's highest preference weight minus that of the caregiver serving it"),

    /** Hard: no visit is served by a caregiver its patient excluded. */
    EXCLUDED_CAREGIVER("excluded-caregiver", ScoreLevel.HARD, 1000,
            "visits served by a caregiver the patient excluded"),

    /** Soft: a patient sees as few different caregivers as possible over the horizon. */
    CONTINUITY_OF_CARE("continuity-of-care", ScoreLevel.SOFT, 1800,
            "caregivers a patient sees over the horizon beyond the first"),

    /** Hard: a patient sees no more different caregivers than the patient's cap. */
    MAX_DISTINCT_CAREGIVERS("max-distinct-caregivers", ScoreLevel.HARD, 1000,
            "caregivers a patient sees over the horizon beyond the patient's cap"),

    /** Soft: services start inside their preferred windows. */
    PREFERRED_WINDOW("preferred-window", ScoreLevel.SOFT, 1,
            "seconds the service starts outside its preferred window (tardiness)"),

    /** Hard: no service starts further from its preferred window than the visit allows. */
    PREFERRED_WINDOW_MAX_DEVIATION("preferred-window-max-deviation", ScoreLevel.HARD, 1,
            "seconds the service starts outside its preferred window beyond the allowed deviation"),

    /**
     * Soft: services of visits with soft time windows start inside the window they are served in (tardiness: seconds
     * after the end of the last window opened by the start).
     */
    SOFT_WINDOW_LATENESS("soft-window-lateness", ScoreLevel.SOFT, 1,
            "seconds the service starts after the end of the soft time window it starts in (tardiness)"),

    /** Hard: the parts of a double-staffed visit are served by different caregivers. */
    LINKED_PARTS_SAME_CAREGIVER("linked-parts-same-caregiver", ScoreLevel.HARD, 1000,
            "pairs of parts of one visit served by the same caregiver"),

    /** Hard: the parts of a visit are planned all together or not at all. */
    LINKED_VISIT_PARTLY_ASSIGNED("linked-visit-partly-assigned", ScoreLevel.HARD, 3600,
            "parts left unplanned of a visit whose other parts are planned"),

    /** Hard: synchronised starts can be computed (no loop of routes waiting on each other). */
    LINKED_TIMES_INCONSISTENT("linked-times-inconsistent", ScoreLevel.HARD, 3600,
            "planned visits whose synchronised start waits on itself (routes cross in a loop)"),

    /** Hard: a dependent visit starts within the gap its dependency allows. */
    VISIT_DEPENDENCY("visit-dependency", ScoreLevel.HARD, 1,
            "minutes outside the gap a dependency allows"),

    /** Hard: the two visits of a both-or-none dependency are planned together or not at all. */
    DEPENDENCY_BOTH_OR_NONE("dependency-both-or-none", ScoreLevel.HARD, 3600,
            "visits left unplanned whose both-or-none partner is planned"),

    /** Hard: pinned visits and parts are served by their caregiver. */
    PINNED_CAREGIVER("pinned-caregiver", ScoreLevel.HARD, 1000,
            "visits or parts not served by the caregiver they are pinned to"),

    /** Hard: a visit with a pinned start starts no later than it. */
    PINNED_START("pinned-start", ScoreLevel.HARD, 1,
            "seconds the service starts after its pinned start"),

    /** Re-planning only: a visit of the published plan moved to another shift, in time or out of the plan. */
    PLAN_CHANGE("plan-change", ScoreLevel.SOFT, 1800,
            "published visits served by another shift, moved by more than the tolerance, or left out"),
    /**
     * Soft, off by default: whole minutes waited before the first visit of a route when the caregiver leaves at the
     * shift start (paid from then on, as in the UHHC benchmarks); {@code waiting-time} does not count that waiting,
     * since the departure could be postponed.
     */
    FIRST_VISIT_WAITING("first-visit-waiting", ScoreLevel.SOFT, 0,
            "whole minutes waited before a route's first visit, leaving at the shift start"),
    /**
     * Soft, off by default: the largest tardiness of any visit, in seconds, after its preferred window or after the
     * soft time window it starts in (the highest tardiness of the UHHC benchmarks): weighed next to the sums of
     * {@code preferred-window} and {@code soft-window-lateness}, it keeps one patient from carrying all the lateness.
     */
    WORST_PREFERRED_WINDOW_DEVIATION("worst-preferred-window-deviation", ScoreLevel.SOFT, 0,
            "seconds of the largest tardiness of any visit, after its preferred window or its soft window"),
    /**
     * Soft, off by default: the caregivers' idle time, per shift the time on duty spent neither driving, serving nor on
     * a break: waiting before leaving, at patients and for breaks, and from the return (and the breaks still due then)
     * to the shift end; a shift without visits is idle but for its breaks.
     */
    IDLE_TIME("idle-time", ScoreLevel.SOFT, 0,
            "seconds of idle time on duty: waiting, and from the return to the shift end"),
    /**
     * Soft, off by default: the idle time of the caregiver with the most of it, over all of that caregiver's shifts
     * (the UHHC max idle time): weighed next to {@code idle-time}, it keeps one caregiver from sitting idle all day.
     */
    WORST_CAREGIVER_IDLE_TIME("worst-caregiver-idle-time", ScoreLevel.SOFT, 0,
            "seconds of idle time of the caregiver with the most of it");

    private final String id;
    private final ScoreLevel level;
    private final long defaultWeight;
    private final String unit;

    CareConstraint(String id, ScoreLevel level, long defaultWeight, String unit) {
        this.id = id;
        this.level = level;
        this.defaultWeight = defaultWeight;
        this.unit = unit;
    }

    /**
     * The stable id, e.g. {@code visit-time-window}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The score level the penalty lowers.
     *
     * @return hard, medium or soft
     */
    public ScoreLevel level() {
        return level;
    }

    /**
     * The weight used unless the problem overrides it; 0 means switched off by default.
     *
     * @return the default weight
     */
    public long defaultWeight() {
        return defaultWeight;
    }

    /**
     * What one point of penalty (before the weight) counts.
     *
     * @return the unit, e.g. {@code seconds of driving}
     */
    public String unit() {
        return unit;
    }

    /**
     * The constraint with a stable id.
     *
     * @param id
     *            e.g. {@code visit-time-window}
     * @return the constraint, or empty when no constraint has that id
     */
    public static Optional<CareConstraint> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
