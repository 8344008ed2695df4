package org.careroute.routing;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.EdgeIteratorState;
import java.util.Arrays;

/**
 * A complete upward Dijkstra search in a contraction hierarchy (forward from a source or backward to a target) that
 * carries, next to the CH weight, the time and distance of the path it settled each node with. It follows
 * GraphHopper's own CH rules: only edges to higher-level nodes, and edges at virtual (snapped) nodes always. One
 * instance per thread; it reuses its arrays between searches.
 */
final class UpwardSearch {

    private final QueryGraph queryGraph;
    private final Weighting weighting;
    private final ChEdgeCosts costs;
    private final int[] levels;
    private final int baseNodes;
    private final int[] virtualEndA;
    private final int[] virtualEndB;
    private final RoutingCHEdgeExplorer outExplorer;
    private final RoutingCHEdgeExplorer inExplorer;

    private final double[] weight;
    private final long[] millis;
    private final double[] distance;
    private final int[] seen;
    private final int[] settled;
    private int stamp;
    private final MinHeap heap = new MinHeap();

    UpwardSearch(RoutingCHGraph graph, QueryGraph queryGraph, ChEdgeCosts costs, int[] levels, int[] virtualEndA,
            int[] virtualEndB) {
        this.queryGraph = queryGraph;
        this.weighting = graph.getWeighting();
        this.costs = costs;
        this.levels = levels;
        this.baseNodes = levels.length;
        this.virtualEndA = virtualEndA;
        this.virtualEndB = virtualEndB;
        this.outExplorer = graph.createOutEdgeExplorer();
        this.inExplorer = graph.createInEdgeExplorer();
        int nodes = graph.getNodes();
        this.weight = new double[nodes];
        this.millis = new long[nodes];
        this.distance = new double[nodes];
        this.seen = new int[nodes];
        this.settled = new int[nodes];
    }

    /** Receives every node the search settles, in order of increasing weight. */
    @FunctionalInterface
    interface Visitor {
        void settled(int node, double weight, long millis, double distance);
    }

    /**
     * Searches upward from {@code start}: along edges out of it ({@code backward = false}) or, for a target, along
     * edges into it ({@code backward = true}).
     */
    void run(int start, boolean backward, Visitor visitor) {
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            Arrays.fill(settled, 0);
            stamp = 1;
        }
        heap.clear();
        label(start, 0.0, 0L, 0.0);
        heap.push(start, 0.0);
        RoutingCHEdgeExplorer explorer = backward ? inExplorer : outExplorer;
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int node = heap.pop();
            if (settled[node] == stamp || key > weight[node]) {
                continue;
            }
            settled[node] = stamp;
            visitor.settled(node, weight[node], millis[node], distance[node]);
            RoutingCHEdgeIterator iter = explorer.setBaseNode(node);
            while (iter.next()) {
                int adj = iter.getAdjNode();
                if (!upward(node, adj) || settled[adj] == stamp) {
                    continue;
                }
                double edgeWeight = iter.getWeight(backward);
                if (Double.isInfinite(edgeWeight)) {
                    continue;
                }
                double w = weight[node] + edgeWeight;
                if (seen[adj] == stamp && w >= weight[adj]) {
                    continue;
                }
                int edge = iter.getEdge();
                long edgeMillis;
                double edgeDistance;
                if (edge < costs.edges()) {
                    edgeMillis = backward ? costs.millis(edge, adj, node) : costs.millis(edge, node, adj);
                    edgeDistance = costs.distance(edge);
                } else {
                    // a virtual edge at a snapped location: oriented in the direction of travel
                    EdgeIteratorState state = queryGraph.getEdgeIteratorState(iter.getOrigEdge(),
                            backward ? node : adj);
                    edgeMillis = ChEdgeCosts.millis(weighting, state, false);
                    edgeDistance = state.getDistance();
                }
                label(adj, w, ChEdgeCosts.add(millis[node], edgeMillis), distance[node] + edgeDistance);
                heap.push(adj, w);
            }
        }
    }

    private void label(int node, double w, long ms, double dist) {
        seen[node] = stamp;
        weight[node] = w;
        millis[node] = ms;
        distance[node] = dist;
    }

    /**
     * GraphHopper's CH level rule, refined at snapped locations. A snapped location splits a road edge into a chain
     * of virtual nodes and removes the original edge at its two real end nodes. From a virtual node every edge is
     * taken (it is the start, or the search is walking along a chain); from a real node a chain is entered only if
     * its far real end is higher, exactly when the original edge would have been taken. GraphHopper itself enters
     * every chain, which is correct but lets each search spread over all chains next to the nodes it settles: with
     * many locations per edge, as in a 1000-point matrix on a small graph, that multiplies the search spaces.
     */
    private boolean upward(int base, int adj) {
        if (base >= baseNodes) {
            return true;
        }
        if (adj < baseNodes) {
            return levels[base] <= levels[adj];
        }
        int chain = adj - baseNodes;
        int far = virtualEndA[chain] == base ? virtualEndB[chain] : virtualEndA[chain];
        return levels[base] <= levels[far];
    }

    /** A binary min-heap of (weight, node) with lazy deletion. */
    private static final class MinHeap {
        private double[] keys = new double[256];
        private int[] nodes = new int[256];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        double peekKey() {
            return keys[0];
        }

        void push(int node, double key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        int pop() {
            int top = nodes[0];
            size--;
            if (size > 0) {
                double key = keys[size];
                int node = nodes[size];
                int i = 0;
                int half = size >>> 1;
                while (i < half) {
                    int child = 2 * i + 1;
                    int right = child + 1;
                    if (right < size && keys[right] < keys[child]) {
                        child = right;
                    }
                    if (key <= keys[child]) {
                        break;
                    }
                    keys[i] = keys[child];
                    nodes[i] = nodes[child];
                    i = child;
                }
                keys[i] = key;
                nodes[i] = node;
            }
            return top;
        }
    }
}
