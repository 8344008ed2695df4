package org.careroute.core.internal.search;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.PartTiming;

/**
 * The recreate of SISR: visits are inserted one by one in a randomly chosen order (random, largest demand first,
 * farthest from the start first, nearest first; weights 4:4:2:1; mandatory visits always before optional ones) at the
 * cheapest feasible position of any route,
 * where every position is skipped ("blinked") with a small probability so that equal greedy choices do not always
 * win. A visit that fits nowhere stays in the pool of unassigned visits.
 *
 * <p>
 * A visit served by several caregivers is inserted whole ({@link #insertGroup}): every part's feasible positions are
 * collected with their ready times and latest starts, then the cheapest combination of distinct routes whose
 * synchronised start (the latest ready time) every chosen position allows; or no part at all. Visits linked by
 * dependencies go in together too ({@link #insertLinked}): predecessors first, each later one at the cheapest position
 * whose start keeps the minimum and maximum gaps after the visits placed before it, or none of them; a sequential
 * pair that two caregivers serve goes in as one combination ({@link #insertPair}), where the first waits for the
 * second's caregiver.
 */
final class BlinkInsertion {

    /** {@link #optionBound} of an option whose cost has no known lower bound. */
    private static final long NO_BOUND = Long.MIN_VALUE;
    private final double blinkRate;
    private final CandidateLists candidates;
    private final int nearRoutesFrom;
    /** The construction's patient rules on top of the estimate ({@code null} in the search: Timefold judges them). */
    private final CareRules care;
    private final RecreateOrder recreateOrder = new RecreateOrder();
    private boolean[] isCandidate = new boolean[0];
    private int[] candidateRoutes = new int[0];
    // the best insertion found so far for the visit being inserted
    private int bestRoute;
    private int bestPosition;
    private long bestCost;
    // feasible positions of each part of the visit being inserted: offsets per part into the flat arrays
    private int[] optionFrom = new int[4];
    private int[] optionRoute = new int[64];
    private int[] optionPosition = new int[64];
    private long[] optionCost = new long[64];
    private long[] optionReady = new long[64];
    private long[] optionLatest = new long[64];
    private long[] optionArrival = new long[64];
    private long[] optionNextShift = new long[64];
    /** Per option of a group's first two parts, a lower bound of its cost with any start it can get, or NO_BOUND. */
    private long[] optionBound = new long[64];
    private int optionCount;
    private int[] chosen = new int[4];
    private int[] groupRoutes = new int[4];
    private int[] groupPositions = new int[4];

    /**
     * @param candidates
     *            when not null, a visit is first offered only to the routes of its {@code nearRoutesFrom} nearest
     *            neighbours and to empty routes (one of each kind); the other routes only when none of those fits
     */
    BlinkInsertion(double blinkRate, CandidateLists candidates, int nearRoutesFrom) {
        this(blinkRate, candidates, nearRoutesFrom, null);
    }

    /**
     * @param care
     *            when not null, a visit goes only to routes whose caregiver its patient's rules allow, the cost of
     *            giving it to that caregiver is added to the estimate, and a visit with a bound start (parts,
     *            dependencies) is driven at that start on timed routes (the construction)
     */
    BlinkInsertion(double blinkRate, CandidateLists candidates, int nearRoutesFrom, CareRules care) {
        this.blinkRate = blinkRate;
        this.candidates = candidates;
        this.nearRoutesFrom = nearRoutesFrom;
        this.care = care;
    }

    /** Inserts {@code count} pooled visits from {@code visits}; returns how many found a place. */
    int recreate(SearchRoutes routes, int[] visits, int count, SplittableRandom random) {
        int[] order = recreateOrder.sort(routes, visits, count, random);
        int inserted = 0;
        for (int i = 0; i < count; i++) {
            int visit = order[i];
            if (routes.group(visit) == null) {
                if (insertBest(routes, visit, random)) {
                    inserted++;
                }
            } else if (routes.isPooledGroup(visit) && (routes.isDependencyLinked(visit)
                    ? insertLinked(routes, routes.group(visit), random)
                    : insertGroup(routes, routes.siblings(visit), random))) {
                inserted++;
            }
        }
        return inserted;
    }

    /**
     * Inserts every part of a visit into distinct routes with one synchronised start, at the cheapest (blinking)
     * combination of feasible positions; false (nothing inserted) if there is none. The parts must all be pooled.
     */
    boolean insertGroup(SearchRoutes routes, int[] parts, SplittableRandom random) {
        return insertGroup(routes, parts, CareVisit.UNSET, SearchRoutes.ALWAYS, random);
    }

