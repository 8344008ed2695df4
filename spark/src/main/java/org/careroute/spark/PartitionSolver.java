package org.careroute.spark;

import java.io.IOException;
import java.io.Serial;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/**
 * Plans one partition inside a Spark task, on the executor: solves it through the {@link Planner} with the batch's
 * fixed seed, writes its plan atomically to {@code partitions/PROBLEM/KEY.json} and returns its row of the results
 * table. A retried task writes the same file again (the same plan under a move-count limit).
 *
 * <p>
 * Failures: the first failure of a partition is retried, by Spark when it has task attempts left (possibly on
 * another executor), else once inside the task. A partition that fails twice gets careroute's greedy plan, flagged
 * {@code greedy} in the table. A partition the memory guard refuses is not retried (the same memory gives the same
 * answer): its row says {@code refused} with the figures.
 */
final class PartitionSolver implements MapFunction<Row, Row> {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final long MB = 1024L * 1024L;

    private final String partitionsDir;
    private final Long timeLimitMillis;
    private final Long moveCountLimit;
    private final long seed;
    private final int sparkAttempts;
    private final FaultInjection faults;

    /**
     * @param sparkAttempts
     *            how many attempts Spark gives a task ({@code spark.task.maxFailures}; 1 for {@code local[N]})
     */
    PartitionSolver(Path partitionsDir, SolveOptions options, int sparkAttempts, FaultInjection faults) {
        this.partitionsDir = partitionsDir.toAbsolutePath().toString();
        this.timeLimitMillis = options.timeLimit() == null ? null : options.timeLimit().toMillis();
        this.moveCountLimit = options.moveCountLimit();
        this.seed = options.seed();
        this.sparkAttempts = sparkAttempts;
        this.faults = faults;
    }

    @Override
    public Row call(Row row) throws IOException {
        PartitionTask task = PartitionTask.of(row);
        TaskContext context = TaskContext.get();
        int failuresBefore = context == null ? 0 : context.attemptNumber();
        String executor = SparkEnv.get() == null ? "driver" : SparkEnv.get().executorId();
        Problem problem = CarerouteJson.readProblem(task.problemJson(), task.problem() + " [" + task.partition()
                + "]");
        Planner planner = Planner.create();
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        int attempt = failuresBefore + 1;
        try {
            Plan plan = solve(planner, problem, task, failuresBefore);
            return PartitionResult.planned(task, write(task, plan, problem), plan.summary(), seconds(started),
                    attempt, PartitionResult.SOLVED, null, executor, heap.stop()).toRow();
        } catch (InvalidInputException refused) {
            return PartitionResult.unplanned(task, seconds(started), attempt, PartitionResult.REFUSED, refused
                    .getMessage(), executor, heap.stop()).toRow();
        } catch (RuntimeException | OutOfMemoryError first) {
            String failure = describe(first);
            if (failuresBefore == 0) {
                if (sparkAttempts > 1) {
                    heap.stop();
                    throw first;
                }
                attempt++;
                try {
                    Plan plan = solve(planner, problem, task, 1);
                    return PartitionResult.planned(task, write(task, plan, problem), plan.summary(), seconds(
                            started), attempt, PartitionResult.SOLVED, "attempt 1 failed: " + failure, executor,
                            heap
                                    .stop())
                            .toRow();
                } catch (InvalidInputException refused) {
                    return PartitionResult.unplanned(task, seconds(started), attempt, PartitionResult.REFUSED,
                            refused.getMessage(), executor, heap.stop()).toRow();
                } catch (RuntimeException | OutOfMemoryError second) {
                    failure = describe(second);
                }
            }
            return greedy(planner, problem, task, started, attempt, failure, executor, heap);
        }
    }

    private Row greedy(Planner planner, Problem problem, PartitionTask task, long started, int attempt,
            String failure, String executor, HeapPeak heap) throws IOException {
        String message = "failed twice (last: " + failure + "); greedy plan";
        try {
            Plan plan = planner.greedy(problem);
            return PartitionResult.planned(task, write(task, plan, problem), plan.summary(), seconds(started),
                    attempt, PartitionResult.GREEDY, message, executor, heap.stop()).toRow();
        } catch (InvalidInputException refused) {
            return PartitionResult.unplanned(task, seconds(started), attempt, PartitionResult.REFUSED, refused
                    .getMessage(), executor, heap.stop()).toRow();
        } catch (RuntimeException | OutOfMemoryError e) {
            return PartitionResult.unplanned(task, seconds(started), attempt, PartitionResult.FAILED, message
                    + " failed too: " + describe(e), executor, heap.stop()).toRow();
        }
    }

    private Plan solve(Planner planner, Problem problem, PartitionTask task, int failuresBefore) {
        faults.check(task, failuresBefore);
        SolveOptions options = new SolveOptions(timeLimitMillis == null ? null : Duration.ofMillis(timeLimitMillis),
                null, null, moveCountLimit, seed, null);
        return planner.solve(problem, options);
    }

    /** Writes the plan atomically to {@code partitions/PROBLEM/KEY.json}; returns the file. */
    private String write(PartitionTask task, Plan plan, Problem problem) throws IOException {
        Path file = Path.of(partitionsDir, task.problem(), task.key() + ".json");
        StringWriter json = new StringWriter();
        CarerouteJson.writePlan(plan, problem, json);
        AtomicFiles.writeString(file, json.toString());
        return file.toString();
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /**
     * Fails chosen partitions on purpose, for drills and tests of the retry path: Spark configuration
     * {@code spark.careroute.failAttempts=N} fails the first N attempts of every partition whose key matches
     * {@code spark.careroute.failPartitions} (a regular expression; all when unset). Off by default.
     */
    record FaultInjection(int failAttempts, String partitionPattern) implements java.io.Serializable {

        static final FaultInjection NONE = new FaultInjection(0, null);

        void check(PartitionTask task, int failuresBefore) {
            if (failuresBefore < failAttempts && (partitionPattern == null || Pattern.compile(partitionPattern)
                    .matcher(task.key()).find())) {
                throw new IllegalStateException("injected failure of attempt " + (failuresBefore + 1) + " of "
                        + task.key() + " (spark.careroute.failAttempts=" + failAttempts + ")");
            }
        }
    }

    /** Samples the JVM's used heap every 50 ms while a partition is planned. */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "careroute-heap-peak");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            HeapPeak heap = new HeapPeak();
            heap.sampler.start();
            return heap;
        }

        long stop() {
            running = false;
            sampler.interrupt();
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get() / MB;
        }
    }
}
