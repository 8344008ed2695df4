package org.careroute.core.internal.search;

import java.util.SplittableRandom;

/**
 * The ruin of SISR (Christiaens and Vanden Berghe, "Slack Induction by String Removals for Vehicle Routing
 * Problems", Transportation Science 2020): from a random seed visit, walk its candidate list (nearest first) and from
 * each not yet ruined route met on the way remove one string of consecutive visits around the neighbour, or a "split
 * string" that keeps a few visits in the middle (while mandatory visits are left out, half of the seeds are one of
 * them). On average {@code averageRemoved} visits go; strings are at most {@code maxStringLength} long. Visits that
 * are not {@link SearchRoutes#isMovable movable} stay; a removed part of a visit served by several caregivers takes
 * every other part of that visit with it (from whatever route), and a visit linked by dependencies every visit of its
 * group ({@link SearchRoutes#group}).
 */
final class StringRemoval {

    private final CandidateLists candidates;
    private final double averageRemoved;
    private final int maxStringLength;
    private final boolean[] ruinedRoute;
    private final int[] ruinedRoutes;
    private final int[] removed;
    private int removedCount;
    private int targetedSeed = -1;
    private final NearestServingRoutes nearest = new NearestServingRoutes();

    StringRemoval(CandidateLists candidates, int routeCount, int visitCount, double averageRemoved,
            int maxStringLength) {
        this.candidates = candidates;
        this.averageRemoved = averageRemoved;
        this.maxStringLength = maxStringLength;
        this.ruinedRoute = new boolean[routeCount];
        this.ruinedRoutes = new int[routeCount];
        this.removed = new int[visitCount];
    }

    /** Removes strings; returns how many visits were removed ({@link #removed(int)}), routes recomputed. */
    int ruin(SearchRoutes routes, SplittableRandom random) {
        removedCount = 0;
        targetedSeed = -1;
        int assignedVisits = routes.visitCount() - routes.poolSize();
        if (assignedVisits == 0) {
            return 0;
        }
        int nonEmpty = 0;
        for (int r = 0; r < routes.routeCount(); r++) {
            if (routes.size(r) > 0) {
                nonEmpty++;
            }
        }
        double averageLength = (double) assignedVisits / nonEmpty;
        double maxLength = Math.min(maxStringLength, averageLength);
        double maxStrings = 4.0 * averageRemoved / (1.0 + maxLength) - 1.0;
        int strings = (int) Math.floor(random.nextDouble(1.0, Math.max(1.0, maxStrings) + 1.0));
        boolean targeted = routes.unassignedMandatory() > 0 && random.nextBoolean();
        int seed = targeted ? randomPooledMandatory(routes, random) : randomAssignedVisit(routes, random);
        targetedSeed = targeted ? seed : -1;
        int ruined = 0;
        for (int rank = -1; rank < candidates.count(seed) && ruined < strings; rank++) {
            int visit = rank < 0 ? seed : candidates.neighbour(seed, rank);
            int r = routes.routeOf(visit);
            if (r < 0 || ruinedRoute[r] || !routes.isMovable(visit)
                    || routes.positionOf(visit) < routes.firstMovablePosition(r)
                    || targeted && !routes.canServe(r, seed)) {
                continue;
            }
            removeString(routes, r, visit, maxLength, random);
            ruinedRoute[r] = true;
            ruinedRoutes[ruined++] = r;
        }
        if (targeted) {
            ruined = ruinNearestServingRoutes(routes, seed, strings, ruined, maxLength, random);
        }
        for (int i = 0; i < ruined; i++) {
            ruinedRoute[ruinedRoutes[i]] = false;
        }
        routes.recomputeTouched();
        return removedCount;
    }

