package org.careroute.routing;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.storage.RoutingCHGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bucket-based many-to-many shortest paths on a contraction hierarchy (Knopp et al., 2007): one backward upward
 * search per target leaves (target, weight, time, distance) in a bucket at every node it settles; one forward upward
 * search per source then scans the buckets of the nodes it settles and keeps, per target, the meeting node with the
 * least total weight. Time and distance are those of that weight-optimal path. Both phases run on several threads,
 * each with its own search.
 */
final class ManyToManyCH {

    private static final Logger LOG = LoggerFactory.getLogger(ManyToManyCH.class);

    private final RoutingCHGraph graph;
    private final QueryGraph queryGraph;
    private final ChEdgeCosts costs;
    private final int[] levels;
    private final int threads;
    private final int[] virtualEndA;
    private final int[] virtualEndB;

    /**
     * @param virtualEndA
     *            per virtual node ({@code node - baseNodes}), one real end node of the road edge it lies on
     * @param virtualEndB
     *            the other real end node of that edge
     */
    ManyToManyCH(RoutingCHGraph graph, QueryGraph queryGraph, ChEdgeCosts costs, int[] levels, int[] virtualEndA,
            int[] virtualEndB, int threads) {
        this.graph = graph;
        this.queryGraph = queryGraph;
        this.costs = costs;
        this.levels = levels;
        this.threads = threads;
        this.virtualEndA = virtualEndA;
        this.virtualEndB = virtualEndB;
    }

    /**
     * Shortest paths between all pairs of {@code nodes}, row-major: whole seconds (GraphHopper's milliseconds
     * rounded) and whole metres; {@code seconds < 0} where unreachable.
     */
    record Result(int size, int[] seconds, int[] meters) {

        boolean reachable(int from, int to) {
            return seconds[from * size + to] >= 0;
        }
    }

    Result compute(int[] nodes) {
        int n = nodes.length;
        int[] seconds = new int[n * n];
        int[] meters = new int[n * n];
        if (n == 0) {
            return new Result(0, seconds, meters);
        }
        Buckets buckets = fillBuckets(nodes);
        runParallel(n, () -> {
            UpwardSearch search = newSearch();
            double[] bestWeight = new double[n];
            long[] bestMillis = new long[n];
            double[] bestMeters = new double[n];
            return source -> {
                Arrays.fill(bestWeight, Double.POSITIVE_INFINITY);
                search.run(nodes[source], false, (node, weight, ms, dist) -> {
                    for (int k = buckets.start[node], end = buckets.start[node + 1]; k < end; k++) {
                        int target = buckets.target[k];
                        double total = weight + buckets.weight[k];
                        if (total < bestWeight[target]) {
                            bestWeight[target] = total;
                            bestMillis[target] = ChEdgeCosts.add(ms, buckets.millis[k]);
                            bestMeters[target] = dist + buckets.meters[k];
                        }
                    }
                });
                int row = source * n;
                for (int target = 0; target < n; target++) {
                    if (target == source) {
                        seconds[row + target] = 0;
                        meters[row + target] = 0;
                    } else if (Double.isInfinite(bestWeight[target])
                            || bestMillis[target] >= ChEdgeCosts.INFINITE_MILLIS) {
                        seconds[row + target] = -1;
                        meters[row + target] = -1;
                    } else {
                        seconds[row + target] = clamp(Math.round(bestMillis[target] / 1000.0));
                        meters[row + target] = clamp(Math.round(bestMeters[target]));
                    }
                }
            };
        });
        return new Result(n, seconds, meters);
    }

    private static int clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    private UpwardSearch newSearch() {
        return new UpwardSearch(graph, queryGraph, costs, levels, virtualEndA, virtualEndB);
    }

    /** Backward searches from every target, collected per node in compressed rows. */
    private Buckets fillBuckets(int[] nodes) {
        int n = nodes.length;
        List<EntryList> lists = new ArrayList<>();
        runParallel(n, () -> {
            UpwardSearch search = newSearch();
            EntryList entries = new EntryList();
            synchronized (lists) {
                lists.add(entries);
            }
            return target -> search.run(nodes[target], true,
                    (node, weight, ms, dist) -> entries.add(node, target, weight, ms, dist));
        });
        int graphNodes = graph.getNodes();
        int[] start = new int[graphNodes + 1];
        int total = 0;
        for (EntryList list : lists) {
            for (int i = 0; i < list.size; i++) {
                start[list.node[i] + 1]++;
            }
            total += list.size;
        }
        for (int v = 0; v < graphNodes; v++) {
            start[v + 1] += start[v];
        }
        LOG.debug("Bucket many-to-many: {} targets left {} bucket entries ({} per target)", n, total,
                n == 0 ? 0 : total / n);
        Buckets buckets = new Buckets(start, new int[total], new double[total], new long[total], new double[total]);
        int[] fill = Arrays.copyOf(start, graphNodes);
        for (EntryList list : lists) {
            for (int i = 0; i < list.size; i++) {
                int k = fill[list.node[i]]++;
                buckets.target[k] = list.target[i];
                buckets.weight[k] = list.weight[i];
                buckets.millis[k] = list.millis[i];
                buckets.meters[k] = list.meters[i];
            }
        }
        return buckets;
    }

    /** Runs tasks {@code 0..count-1}, each worker with the state its factory makes. */
    private void runParallel(int count, Supplier<IndexTask> workerFactory) {
        int workers = Math.max(1, Math.min(threads, count));
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            IndexTask task = workerFactory.get();
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                task.run(i);
            }
        };
        if (workers == 1) {
            work.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "careroute-matrix");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(work));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Matrix computation was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Matrix computation failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface IndexTask {
        void run(int index);
    }

    private record Buckets(int[] start, int[] target, double[] weight, long[] millis, double[] meters) {
    }

    /** A growable column store of bucket entries. */
    private static final class EntryList {
        int[] node = new int[1024];
        int[] target = new int[1024];
        double[] weight = new double[1024];
        long[] millis = new long[1024];
        double[] meters = new double[1024];
        int size;

        void add(int v, int t, double w, long ms, double dist) {
            if (size == node.length) {
                int capacity = size * 2;
                node = Arrays.copyOf(node, capacity);
                target = Arrays.copyOf(target, capacity);
                weight = Arrays.copyOf(weight, capacity);
                millis = Arrays.copyOf(millis, capacity);
                meters = Arrays.copyOf(meters, capacity);
            }
            node[size] = v;
            target[size] = t;
            weight[size] = w;
            millis[size] = ms;
            meters[size] = dist;
            size++;
        }
    }
}
