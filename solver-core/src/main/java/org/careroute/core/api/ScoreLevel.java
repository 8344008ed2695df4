package org.careroute.core.api;

/** The score level a constraint penalises. */
public enum ScoreLevel {
    /** Rules no published plan may break. */
    HARD,
    /** Visits left unplanned, weighted by priority. */
    MEDIUM,
    /** Costs to minimise: travel, waiting. */
    SOFT
}
