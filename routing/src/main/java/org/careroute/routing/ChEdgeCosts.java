package org.careroute.routing;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.EdgeIteratorState;

/**
 * Travel time (milliseconds, as GraphHopper's path extraction sums them) and distance (metres) of every base edge
 * and every shortcut of one contraction hierarchy, in both directions. A shortcut's values are the sums over the
 * base edges it stands for, computed once from its two skipped edges, so a many-to-many search can add up time and
 * distance of the weight-optimal path while it runs instead of unpacking each path afterwards.
 */
final class ChEdgeCosts {

    /** Marks a direction that cannot be driven; sums saturate here. */
    static final long INFINITE_MILLIS = Long.MAX_VALUE / 4;

    private final int edges;
    /** Millis from the lower to the higher node id. */
    private final long[] millisUp;
    /** Millis from the higher to the lower node id. */
    private final long[] millisDown;
    private final double[] distances;

    private ChEdgeCosts(int edges, long[] millisUp, long[] millisDown, double[] distances) {
        this.edges = edges;
        this.millisUp = millisUp;
        this.millisDown = millisDown;
        this.distances = distances;
    }

    static ChEdgeCosts compute(RoutingCHGraph ch) {
        BaseGraph base = (BaseGraph) ch.getBaseGraph();
        Weighting weighting = ch.getWeighting();
        int baseEdges = base.getEdges();
        int edges = ch.getEdges();
        long[] up = new long[edges];
        long[] down = new long[edges];
        double[] distances = new double[edges];
        int[] nodeA = new int[edges];
        int[] nodeB = new int[edges];
        for (int e = 0; e < baseEdges; e++) {
            EdgeIteratorState state = base.getEdgeIteratorState(e, Integer.MIN_VALUE);
            int a = state.getBaseNode();
            int b = state.getAdjNode();
            long forward = millis(weighting, state, false);
            long backward = millis(weighting, state, true);
            nodeA[e] = a;
            nodeB[e] = b;
            distances[e] = state.getDistance();
            if (a <= b) {
                up[e] = forward;
                down[e] = backward;
            } else {
                up[e] = backward;
                down[e] = forward;
            }
        }
        ChEdgeCosts costs = new ChEdgeCosts(edges, up, down, distances);
        boolean[] done = new boolean[edges];
        for (int s = baseEdges; s < edges; s++) {
            costs.computeShortcut(ch, s, baseEdges, nodeA, nodeB, done);
        }
        return costs;
    }

    private void computeShortcut(RoutingCHGraph ch, int s, int baseEdges, int[] nodeA, int[] nodeB,
            boolean[] done) {
        if (done[s]) {
            return;
        }
        RoutingCHEdgeIteratorState state = ch.getEdgeIteratorState(s, Integer.MIN_VALUE);
        int a = state.getBaseNode();
        int b = state.getAdjNode();
        int sk1 = state.getSkippedEdge1();
        int sk2 = state.getSkippedEdge2();
        for (int skipped : new int[]{sk1, sk2}) {
            if (skipped >= baseEdges && !done[skipped]) {
                computeShortcut(ch, skipped, baseEdges, nodeA, nodeB, done);
            }
        }
        int edgeAtA = touches(sk1, a, nodeA, nodeB) ? sk1 : sk2;
        int edgeAtB = edgeAtA == sk1 ? sk2 : sk1;
        int middle = nodeA[edgeAtA] == a ? nodeB[edgeAtA] : nodeA[edgeAtA];
        if (!touches(edgeAtB, middle, nodeA, nodeB) || !touches(edgeAtB, b, nodeA, nodeB)) {
            throw new IllegalStateException("Shortcut " + s + " (" + a + "-" + b + ") does not consist of its skipped"
                    + " edges " + sk1 + " and " + sk2 + "; the graph cache is inconsistent, delete it.");
        }
        long aToB = add(millis(edgeAtA, a, middle), millis(edgeAtB, middle, b));
        long bToA = add(millis(edgeAtB, b, middle), millis(edgeAtA, middle, a));
        nodeA[s] = a;
        nodeB[s] = b;
        distances[s] = distances[sk1] + distances[sk2];
        if (a <= b) {
            millisUp[s] = aToB;
            millisDown[s] = bToA;
        } else {
            millisUp[s] = bToA;
            millisDown[s] = aToB;
        }
        done[s] = true;
    }

    private static boolean touches(int edge, int node, int[] nodeA, int[] nodeB) {
        return nodeA[edge] == node || nodeB[edge] == node;
    }

    static long millis(Weighting weighting, EdgeIteratorState state, boolean reverse) {
        if (Double.isInfinite(weighting.calcEdgeWeight(state, reverse))) {
            return INFINITE_MILLIS;
        }
        return Math.min(INFINITE_MILLIS, weighting.calcEdgeMillis(state, reverse));
    }

    static long add(long a, long b) {
        return Math.min(INFINITE_MILLIS, a + b);
    }

    /** Number of CH edges (base edges and shortcuts) covered. */
    int edges() {
        return edges;
    }

    /** Millis to drive CH edge {@code edge} from node {@code from} to node {@code to}. */
    long millis(int edge, int from, int to) {
        return from <= to ? millisUp[edge] : millisDown[edge];
    }

    double distance(int edge) {
        return distances[edge];
    }
}
