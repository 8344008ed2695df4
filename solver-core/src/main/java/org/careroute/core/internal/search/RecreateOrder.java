package org.careroute.core.internal.search;

import java.util.SplittableRandom;

/**
 * The order in which the recreate of SISR inserts the pooled visits ({@link BlinkInsertion#recreate}): random,
 * largest demand first, farthest from the start first, nearest first (weights 4:4:2:1), mandatory visits always
 * before optional ones. Reuses its arrays.
 */
final class RecreateOrder {

    private int[] order = new int[16];
    private long[] keys = new long[16];
    private int[] spare = new int[16];

    /** The visits in the order to insert them (the first {@code count} entries of the returned array). */
    int[] sort(SearchRoutes routes, int[] visits, int count, SplittableRandom random) {
        if (order.length < count) {
            order = new int[count * 2];
            keys = new long[count * 2];
        }
        System.arraycopy(visits, 0, order, 0, count);
        // shuffle first: ties of the sorted orders are broken randomly
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int choice = random.nextInt(11);
        if (choice < 4) {
            mandatoryFirst(routes, count);
            return order;
        }
        for (int i = 0; i < count; i++) {
            int v = order[i];
            keys[i] = choice < 8
                    ? -routes.demand(v)
                    : choice < 10 ? -routes.costFromStart(0, v) : routes.costFromStart(0, v);
        }
        // insertion sort: counts are small (tens of visits); stable, so the shuffle breaks ties
        for (int i = 1; i < count; i++) {
            long key = keys[i];
            int v = order[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key) {
                keys[j + 1] = keys[j];
                order[j + 1] = order[j];
                j--;
            }
            keys[j + 1] = key;
            order[j + 1] = v;
        }
        mandatoryFirst(routes, count);
        return order;
    }

    /**
     * Moves the mandatory visits to the front, each group in its order: an optional visit must not take the room a
     * mandatory one needs (on a region's day the ruin around a left-out evening insulin visit freed the room, and the
     * optional visits removed with it took it back).
     */
    private void mandatoryFirst(SearchRoutes routes, int count) {
        if (spare.length < count) {
            spare = new int[order.length];
        }
        int front = 0;
        int back = 0;
        for (int i = 0; i < count; i++) {
            int v = order[i];
            if (routes.isMandatory(v)) {
                order[front++] = v;
            } else {
                spare[back++] = v;
            }
        }
        System.arraycopy(spare, 0, order, front, back);
    }
}
