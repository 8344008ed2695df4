package org.careroute.core.api;

/** How much the solver double-checks itself; slower modes catch score corruption in tests. */
public enum AssertionMode {
    /** No checks: fastest, for production and benchmarks. */
    NONE,
    /** Timefold's default (PHASE_ASSERT): cheap checks at phase ends. */
    DEFAULT,
    /** Recalculates the score from scratch after every move (FULL_ASSERT): very slow, for small test problems. */
    FULL
}
