package org.careroute.core.api;

import java.time.Duration;
import java.util.function.Supplier;

import org.careroute.core.api.model.Plan;

/**
 * A new best plan was found during an asynchronous solve. Building the full {@link Plan} costs time on big problems,
 * so it is built only when {@link #plan()} is called (and then once).
 */
public final class SolveProgress {

    private final Duration elapsed;
    private final String score;
    private final boolean feasible;
    private final int assignedVisits;
    private final int unassignedVisits;
    private final Supplier<Plan> planSupplier;
    private Plan plan;

    /**
     * Creates the event (the planner does).
     *
     * @param elapsed
     *            time since the solve started
     * @param score
     *            the new best score, e.g. {@code 0hard/-2medium/-53170soft}
     * @param feasible
     *            whether the best plan breaks no hard rule
     * @param assignedVisits
     *            visits the best plan serves
     * @param unassignedVisits
     *            visits it leaves out
     * @param planSupplier
     *            builds the best plan on demand
     */
    public SolveProgress(Duration elapsed, String score, boolean feasible, int assignedVisits, int unassignedVisits,
            Supplier<Plan> planSupplier) {
        this.elapsed = elapsed;
        this.score = score;
        this.feasible = feasible;
        this.assignedVisits = assignedVisits;
        this.unassignedVisits = unassignedVisits;
        this.planSupplier = planSupplier;
    }

    /**
     * Time since the solve started.
     *
     * @return the elapsed time
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * The new best score.
     *
     * @return e.g. {@code 0hard/-2medium/-53170soft}
     */
    public String score() {
        return score;
    }

    /**
     * Whether the best plan breaks no hard rule.
     *
     * @return {@code true} when the hard score is 0
     */
    public boolean feasible() {
        return feasible;
    }

    /**
     * Visits the best plan serves.
     *
     * @return the number of planned visits
     */
    public int assignedVisits() {
        return assignedVisits;
    }

    /**
     * Visits the best plan leaves out.
     *
     * @return the number of unplanned visits
     */
    public int unassignedVisits() {
        return unassignedVisits;
    }

    /**
     * The best plan at this moment.
     *
     * @return the plan, built on the first call
     */
    public synchronized Plan plan() {
        if (plan == null) {
            plan = planSupplier.get();
        }
        return plan;
    }
}
