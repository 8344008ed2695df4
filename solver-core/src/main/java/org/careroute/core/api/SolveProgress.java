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

    public SolveProgress(Duration elapsed, String score, boolean feasible, int assignedVisits, int unassignedVisits,
            Supplier<Plan> planSupplier) {
        this.elapsed = elapsed;
        this.score = score;
        this.feasible = feasible;
        this.assignedVisits = assignedVisits;
        this.unassignedVisits = unassignedVisits;
        this.planSupplier = planSupplier;
    }

    public Duration elapsed() {
        return elapsed;
    }

    public String score() {
        return score;
    }

    public boolean feasible() {
        return feasible;
    }

    public int assignedVisits() {
        return assignedVisits;
    }

    public int unassignedVisits() {
        return unassignedVisits;
    }

    /** The best plan at this moment. */
    public synchronized Plan plan() {
        if (plan == null) {
            plan = planSupplier.get();
        }
        return plan;
    }
}
