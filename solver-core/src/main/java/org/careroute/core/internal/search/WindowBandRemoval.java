package org.careroute.core.internal.search;

import java.util.SplittableRandom;

/**
 * A ruin for a mandatory visit left out (the seed): several of the shifts that could serve it lose every visit they
 * serve in a band of time around its windows. Where one qualified caregiver per area can reach a fixed-time visit
 * and her own fixed-time visits fill that hour, the seed fits only if those visits move to other qualified
 * caregivers, whose visits of that hour move on in turn: an ejection chain through the same hour of several routes.
 * Removing the hour from those routes together (rather than a string around a random neighbour) lets one recreate
 * ({@link ScarceFirstInsertion}) build such a chain.
 *
 * <p>
 * Which routes: qualified ones with a movable visit, nearest first by where they are when the seed's first window
 * opens ({@link NearestServingRoutes}); between two and {@link #MAX_ROUTES} of them, at random. The band runs from the
 * opening of the seed's first window to the end of its last, each side widened by a random margin of up to
 * {@link #MAX_MARGIN_SECONDS}. A visit with parts takes its other parts with it.
 */
final class WindowBandRemoval {

    static final int MAX_ROUTES = 8;
    static final long MAX_MARGIN_SECONDS = 2 * 3600;

    private final int[] removed;
    private int removedCount;
    private final int[] inBand;
    private final NearestServingRoutes nearest = new NearestServingRoutes();

    WindowBandRemoval(int visitCount) {
        this.removed = new int[visitCount];
        this.inBand = new int[visitCount];
    }

    /** Ruins around the pooled seed; returns how many visits were removed ({@link #removed(int)}). */
    int ruin(SearchRoutes routes, int seed, SplittableRandom random) {
        removedCount = 0;
        long opens = routes.windowOpens(seed);
        long closes = routes.facts.deadline[seed];
        if (opens == Long.MIN_VALUE || closes == SearchVisits.ALWAYS) {
            return 0;
        }
        long from = opens - random.nextLong(MAX_MARGIN_SECONDS + 1);
        long to = closes + routes.facts.duration[seed] + random.nextLong(MAX_MARGIN_SECONDS + 1);
        int wanted = 2 + random.nextInt(MAX_ROUTES - 1);
        int found = nearest.find(routes, seed, opens, wanted, null);
        // choose on the routes as they are (service ends shift once visits go), then remove
        int chosen = 0;
        for (int i = 0; i < found; i++) {
            chosen = band(routes, nearest.route(i), from, to, chosen);
        }
        for (int i = 0; i < chosen; i++) {
            int visit = inBand[i];
            if (routes.routeOf(visit) >= 0) {
                removedCount += routes.removeGroup(visit, removed, removedCount);
            }
        }
        routes.recomputeTouched();
        return removedCount;
    }

    int removed(int i) {
        return removed[i];
    }

    /** Adds the movable visits of route r whose service overlaps {@code [from, to)} to {@link #inBand}. */
    private int band(SearchRoutes routes, int r, long from, long to, int count) {
        long[] ends = routes.serviceEnd[r];
        for (int position = routes.firstMovablePosition(r); position < routes.size(r); position++) {
            int visit = routes.visitAt(r, position);
            if (ends[position] - routes.facts.duration[visit] >= to) {
                break;
            }
            if (ends[position] > from && routes.isMovable(visit)) {
                inBand[count++] = visit;
            }
        }
        return count;
    }
}
