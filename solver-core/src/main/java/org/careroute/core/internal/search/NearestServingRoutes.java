package org.careroute.core.internal.search;

/**
 * The routes that could serve a left-out visit (the seed), nearest first by where each is at a given time: for each
 * qualified route ({@link SearchRoutes#canServe}) with a movable visit, the visit it serves around that time (the
 * first ending from then, else its last) and the drive from there to the seed. The ruins that make room for a
 * left-out mandatory visit ({@link StringRemoval}, {@link WindowBandRemoval}) start from these routes: an evening
 * nurse visit in a small town has day visits and assistant-nurse visits as neighbours, while the evening nurses who
 * could serve it pass elsewhere.
 */
final class NearestServingRoutes {

    private int[] routes = new int[8];
    private int[] visits = new int[8];
    private long[] seconds = new long[8];

    /**
     * Finds the {@code wanted} nearest serving routes (fewer when fewer qualify), skipping the routes marked in
     * {@code skip} ({@code null}: none); returns how many were found ({@link #route(int)}, {@link #visit(int)}).
     */
    int find(SearchRoutes search, int seed, long time, int wanted, boolean[] skip) {
        if (routes.length < wanted) {
            routes = new int[wanted];
            visits = new int[wanted];
            seconds = new long[wanted];
        }
        int found = 0;
        for (int r = 0; r < search.routeCount(); r++) {
            int first = search.firstMovablePosition(r);
            if (skip != null && skip[r] || search.size(r) <= first || !search.canServe(r, seed)) {
                continue;
            }
            int visit = search.visitAt(r, Math.max(first, Math.min(search.size(r) - 1, search.positionEndingFrom(r,
                    time))));
            if (!search.isMovable(visit)) {
                continue;
            }
            long drive = search.travelSeconds(r, visit, seed);
            if (found == wanted && drive >= seconds[found - 1]) {
                continue;
            }
            int i = found < wanted ? found++ : found - 1;
            while (i > 0 && seconds[i - 1] > drive) {
                seconds[i] = seconds[i - 1];
                routes[i] = routes[i - 1];
                visits[i] = visits[i - 1];
                i--;
            }
            seconds[i] = drive;
            routes[i] = r;
            visits[i] = visit;
        }
        return found;
    }

    /** The i-th nearest route of the last {@link #find}. */
    int route(int i) {
        return routes[i];
    }

    /** The visit the i-th nearest route serves around the time of the last {@link #find}. */
    int visit(int i) {
        return visits[i];
    }
}
