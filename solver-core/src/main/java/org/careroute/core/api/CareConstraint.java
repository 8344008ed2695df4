package org.careroute.core.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule careroute plans by, with its stable id (used in the JSON {@code constraintWeights}, in explanations and
 * in the verifier), its score level, its default weight and the unit its penalty is counted in.
 */
public enum CareConstraint {
    VISIT_TIME_WINDOW("visit-time-window", ScoreLevel.HARD, 1,
            "seconds the service starts after its last window"), SHIFT_END("shift-end", ScoreLevel.HARD, 1,
                    "seconds the caregiver is back after the shift end"), REQUIRED_SKILLS("required-skills",
                            ScoreLevel.HARD, 1000,
                            "required skills the caregiver lacks"), SHIFT_CAPACITY("shift-capacity", ScoreLevel.HARD, 1,
                                    "demand above the caregiver's capacity"), MANDATORY_VISIT_UNASSIGNED(
                                            "mandatory-visit-unassigned", ScoreLevel.HARD, 3600,
                                            "mandatory visits left unplanned"), VISIT_UNASSIGNED("visit-unassigned",
                                                    ScoreLevel.MEDIUM, 1,
                                                    "priority of optional visits left unplanned"), TRAVEL_TIME(
                                                            "travel-time", ScoreLevel.SOFT, 1,
                                                            "seconds of driving"), TRAVEL_DISTANCE("travel-distance",
                                                                    ScoreLevel.SOFT, 0, "metres driven"), WAITING_TIME(
                                                                            "waiting-time", ScoreLevel.SOFT, 1,
                                                                            "whole minutes waited before a visit can start"), BREAK_WINDOW(
                                                                                    "break-window", ScoreLevel.HARD, 1,
                                                                                    "seconds a break starts after its latest start"), CONTINUOUS_WORK(
                                                                                            "continuous-work",
                                                                                            ScoreLevel.HARD, 1,
                                                                                            "seconds of work beyond the continuous-work limit without a qualifying rest"), MAX_WORKING_TIME(
                                                                                                    "max-working-time",
                                                                                                    ScoreLevel.HARD, 1,
                                                                                                    "seconds of working time beyond the shift's maximum"), OVERTIME(
                                                                                                            "overtime",
                                                                                                            ScoreLevel.SOFT,
                                                                                                            120,
                                                                                                            "started minutes back after the planned shift end"), CAREGIVER_COST(
                                                                                                                    "caregiver-cost",
                                                                                                                    ScoreLevel.SOFT,
                                                                                                                    1,
                                                                                                                    "hundredths of the currency unit paid for working time and kilometres"), WORKLOAD_FAIRNESS(
                                                                                                                            "workload-fairness",
                                                                                                                            ScoreLevel.SOFT,
                                                                                                                            1,
                                                                                                                            "squared deviation (minutes squared) of caregivers' workloads from their team's mean"), PREFERRED_CAREGIVER(
                                                                                                                                    "preferred-caregiver",
                                                                                                                                    ScoreLevel.SOFT,
                                                                                                                                    300,
                                                                                                                                    "preference points lost: the visit's highest preference weight minus that of the caregiver serving it"), EXCLUDED_CAREGIVER(
                                                                                                                                            "excluded-caregiver",
                                                                                                                                            ScoreLevel.HARD,
                                                                                                                                            1000,
                                                                                                                                            "visits served by a caregiver the patient excluded"), CONTINUITY_OF_CARE(
                                                                                                                                                    "continuity-of-care",
                                                                                                                                                    ScoreLevel.SOFT,
                                                                                                                                                    1800,
                                                                                                                                                    "caregivers a patient sees over the horizon beyond the first"), MAX_DISTINCT_CAREGIVERS(
                                                                                                                                                            "max-distinct-caregivers",
                                                                                                                                                            ScoreLevel.HARD,
                                                                                                                                                            1000,
                                                                                                                                                            "caregivers a patient sees over the horizon beyond the patient's cap"), PREFERRED_WINDOW(
                                                                                                                                                                    "preferred-window",
                                                                                                                                                                    ScoreLevel.SOFT,
                                                                                                                                                                    1,
                                                                                                                                                                    "seconds the service starts outside its preferred window (tardiness)"), PREFERRED_WINDOW_MAX_DEVIATION(
                                                                                                                                                                            "preferred-window-max-deviation",
                                                                                                                                                                            ScoreLevel.HARD,
                                                                                                                                                                            1,
                                                                                                                                                                            "seconds the service starts outside its preferred window beyond the allowed deviation"), LINKED_PARTS_SAME_CAREGIVER(
                                                                                                                                                                                    "linked-parts-same-caregiver",
                                                                                                                                                                                    ScoreLevel.HARD,
                                                                                                                                                                                    1000,
                                                                                                                                                                                    "pairs of parts of one visit served by the same caregiver"), LINKED_VISIT_PARTLY_ASSIGNED(
                                                                                                                                                                                            "linked-visit-partly-assigned",
                                                                                                                                                                                            ScoreLevel.HARD,
                                                                                                                                                                                            3600,
                                                                                                                                                                                            "parts left unplanned of a visit whose other parts are planned"), LINKED_TIMES_INCONSISTENT(
                                                                                                                                                                                                    "linked-times-inconsistent",
                                                                                                                                                                                                    ScoreLevel.HARD,
                                                                                                                                                                                                    3600,
                                                                                                                                                                                                    "planned visits whose synchronised start waits on itself (routes cross in a loop)"), VISIT_DEPENDENCY(
                                                                                                                                                                                                            "visit-dependency",
                                                                                                                                                                                                            ScoreLevel.HARD,
                                                                                                                                                                                                            1,
                                                                                                                                                                                                            "minutes outside the gap a dependency allows"), PINNED_CAREGIVER(
                                                                                                                                                                                                                    "pinned-caregiver",
                                                                                                                                                                                                                    ScoreLevel.HARD,
                                                                                                                                                                                                                    1000,
                                                                                                                                                                                                                    "visits or parts not served by the caregiver they are pinned to"), PINNED_START(
                                                                                                                                                                                                                            "pinned-start",
                                                                                                                                                                                                                            ScoreLevel.HARD,
                                                                                                                                                                                                                            1,
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
     * Soft, off by default: the largest deviation of any visit from its preferred window, in seconds (the highest
     * tardiness of the UHHC benchmarks): weighed next to {@code preferred-window}'s sum, it keeps one patient from
     * carrying all the lateness.
     */
    WORST_PREFERRED_WINDOW_DEVIATION("worst-preferred-window-deviation", ScoreLevel.SOFT, 0,
            "seconds of the largest deviation of any visit from its preferred window (highest tardiness)");

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

    /** The stable id, e.g. {@code visit-time-window}. */
    public String id() {
        return id;
    }

    public ScoreLevel level() {
        return level;
    }

    /** The weight used unless the problem overrides it; 0 means switched off by default. */
    public long defaultWeight() {
        return defaultWeight;
    }

    /** What one point of penalty (before the weight) counts. */
    public String unit() {
        return unit;
    }

    public static Optional<CareConstraint> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
