package org.careroute.core.api;

import java.time.Duration;
import java.util.Optional;

/**
 * How a solve went, for benchmarks and tuning: Timefold's own counters of the solve.
 *
 * @param solverTime
 *            time spent inside Timefold (after building the model and the greedy initial routes); the speeds are
 *            per second of this time
 * @param moveEvaluationCount
 *            moves evaluated by Timefold (construction heuristic and local search)
 * @param scoreCalculationCount
 *            score calculations (incremental or full)
 * @param firstFeasibleTime
 *            time from the start of the solve (model building included) to the first plan that serves every
 *            visit and breaks no hard rule, whether the greedy initial routes or a later best plan; {@code null}
 *            when there was none (for example when some visit cannot be served at all)
 */
public record SolveStatistics(Duration solverTime, long moveEvaluationCount, long scoreCalculationCount,
        Duration firstFeasibleTime) {

    /** No solve (nothing counted). */
    public static final SolveStatistics NONE = new SolveStatistics(Duration.ZERO, 0, 0, null);

    /**
     * Moves evaluated per second of solver time (0 when no time was spent).
     *
     * @return moves per second
     */
    public long moveEvaluationSpeed() {
        return perSecond(moveEvaluationCount);
    }

    /**
     * Score calculations per second of solver time (0 when no time was spent).
     *
     * @return score calculations per second
     */
    public long scoreCalculationSpeed() {
        return perSecond(scoreCalculationCount);
    }

    /**
     * Time to the first plan that serves every visit and breaks no hard rule.
     *
     * @return that time, or empty when there was none
     */
    public Optional<Duration> firstFeasible() {
        return Optional.ofNullable(firstFeasibleTime);
    }

    /**
     * A count of the solve (e.g. the iterations of one phase) per second of solver time (0 when no time was spent).
     *
     * @param count
     *            how many of something the solve did
     * @return that many per second
     */
    public long perSecond(long count) {
        long millis = solverTime.toMillis();
        return millis <= 0 ? 0 : count * 1000L / millis;
    }
}
