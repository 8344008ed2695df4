package org.careroute.core.internal.search;

import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * For every visit, the {@code k} other visits nearest to it, nearest first: the spatial neighbourhood that guides the
 * string removals. "Near" is the weighted travel cost of the shorter direction, {@code timeWeight × seconds +
 * distanceWeight × metres} (both weights 0 falls back to seconds). Built once per solve in {@code O(n² log k)} with a
 * bounded heap per visit; stored as one primitive array.
 */
final class CandidateLists {

    private final int k;
    private final int[] neighbours;
    private final int[] counts;

    private CandidateLists(int k, int[] neighbours, int[] counts) {
        this.k = k;
        this.neighbours = neighbours;
        this.counts = counts;
    }

    /**
     * @param locations
     *            location index of every visit (by visit index)
     * @param travel
     *            the matrix that defines nearness
     * @param k
     *            neighbours per visit (capped at the number of other visits)
     */
    static CandidateLists build(int[] locations, DenseTravelMatrix travel, long timeWeight, long distanceWeight,
            int k) {
        int n = locations.length;
        int size = Math.max(0, Math.min(k, n - 1));
        long tw = timeWeight;
        long dw = distanceWeight;
        if (tw == 0 && dw == 0) {
            tw = 1;
        }
        int[] neighbours = new int[n * size];
        int[] counts = new int[n];
        long[] heapCost = new long[size];
        int[] heapVisit = new int[size];
        for (int v = 0; v < n; v++) {
            int heapSize = 0;
            for (int u = 0; u < n; u++) {
                if (u == v) {
                    continue;
                }
                long cost = Math.min(cost(travel, locations[v], locations[u], tw, dw),
                        cost(travel, locations[u], locations[v], tw, dw));
                if (heapSize < size) {
                    heapCost[heapSize] = cost;
                    heapVisit[heapSize] = u;
                    siftUp(heapCost, heapVisit, heapSize);
                    heapSize++;
                } else if (size > 0 && cost < heapCost[0]) {
                    heapCost[0] = cost;
                    heapVisit[0] = u;
                    siftDown(heapCost, heapVisit, heapSize);
                }
            }
            // pop the max-heap from the back: farthest last
            int base = v * size;
            for (int i = heapSize - 1; i >= 0; i--) {
                neighbours[base + i] = heapVisit[0];
                heapSize--;
                heapCost[0] = heapCost[heapSize];
                heapVisit[0] = heapVisit[heapSize];
                siftDown(heapCost, heapVisit, heapSize);
            }
            counts[v] = Math.min(size, n - 1);
        }
        return new CandidateLists(size, neighbours, counts);
    }

    private static long cost(DenseTravelMatrix travel, int from, int to, long tw, long dw) {
        return tw * travel.durationSeconds(from, to) + dw * travel.distanceMeters(from, to);
    }

    /** Max-heap on (cost, visit): among equal costs the larger visit index is evicted first, for determinism. */
    private static boolean above(long[] cost, int[] visit, int a, int b) {
        return cost[a] > cost[b] || (cost[a] == cost[b] && visit[a] > visit[b]);
    }

    private static void siftUp(long[] cost, int[] visit, int index) {
        int i = index;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!above(cost, visit, i, parent)) {
                return;
            }
            swap(cost, visit, i, parent);
            i = parent;
        }
    }

    private static void siftDown(long[] cost, int[] visit, int heapSize) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= heapSize) {
                return;
            }
            int largest = left;
            int right = left + 1;
            if (right < heapSize && above(cost, visit, right, left)) {
                largest = right;
            }
            if (!above(cost, visit, largest, i)) {
                return;
            }
            swap(cost, visit, i, largest);
            i = largest;
        }
    }

    private static void swap(long[] cost, int[] visit, int a, int b) {
        long c = cost[a];
        cost[a] = cost[b];
        cost[b] = c;
        int v = visit[a];
        visit[a] = visit[b];
        visit[b] = v;
    }

    /** How many neighbours {@code visit} has. */
    int count(int visit) {
        return counts[visit];
    }

    /** The {@code rank}-th nearest neighbour of {@code visit} (0 = nearest). */
    int neighbour(int visit, int rank) {
        return neighbours[visit * k + rank];
    }
}