    /**
     * Inserts the visits of a group linked by dependencies ({@link SearchRoutes#group}, all pooled) in its order,
     * predecessors first: each visit, or every part of it, at its cheapest (blinking) position whose start keeps the
     * minimum and maximum gaps after the visits of the group placed before it, which the start then waits for as the
     * solver's timing makes it wait ({@link org.careroute.core.internal.domain.PartTiming#withFloor}); false, with
     * none of them inserted, when one of them fits nowhere.
     */
    boolean insertLinked(SearchRoutes routes, int[] group, SplittableRandom random) {
        if (group.length == 2 && routes.visits[group[0]].hasFollowers()) {
            return insertPair(routes, group, random);
        }
        int i = 0;
        while (i < group.length) {
            int visit = group[i];
            int[] parts = routes.siblings(visit);
            long floor = routes.dependencyFloor(visit);
            long ceiling = routes.dependencyCeiling(visit);
            boolean placed = parts == null
                    ? insertWithin(routes, visit, floor, ceiling, random)
                    : insertGroup(routes, parts, floor, ceiling, random);
            if (!placed) {
                for (int k = 0; k < i; k++) {
                    routes.remove(group[k]);
                }
                routes.recomputeTouched();
                return false;
            }
            i += parts == null ? 1 : parts.length;
        }
        return true;
    }

    /**
     * Inserts one pooled visit at its cheapest (blinking) position where it can start inside {@code [floor,
     * ceiling]} (waiting for {@code floor}, {@link CareVisit#UNSET}: none) and keeps that start; false if there is
     * none.
     */
    private boolean insertWithin(SearchRoutes routes, int visit, long floor, long ceiling,
            SplittableRandom random) {
        optionCount = 0;
        for (int r = 0; r < routes.routeCount(); r++) {
            collectOptions(routes, r, visit, random);
        }
        long floorStart = floor == CareVisit.UNSET ? floor : routes.visits[visit].facts().serviceStartFor(floor);
        int best = -1;
        long bestStart = 0;
        long lowest = routes.leaveOutCost(visit);
        for (int o = 0; o < optionCount; o++) {
            long start = Math.max(optionReady[o], floorStart);
            if (start > optionLatest[o] || start > ceiling) {
                continue;
            }
            long cost = optionCost[o] + (routes.estimatesStartCosts() ? startCost(routes, visit, o, start) : 0);
            if (cost < lowest && keepsRules(routes, visit, o, start)) {
                lowest = cost;
                best = o;
                bestStart = start;
            }
        }
        if (best < 0) {
            return false;
        }
        routes.setSyncStart(visit, bestStart);
        routes.insert(visit, optionRoute[best], optionPosition[best]);
        return true;
    }

