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
 */
public record SolveOptions(Duration timeLimit, Duration unimprovedTimeLimit, String targetScore, Long moveCountLimit,
        long seed, AssertionMode assertionMode) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

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

    /** 30 seconds, seed 0, no assertions. */
    public static SolveOptions defaults() {
        return new SolveOptions(DEFAULT_TIME_LIMIT, null, null, null, 0L, AssertionMode.NONE);
    }

    public static SolveOptions ofTimeLimit(Duration timeLimit) {
        return defaults().withTimeLimit(timeLimit);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, unimprovedTimeLimit, targetScore, moveCountLimit, seed, assertionMode);
    }

    public SolveOptions withUnimprovedTimeLimit(Duration limit) {
        return new SolveOptions(timeLimit, limit, targetScore, moveCountLimit, seed, assertionMode);
    }

    public SolveOptions withTargetScore(String score) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, score, moveCountLimit, seed, assertionMode);
    }

    public SolveOptions withMoveCountLimit(Long limit) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, targetScore, limit, seed, assertionMode);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, targetScore, moveCountLimit, newSeed, assertionMode);
    }

    public SolveOptions withAssertionMode(AssertionMode mode) {
        return new SolveOptions(timeLimit, unimprovedTimeLimit, targetScore, moveCountLimit, seed, mode);
    }
}
