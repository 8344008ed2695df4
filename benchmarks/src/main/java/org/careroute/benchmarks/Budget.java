package org.careroute.benchmarks;

import java.time.Duration;

/**
 * How long a solver may search: a wall-clock limit, or (careroute only, for reproducible tests) a number of
 * evaluated moves.
 */
public record Budget(Duration timeLimit, Long moveCountLimit, long seed) {

    public Budget {
        if ((timeLimit == null) == (moveCountLimit == null)) {
            throw new IllegalArgumentException("Give exactly one of timeLimit and moveCountLimit.");
        }
    }

    public static Budget ofTime(Duration limit) {
        return new Budget(limit, null, 0);
    }

    public static Budget ofMoves(long moves) {
        return new Budget(null, moves, 0);
    }

    /** The wall-clock limit, or {@code fallback} for a move-count budget (peers only know time limits). */
    public Duration timeLimitOr(Duration fallback) {
        return timeLimit == null ? fallback : timeLimit;
    }

    /** The time limit in seconds for reports, 0 for a move-count budget. */
    public double timeLimitSeconds() {
        return timeLimit == null ? 0 : timeLimit.toMillis() / 1000.0;
    }
}
