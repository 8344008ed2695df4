package org.careroute.core.internal.search;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A recreate for mandatory visits that compete for few caregivers: the visit with the fewest feasible positions left
 * goes first, at its cheapest (blinking) one, and the counts of the others are brought up to date in the route it
 * went to. A fixed-time nurse visit that only one route can still reach is placed before a visit that three routes
 * could take, so the cheap choice for the flexible visit cannot take the only room the scarce one had (the
 * cheapest-first or random orders of {@link BlinkInsertion} leave such a visit out whenever a flexible one comes
 * first). A visit with no feasible position stays in the pool.
 *
 * <p>
 * Only ordinary mandatory visits are placed here; visits with parts or dependencies and optional visits are handed back
 * for {@link BlinkInsertion#recreate}, which places them after, mandatory before optional.
 */
final class ScarceFirstInsertion {

    private final double blinkRate;
    private int[] pending = new int[16];
    private int[] totals = new int[16];
    /** Feasible positions of pending visit i in route r at {@code i * routeCount + r}. */
    private int[] counts = new int[64];

    ScarceFirstInsertion(double blinkRate) {
        this.blinkRate = blinkRate;
    }

    /**
     * Inserts the ordinary mandatory visits among {@code visits[0..count)} (all pooled), fewest feasible positions
     * first; moves the other visits to the front of {@code visits} and returns how many they are.
     */
    int insertMandatory(SearchRoutes routes, int[] visits, int count, SplittableRandom random) {
        int routeCount = routes.routeCount();
        int others = 0;
        int n = 0;
        for (int i = 0; i < count; i++) {
            int visit = visits[i];
            if (routes.isMandatory(visit) && routes.group(visit) == null) {
                ensureCapacity(n + 1, routeCount);
                pending[n++] = visit;
            } else {
                visits[others++] = visit;
            }
        }
        for (int i = 0; i < n; i++) {
            int total = 0;
            for (int r = 0; r < routeCount; r++) {
                int c = feasiblePositions(routes, r, pending[i]);
                counts[i * routeCount + r] = c;
                total += c;
            }
            totals[i] = total;
        }
        while (n > 0) {
            int pick = scarcest(n, random);
            int visit = pending[pick];
            int r = totals[pick] == 0 ? -1 : insertCheapest(routes, visit, pick * routeCount, random);
            n--;
            pending[pick] = pending[n];
            totals[pick] = totals[n];
            System.arraycopy(counts, n * routeCount, counts, pick * routeCount, routeCount);
            if (r < 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                int c = feasiblePositions(routes, r, pending[i]);
                totals[i] += c - counts[i * routeCount + r];
                counts[i * routeCount + r] = c;
            }
        }
        return others;
    }

    /** The pending visit with the fewest feasible positions; ties at random. */
    private int scarcest(int n, SplittableRandom random) {
        int pick = 0;
        int ties = 1;
        for (int i = 1; i < n; i++) {
            if (totals[i] < totals[pick]) {
                pick = i;
                ties = 1;
            } else if (totals[i] == totals[pick] && random.nextInt(++ties) == 0) {
                pick = i;
            }
        }
        return pick;
    }

    /** Feasible positions of the visit in route r (0 when the shift cannot serve it). */
    static int feasiblePositions(SearchRoutes routes, int r, int visit) {
        if (!routes.canServe(r, visit)) {
            return 0;
        }
        int count = 0;
        for (int position = routes.firstMovablePosition(r); position <= routes.size(r); position++) {
            long cost = routes.insertionCost(r, visit, position);
            if (cost == SearchRoutes.TOO_LATE) {
                break;
            }
            if (cost != SearchRoutes.INFEASIBLE) {
                count++;
            }
        }
        return count;
    }

    /**
     * Inserts the visit at its cheapest feasible position, each skipped with the blink rate unless it is the last
     * one left; returns the route, or -1 if none was feasible after all.
     */
    private int insertCheapest(SearchRoutes routes, int visit, int countsFrom, SplittableRandom random) {
        int bestRoute = -1;
        int bestPosition = -1;
        long bestCost = Long.MAX_VALUE;
        int fallbackRoute = -1;
        int fallbackPosition = -1;
        for (int r = 0; r < routes.routeCount(); r++) {
            if (counts[countsFrom + r] == 0) {
                continue;
            }
            for (int position = routes.firstMovablePosition(r); position <= routes.size(r); position++) {
                long cost = routes.insertionCost(r, visit, position);
                if (cost == SearchRoutes.TOO_LATE) {
                    break;
                }
                if (cost == SearchRoutes.INFEASIBLE || cost >= bestCost) {
                    continue;
                }
                if (blinkRate > 0 && random.nextDouble() < blinkRate) {
                    fallbackRoute = r;
                    fallbackPosition = position;
                    continue;
                }
                bestCost = cost;
                bestRoute = r;
                bestPosition = position;
            }
        }
        if (bestRoute < 0) {
            bestRoute = fallbackRoute;
            bestPosition = fallbackPosition;
        }
        if (bestRoute >= 0) {
            routes.insert(visit, bestRoute, bestPosition);
        }
        return bestRoute;
    }

    private void ensureCapacity(int n, int routeCount) {
        if (pending.length < n) {
            pending = Arrays.copyOf(pending, 2 * n);
            totals = Arrays.copyOf(totals, 2 * n);
        }
        if (counts.length < n * routeCount) {
            counts = Arrays.copyOf(counts, 2 * n * routeCount);
        }
    }
}