    /**
     * As {@link #insertGroup(SearchRoutes, int[], SplittableRandom)}, with the common start waiting for {@code floor}
     * ({@link CareVisit#UNSET}: none) and at most {@code ceiling}.
     */
    private boolean insertGroup(SearchRoutes routes, int[] parts, long floor, long ceiling, SplittableRandom random) {
        int k = parts.length;
        if (optionFrom.length < k + 1) {
            optionFrom = new int[k + 1];
            chosen = new int[k];
            groupRoutes = new int[k];
            groupPositions = new int[k];
        }
        optionCount = 0;
        for (int p = 0; p < k; p++) {
            optionFrom[p] = optionCount;
            for (int r = 0; r < routes.routeCount(); r++) {
                collectOptions(routes, r, parts[p], random);
            }
            if (optionCount == optionFrom[p]) {
                optionFrom[p + 1] = optionCount;
                return false;
            }
        }
        optionFrom[k] = optionCount;
        long floorStart = floor == CareVisit.UNSET ? floor : routes.visits[parts[0]].facts().serviceStartFor(floor);
        // the cheapest pair for the first two parts, cheaper than leaving the visit out
        long best = groupLeaveOutCost(routes, parts);
        int bestA = -1;
        int bestB = -1;
        long minB = Long.MAX_VALUE;
        for (int b = optionFrom[1]; b < optionFrom[2]; b++) {
            minB = Math.min(minB, optionCost[b]);
        }
        // travel alone bounds the cost from below only when waiting (which an insertion may shorten) is not estimated
        boolean bounded = !routes.estimatesStartCosts();
        // else each option's cost at its earliest start does where later starts cost more (skips most pairs' timing)
        long minBoundB = bounded ? 0 : startCostBounds(routes, parts, floorStart);
        for (int a = optionFrom[0]; a < optionFrom[1]; a++) {
            long costA = optionCost[a];
            if (bounded ? costA + minB >= best : exceeds(optionBound[a], minBoundB, best)) {
                continue;
            }
            for (int b = optionFrom[1]; b < optionFrom[2]; b++) {
                long cost = costA + optionCost[b];
                if ((bounded ? cost >= best : exceeds(optionBound[a], optionBound[b], best))
                        || optionRoute[b] == optionRoute[a]) {
                    continue;
                }
                long start = Math.max(floorStart, Math.max(optionReady[a], optionReady[b]));
                if (start > optionLatest[a] || start > optionLatest[b] || start > ceiling) {
                    continue;
                }
                if (!bounded) {
                    cost += startCost(routes, parts[0], a, start) + startCost(routes, parts[1], b, start);
                }
                if (cost < best && keepsRules(routes, parts[0], a, start) && keepsRules(routes, parts[1], b, start)) {
                    best = cost;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA < 0) {
            return false;
        }
        chosen[0] = bestA;
        chosen[1] = bestB;
        long start = Math.max(floorStart, Math.max(optionReady[bestA], optionReady[bestB]));
        long latest = Math.min(ceiling, Math.min(optionLatest[bestA], optionLatest[bestB]));
        // further parts (three caregivers): greedily, each the cheapest that keeps a common start
        for (int p = 2; p < k; p++) {
            int pick = -1;
            for (int o = optionFrom[p]; o < optionFrom[p + 1]; o++) {
                if (usedRoute(optionRoute[o], p) || Math.max(start, optionReady[o]) > Math.min(latest,
                        optionLatest[o])) {
                    continue;
                }
                if (pick < 0 || optionCost[o] < optionCost[pick]) {
                    pick = o;
                }
            }
            if (pick < 0) {
                return false;
            }
            chosen[p] = pick;
            start = Math.max(start, optionReady[pick]);
            latest = Math.min(latest, optionLatest[pick]);
        }
        for (int p = 0; p < k; p++) {
            if (k > 2 && !keepsRules(routes, parts[p], chosen[p], start)) {
                return false;
            }
            groupRoutes[p] = optionRoute[chosen[p]];
            groupPositions[p] = optionPosition[chosen[p]];
        }
        routes.insertGroup(parts, groupRoutes, groupPositions, start);
        return true;
    }

    /**
     * Inserts a sequential pair that two caregivers serve ({@code pair}: the first visit, then its follower) at the
     * cheapest (blinking) combination of positions on distinct routes, timed as the solver times it ({@link
     * org.careroute.core.internal.domain.PartTiming}): the first starts when its caregiver is ready, or later where
     * the follower's caregiver is ready later than the maximum gap allows; the follower starts when ready, not before
     * the first's start plus the minimum gap. Both keep their starts; false, with neither inserted, when no
     * combination keeps both inside the gap and their routes.
     */
    private boolean insertPair(SearchRoutes routes, int[] pair, SplittableRandom random) {
        int first = pair[0];
        int second = pair[1];
        optionCount = 0;
        optionFrom[0] = 0;
        for (int r = 0; r < routes.routeCount(); r++) {
            collectOptions(routes, r, first, random);
        }
        optionFrom[1] = optionCount;
        for (int r = 0; r < routes.routeCount(); r++) {
            collectOptions(routes, r, second, random);
        }
        optionFrom[2] = optionCount;
        if (optionFrom[1] == 0 || optionFrom[2] == optionFrom[1]) {
            return false;
        }
        long minGap = routes.facts.minOffset[second][0];
        long maxGap = routes.facts.maxOffset[second][0];
        boolean bounded = !routes.estimatesStartCosts();
        long minBoundB = bounded ? 0 : startCostBounds(routes, pair, CareVisit.UNSET);
        long best = groupLeaveOutCost(routes, pair);
        int bestA = -1;
        int bestB = -1;
        long bestStartA = 0;
        long bestStartB = 0;
        for (int a = optionFrom[0]; a < optionFrom[1]; a++) {
            if (!bounded && exceeds(optionBound[a], minBoundB, best)) {
                continue;
            }
            for (int b = optionFrom[1]; b < optionFrom[2]; b++) {
                long cost = optionCost[a] + optionCost[b];
                if ((bounded ? cost >= best : exceeds(optionBound[a], optionBound[b], best))
                        || optionRoute[b] == optionRoute[a]) {
                    continue;
                }
                long startA = PartTiming.withFloor(routes.visits[first], optionReady[a], optionReady[b] - maxGap);
                long startB = PartTiming.withFloor(routes.visits[second], optionReady[b], startA + minGap);
                if (startA > optionLatest[a] || startB > optionLatest[b] || startB > startA + maxGap) {
                    continue;
                }
                if (!bounded) {
                    cost += startCost(routes, first, a, startA) + startCost(routes, second, b, startB);
                }
                if (cost < best && keepsRules(routes, first, a, startA) && keepsRules(routes, second, b, startB)) {
                    best = cost;
                    bestA = a;
                    bestB = b;
                    bestStartA = startA;
                    bestStartB = startB;
                }
            }
        }
        if (bestA < 0) {
            return false;
        }
        routes.setSyncStart(first, bestStartA);
        routes.insert(first, optionRoute[bestA], optionPosition[bestA]);
        routes.setSyncStart(second, bestStartB);
        routes.insert(second, optionRoute[bestB], optionPosition[bestB]);
        return true;
    }

    /**
     * Fills {@link #optionBound} for the options of the first two parts ({@link SearchRoutes#optionStartCostBound} at
     * the earliest start each can get) and returns the least bound of the second part's options.
     */
    private long startCostBounds(SearchRoutes routes, int[] parts, long floorStart) {
        if (optionBound.length < optionCount) {
            optionBound = Arrays.copyOf(optionBound, optionRoute.length);
        }
        long minB = Long.MAX_VALUE;
        for (int o = optionFrom[0]; o < optionFrom[2]; o++) {
            int visit = parts[o < optionFrom[1] ? 0 : 1];
            long start = Math.max(floorStart, optionReady[o]);
            long bound = routes.optionStartCostBound(visit, start, optionArrival[o], optionRoute[o],
                    optionPosition[o], optionNextShift[o]);
            optionBound[o] = bound == SearchRoutes.TOO_LATE ? NO_BOUND : optionCost[o] + bound;
            if (o >= optionFrom[1]) {
                minB = Math.min(minB, optionBound[o]);
            }
        }
        return minB;
    }

    /**
     * Whether two options' cost bounds ({@link #NO_BOUND}: none) show that together they cost at least {@code best}.
     */
    private static boolean exceeds(long boundA, long boundB, long best) {
        return boundA != NO_BOUND && boundB != NO_BOUND && boundA + boundB >= best;
    }

    private static long groupLeaveOutCost(SearchRoutes routes, int[] parts) {
        long total = 0;
        for (int part : parts) {
            long cost = routes.leaveOutCost(part);
            if (cost == Long.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
            total += cost;
        }
        return total;
    }

    /**
     * In the construction, whether the visit starting at {@code start} at the option's position adds no hard
     * violation to a timed route (breaks, working time; elsewhere the option's latest start bounds it exactly). The
     * search leaves that to Timefold's score: always true there.
     */
    private boolean keepsRules(SearchRoutes routes, int visit, int option, long start) {
        int r = optionRoute[option];
        if (care == null || !routes.isTimed(r)) {
            return true;
        }
        long kept = routes.syncStart[visit];
        routes.syncStart[visit] = start;
        boolean keeps = routes.timedInsertionKeepsRules(r, visit, optionPosition[option]);
        routes.syncStart[visit] = kept;
        return keeps;
    }

    private long startCost(SearchRoutes routes, int visit, int option, long start) {
        return routes.optionStartCost(visit, start, optionArrival[option], optionRoute[option],
                optionPosition[option], optionNextShift[option]);
    }

    private boolean usedRoute(int r, int parts) {
        for (int p = 0; p < parts; p++) {
            if (optionRoute[chosen[p]] == r) {
                return true;
            }
        }
        return false;
    }

    /** Adds the feasible positions of the part in route r (each blinked with the blink rate). */
    private void collectOptions(SearchRoutes routes, int r, int part, SplittableRandom random) {
        if (!routes.canServe(r, part) || care != null && !care.allows(r, part)) {
            return;
        }
        long careCost = care == null ? 0 : care.caregiverCost(r, part);
        int size = routes.size(r);
        for (int position = routes.firstMovablePosition(r); position <= size; position++) {
            long cost = routes.partOption(r, part, position);
            if (cost == SearchRoutes.TOO_LATE) {
                return;
            }
            if (cost == SearchRoutes.INFEASIBLE || blinkRate > 0 && random.nextDouble() < blinkRate) {
                continue;
            }
            if (optionCount == optionRoute.length) {
                int length = 2 * optionCount;
                optionRoute = Arrays.copyOf(optionRoute, length);
                optionPosition = Arrays.copyOf(optionPosition, length);
                optionCost = Arrays.copyOf(optionCost, length);
                optionReady = Arrays.copyOf(optionReady, length);
                optionLatest = Arrays.copyOf(optionLatest, length);
                optionArrival = Arrays.copyOf(optionArrival, length);
                optionNextShift = Arrays.copyOf(optionNextShift, length);
            }
            optionRoute[optionCount] = r;
            optionPosition[optionCount] = position;
            optionCost[optionCount] = cost + careCost;
            optionReady[optionCount] = routes.optionReady();
            optionLatest[optionCount] = routes.optionLatestStart();
            optionArrival[optionCount] = routes.optionArrival();
            optionNextShift[optionCount] = routes.optionNextShift();
            optionCount++;
        }
    }

    /** Inserts the visit at its cheapest (blinking) feasible position; false if there is none. */
    boolean insertBest(SearchRoutes routes, int visit, SplittableRandom random) {
        bestRoute = -1;
        bestPosition = -1;
        // a visit with a value goes in only where it costs less than leaving it out
        bestCost = routes.leaveOutCost(visit);
        int routeCount = routes.routeCount();
        if (candidates == null) {
            for (int r = 0; r < routeCount; r++) {
                scan(routes, r, visit, random);
            }
        } else {
            int count = markCandidateRoutes(routes, visit);
            int emptyFrom = count;
            for (int r = 0; r < routeCount; r++) {
                if (routes.size(r) == 0 && isNewKindOfEmptyRoute(routes, r, emptyFrom, count)) {
                    isCandidate[r] = true;
                    candidateRoutes[count++] = r;
                }
            }
            for (int i = 0; i < count; i++) {
                scan(routes, candidateRoutes[i], visit, random);
            }
            if (bestRoute < 0) {
                for (int r = 0; r < routeCount; r++) {
                    if (!isCandidate[r] && routes.size(r) > 0) {
                        scan(routes, r, visit, random);
                    }
                }
            }
            for (int r = 0; r < routeCount; r++) {
                isCandidate[r] = false;
            }
        }
        if (bestRoute < 0) {
            return false;
        }
        routes.insert(visit, bestRoute, bestPosition);
        return true;
    }

    private void scan(SearchRoutes routes, int r, int visit, SplittableRandom random) {
        if (!routes.canServe(r, visit) || care != null && !care.allows(r, visit)) {
            return;
        }
        // every position's feasibility is checked: a route with none feasible is remembered as such (the
        // construction's patient rules depend on other routes: no memo there)
        NoFitMemo memo = care == null ? routes.noFit : null;
        if (memo != null && memo.fitsNowhere(visit, r)) {
            return;
        }
        long careCost = care == null ? 0 : care.caregiverCost(r, visit);
        int size = routes.size(r);
        boolean fits = false;
        for (int position = routes.firstMovablePosition(r); position <= size; position++) {
            long cost = routes.insertionCost(r, visit, position);
            if (cost == SearchRoutes.TOO_LATE) {
                break;
            }
            if (cost != SearchRoutes.INFEASIBLE) {
                fits = true;
                cost += careCost;
            }
            if (cost == SearchRoutes.INFEASIBLE || cost >= bestCost) {
                continue;
            }
            if (blinkRate > 0 && random.nextDouble() < blinkRate) {
                continue;
            }
            bestCost = cost;
            bestRoute = r;
            bestPosition = position;
        }
        if (memo != null && !fits) {
            memo.markFitsNowhere(visit, r);
        }
    }

    private boolean isNewKindOfEmptyRoute(SearchRoutes routes, int r, int from, int to) {
        for (int i = from; i < to; i++) {
            if (routes.sameEmptyRoute(candidateRoutes[i], r)) {
                return false;
            }
        }
        return true;
    }

    /** Marks the routes of the nearest neighbours. */
    private int markCandidateRoutes(SearchRoutes routes, int visit) {
        int routeCount = routes.routeCount();
        if (isCandidate.length < routeCount) {
            isCandidate = new boolean[routeCount];
            candidateRoutes = new int[routeCount];
        }
        int count = 0;
        int near = Math.min(nearRoutesFrom, candidates.count(visit));
        for (int rank = 0; rank < near; rank++) {
            int r = routes.routeOf(candidates.neighbour(visit, rank));
            if (r >= 0 && !isCandidate[r]) {
                isCandidate[r] = true;
                candidateRoutes[count++] = r;
            }
        }
        return count;
    }
}
