package org.careroute.core.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.careroute.core.api.model.Plan;

/**
 * A re-planning request for {@link Planner#replan}: start from a published plan, keep what has started, change as
 * little as the new situation allows.
 *
 * @param published
 *            the plan the caregivers have; its routes are the starting point (shifts and visits no longer in the
 *            problem are skipped with a note)
 * @param planSource
 *            names the published plan in input errors (e.g. its file name)
 * @param now
 *            visits of the published plan that start before this instant have started or are done: they stay
 *            where they are, and nothing else is planned to start before it; {@code null} when nothing has
 *            started yet (e.g. re-planning tomorrow's plan in the evening)
 * @param changeTolerance
 *            a published visit whose start moves by at most this much, on the same shift, counts as kept;
 *            beyond it (or on another shift, or left out) it counts as changed and costs the
 *            {@code plan-change} weight
 */
public record Replanning(Plan published, String planSource, Instant now, Duration changeTolerance) {

    /** The default change tolerance: 15 minutes. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(15);

    /** Checks the request; a {@code null} plan source becomes {@code plan}, a {@code null} tolerance the default. */
    public Replanning {
        Objects.requireNonNull(published, "published");
        planSource = planSource == null ? "plan" : planSource;
        changeTolerance = changeTolerance == null ? DEFAULT_TOLERANCE : changeTolerance;
        if (changeTolerance.isNegative()) {
            throw new IllegalArgumentException("changeTolerance (" + changeTolerance + ") must not be negative.");
        }
    }

    /**
     * Re-plans {@code published} at {@code now} with the default tolerance.
     *
     * @param published
     *            the plan the caregivers have
     * @param now
     *            what starts before this instant stays; {@code null} when nothing has started
     * @return the request
     */
    public static Replanning at(Plan published, Instant now) {
        return new Replanning(published, null, now, DEFAULT_TOLERANCE);
    }

    /**
     * This request with another change tolerance.
     *
     * @param tolerance
     *            how far a published visit may move and still count as kept
     * @return a new request
     */
    public Replanning withChangeTolerance(Duration tolerance) {
        return new Replanning(published, planSource, now, tolerance);
    }

    /**
     * This request with another name for the published plan in input errors.
     *
     * @param source
     *            e.g. the plan's file name
     * @return a new request
     */
    public Replanning withPlanSource(String source) {
        return new Replanning(published, source, now, changeTolerance);
    }
}
