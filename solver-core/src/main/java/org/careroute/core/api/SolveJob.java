package org.careroute.core.api;

import java.util.concurrent.CompletableFuture;

import org.careroute.core.api.model.Plan;

/** A running asynchronous solve. */
public interface SolveJob {

    /**
     * Completes with the final best plan, also after {@link #cancel()}; completes exceptionally on failure.
     *
     * @return the future of the final plan
     */
    CompletableFuture<Plan> result();

    /** Asks the solver to stop as soon as possible; {@link #result()} then completes with the best plan found. */
    void cancel();

    /**
     * Whether the solve has ended (normally, cancelled or failed).
     *
     * @return {@code true} once {@link #result()} is complete
     */
    boolean isDone();
}