    /**
     * For a left-out mandatory seed whose neighbours' routes could not take it (other shifts, other skills): the
     * routes that could ({@link NearestServingRoutes}, by where they are when its window opens) lose a string there,
     * until {@code strings} routes are ruined.
     */
    private int ruinNearestServingRoutes(SearchRoutes routes, int seed, int strings, int ruined, double maxLength,
            SplittableRandom random) {
        int wanted = strings - ruined;
        if (wanted <= 0) {
            return ruined;
        }
        int found = nearest.find(routes, seed, routes.windowOpens(seed), wanted, ruinedRoute);
        for (int i = 0; i < found; i++) {
            int r = nearest.route(i);
            // a part removed from an earlier route may have taken this visit (or others of this route) with it
            if (routes.routeOf(nearest.visit(i)) != r || routes.size(r) <= routes.firstMovablePosition(r)) {
                continue;
            }
            // strings up to the whole route: a visit 90 minutes' drive away needs half an evening of room
            removeString(routes, r, nearest.visit(i), Math.max(maxLength, routes.size(r)), random);
            ruinedRoute[r] = true;
            ruinedRoutes[ruined++] = r;
        }
        return ruined;
    }

    /** The left-out mandatory visit the last ruin made room for ({@code -1}: an ordinary ruin). */
    int targetedSeed() {
        return targetedSeed;
    }

    int removed(int i) {
        return removed[i];
    }

    /**
     * A mandatory visit of the pool, at random: half of the ruins start there while some are left out, so that the
     * routes around it make room (the seed itself is in no route; its nearest neighbours are).
     */
    static int randomPooledMandatory(SearchRoutes routes, SplittableRandom random) {
        int k = random.nextInt(routes.unassignedMandatory());
        for (int i = 0; i < routes.poolSize(); i++) {
            int visit = routes.poolVisit(i);
            if (routes.isMandatory(visit) && k-- == 0) {
                return visit;
            }
        }
        throw new IllegalStateException("the pool holds fewer mandatory visits than counted");
    }

    private static int randomAssignedVisit(SearchRoutes routes, SplittableRandom random) {
        while (true) {
            int visit = random.nextInt(routes.visitCount());
            if (routes.routeOf(visit) >= 0) {
                return visit;
            }
        }
    }

    private void removeString(SearchRoutes routes, int r, int visit, double maxLength, SplittableRandom random) {
        int first = routes.firstMovablePosition(r);
        int movable = routes.size(r) - first;
        double routeMax = Math.min(movable, maxLength);
        int length = Math.max(1, (int) Math.floor(random.nextDouble(1.0, routeMax + 1.0)));
        int position = routes.positionOf(visit);
        if (length >= movable || random.nextBoolean()) {
            int lowest = Math.max(first, position - length + 1);
            int highest = Math.min(position, routes.size(r) - length);
            int start = lowest + random.nextInt(highest - lowest + 1);
            removeRange(routes, r, start, length, 0, 0);
            return;
        }
        int kept = 1;
        while (length + kept < movable && random.nextDouble() < 0.5) {
            kept++;
        }
        int total = length + kept;
        int lowest = Math.max(first, position - total + 1);
        int highest = Math.min(position, routes.size(r) - total);
        int start = lowest + random.nextInt(highest - lowest + 1);
        int keptOffset = 1 + random.nextInt(length);
        if (keptOffset >= length) {
            keptOffset = length - 1;
        }
        removeRange(routes, r, start, total, keptOffset, kept);
    }

    /** Removes positions {@code start..start+total-1} of route r except {@code kept} of them from the offset. */
    private void removeRange(SearchRoutes routes, int r, int start, int total, int keptOffset, int kept) {
        int count = 0;
        int[] chosen = new int[total];
        for (int i = 0; i < total; i++) {
            if (kept > 0 && i >= keptOffset && i < keptOffset + kept) {
                continue;
            }
            chosen[count++] = routes.visitAt(r, start + i);
        }
        for (int i = 0; i < count; i++) {
            int visit = chosen[i];
            if (routes.routeOf(visit) >= 0 && routes.isMovable(visit)) {
                removedCount += routes.removeGroup(visit, removed, removedCount);
            }
        }
    }
}
