package org.careroute.core.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how to solve. At least one termination must be set. All terminations combine with OR: the solve stops
 * at whichever comes first.
 *
 * @param timeLimit
 *            wall-clock limit of the whole solve; {@code null} for none
 * @param unimprovedTimeLimit
 *            stop when the best score has not improved for this long; {@code null} for none
 * @param targetScore
 *            stop as soon as this score is reached, e.g. {@code 0hard/0medium/-50000soft}; {@code null}
 *            for none
 * @param moveCountLimit
 *            stop after this many evaluated moves: reproducible across machines, for tests;
 *            {@code null} for none
 * @param seed
 *            random seed; the same seed, problem and move-count limit give the same plan
 * @param assertionMode
 *            how much the solver checks its own score calculation while solving (slow; for tests)
 */
public record SolveOptions(Duration timeLimit, Duration unimprovedTimeLimit, String targetScore, Long moveCountLimit,
        long seed, AssertionMode assertionMode) {

    /** The time limit of {@link #defaults()}: 30 seconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    /** Checks the options: positive limits, a well-formed target score, at least one termination. */
    public SolveOptions {
        requirePositive(timeLimit, "timeLimit");
        requirePositive(unimprovedTimeLimit, "unimprovedTimeLimit");
        if (moveCountLimit != null && moveCountLimit <= 0) {
            throw new IllegalArgumentException("moveCountLimit (" + moveCountLimit + ") must be positive.");
        }
        if (targetScore != null && !targetScore.matches("-?\\d+hard/-?\\d+medium/-?\\d+soft")) {
            throw new IllegalArgumentException("targetScore (" + targetScore
                    + ") must look like 0hard/0medium/-1000soft.");
        }
        if (timeLimit == null && unimprovedTimeLimit == null && targetScore == null && moveCountLimit == null) {
            throw new IllegalArgumentException("Set at least one termination: timeLimit, unimprovedTimeLimit,"
                    + " targetScore or moveCountLimit.");
        }
        assertionMode = Objects.requireNonNullElse(assertionMode, AssertionMode.NONE);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException(name + " (" + duration + ") must be positive.");
        }
    }

    /**
     * 30 seconds, seed 0, no assertions.
     *
     * @return the default options
     */
    public static SolveOptions defaults() {
        return new SolveOptions(DEFAULT_TIME_LIMIT, null, null, null, 0L, AssertionMode.NONE);
    }

    /**
     * The defaults with another time limit.
     *
     * @param timeLimit
     *            wall-clock limit of the solve
     * @return the options
     */
    public static SolveOptions ofTimeLimit(Duration timeLimit) {
        return defaults().withTimeLimit(timeLimit);
    }

    /**
     * These options with another time limit.
     *
     * @param limit
     *            wall-clock limit; {@code null} for none
     * @return new options
     */
    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, unimprovedTimeLimit, targetScore, moveCountLimit, seed, assertionMode);
    }

    /**
     * These options with another unimproved-time limit.
     *
     * @param limit
     *            stop after this long without a better score; {@code null} for none
     * @return new options
     */
    public SolveOptions withUnimprovedTimeLimit(Duration limit) {
        return new SolveOptions(timeLimit, limit, targetScore, moveCountLimit, seed, assertionMode);
    }

    /**
     * These options with another target score.
     *
     * @param score
     *            e.g. {@code 0hard/0medium/-50000soft}; {@code null} for none
     * @return new options
     */
    public SolveOptions withTargetScore(String score) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, score, moveCountLimit, seed, assertionMode);
    }

    /**
     * These options with another move-count limit.
     *
     * @param limit
     *            evaluated moves; {@code null} for none
     * @return new options
     */
    public SolveOptions withMoveCountLimit(Long limit) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, targetScore, limit, seed, assertionMode);
    }

    /**
     * These options with another random seed.
     *
     * @param newSeed
     *            the seed
     * @return new options
     */
    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, targetScore, moveCountLimit, newSeed, assertionMode);
    }

    /**
     * These options with another assertion mode.
     *
     * @param mode
     *            how much the solver checks itself
     * @return new options
     */
    public SolveOptions withAssertionMode(AssertionMode mode) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, targetScore, moveCountLimit, seed, mode);
    }
}
