package org.careroute.core.internal.search;

/**
 * The routes an unassigned visit was found to fit nowhere in, as of their last change. A recreate that finds no
 * feasible position for a visit among its neighbours' routes tries every other route, and on a region day most of the
 * visits left out fit none of them, iteration after iteration, while an iteration changes only a few routes: a route
 * whose times were not recomputed since it had no feasible position for the visit still has none, and is skipped.
 * Exact (the same positions are found, so the same plans), because without linked visits whether a visit fits a
 * route depends only on that route: its visits, times, working-day state and load. With parts or dependencies,
 * whose starts tie routes together, the memo knows nothing.
 */
final class NoFitMemo {

    /** Per route, the clock value of its last recomputation (never 0). */
    private final boolean enabled;
    private final int[] stamp;
    /** Per visit ({@code null} until first marked), per route the stamp at which it fitted nowhere (0: not known). */
    private final int[][] noFit;
    private int clock;

    private NoFitMemo(boolean enabled, int visits, int routes) {
        this.enabled = enabled;
        stamp = new int[routes];
        noFit = new int[visits][];
        for (int r = 0; r < routes; r++) {
            stamp[r] = ++clock;
        }
    }

    /** A memo for these facts; one that knows nothing when visits are linked (parts or dependencies). */
    static NoFitMemo of(SearchVisits facts, int routes) {
        for (int v = 0; v < facts.siblings.length; v++) {
            if (facts.siblings[v] != null || facts.dependentVisit[v] || facts.linkGroup[v] != null) {
                return new NoFitMemo(false, 0, 0);
            }
        }
        return new NoFitMemo(true, facts.siblings.length, routes);
    }

    /** Route {@code r}'s times were recomputed: what was known about it no longer holds. */
    void changed(int r) {
        if (enabled) {
            stamp[r] = ++clock;
        }
    }

    /** Whether route {@code r} is known to have no feasible position for the visit. */
    boolean fitsNowhere(int visit, int r) {
        int[] known = enabled ? noFit[visit] : null;
        return known != null && known[r] == stamp[r];
    }

    /** Route {@code r}, as it is now, has no feasible position for the visit. */
    void markFitsNowhere(int visit, int r) {
        if (!enabled) {
            return;
        }
        if (noFit[visit] == null) {
            noFit[visit] = new int[stamp.length];
        }
        noFit[visit][r] = stamp[r];
    }
}
