package org.careroute.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.careroute.core.api.InvalidInputException;

/**
 * The national overnight batch on Apache Spark. Every input problem is split into partitions (the whole file, or by
 * base, team or day with careroute's partitioner); the partitions form a Spark Dataset with one partition per Spark
 * partition, and each is planned in one task on one executor core through the public {@code Planner}. The driver
 * then merges each problem's plans, verifies the merged plan and writes the results table.
 *
 * <pre>
 * spark-submit --class org.careroute.spark.PlanBatch careroute-spark.jar \
 *   --problems DIR_OR_FILES --partition-by file|base|team|day --out DIR \
 *   [--time-limit 5m | --move-count-limit N] [--seed N]
 * </pre>
 *
 * Output under {@code --out} (a directory the driver and every executor can write: local disk in local mode, a
 * shared volume on a cluster): {@code partitions/PROBLEM/KEY.json} (one plan per partition), {@code plans/PROBLEM.json}
 * (one merged plan per problem, accepted by {@code careroute verify}), {@code results.parquet/} and
 * {@code results.csv/} (one row per partition). Exit codes: 0 every merged plan verified without violations, 1 some
 * plan has violations (e.g. a mandatory visit left out), 2 bad input or options (nothing planned).
 */
public final class PlanBatch {

    static final int OK = 0;
    static final int VIOLATIONS = 1;
    static final int BAD_INPUT = 2;
    private static final Pattern LOCAL_WITH_FAILURES = Pattern.compile("local\\[(\\d+|\\*),\\s*(\\d+)\\]");

    /** What a batch did, for the caller and for tests. */
    public record Report(List<PartitionResult> partitions, List<MergedPlans.Merged> plans, double wallSeconds) {

        public boolean allVerified() {
            return plans.stream().allMatch(m -> m.verification().feasible());
        }
    }

    private PlanBatch() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * Runs a batch from command-line arguments; returns the exit code. Uses the running Spark session if there is
     * one (and leaves it running), else creates one: with spark-submit's master, or {@code --master} (default
     * {@code local[*]}) when none is configured.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(BatchOptions.USAGE);
            return OK;
        }
        BatchOptions options;
        BatchInput input;
        try {
            options = BatchOptions.parse(args);
            input = BatchInput.read(options.problems(), options.partitionBy());
            prepareOut(options.out());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> err.println(error));
            err.println(e.errors().size() + " problems found; nothing was planned.");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("--out " + e.getMessage());
            return BAD_INPUT;
        }
        boolean running = SparkSession.getDefaultSession().isDefined();
        boolean ownMaster = !running && !new SparkConf().contains("spark.master");
        SparkSession spark;
        if (running) {
            spark = SparkSession.getDefaultSession().get();
        } else {
            SparkSession.Builder builder = SparkSession.builder().appName("careroute plan batch");
            if (ownMaster) {
                builder.master(options.master() == null ? "local[*]" : options.master()).config("spark.ui.enabled",
                        "false");
            }
            spark = builder.getOrCreate();
        }
        if (ownMaster) {
            spark.sparkContext().setLogLevel("WARN");
        }
        try {
            Report report = run(spark, options, input);
            print(report, options, spark, out);
            return report.allVerified() ? OK : VIOLATIONS;
        } catch (IOException e) {
            err.println("careroute batch: " + e.getMessage());
            return BAD_INPUT;
        } finally {
            if (!running) {
                spark.stop();
            }
        }
    }

    /** Plans a batch on a running Spark session. */
    static Report run(SparkSession spark, BatchOptions options, BatchInput input) throws IOException {
        long started = System.nanoTime();
        List<PartitionTask> tasks = input.tasks();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Row> rows = tasks.stream().map(PartitionTask::toRow).toList();
        JavaRDD<Row> onePerSlice = context.parallelize(rows, Math.max(1, rows.size()));
        Dataset<Row> partitions = spark.createDataFrame(onePerSlice, PartitionTask.SCHEMA);
        PartitionSolver solver = new PartitionSolver(options.out().resolve("partitions"), options.solveOptions(),
                taskAttempts(spark), faults(spark));
        List<PartitionResult> results = new ArrayList<>();
        for (Row row : partitions.map(solver, Encoders.row(PartitionResult.SCHEMA)).collectAsList()) {
            results.add(PartitionResult.of(row));
        }
        results.sort(Comparator.comparing(PartitionResult::problem).thenComparing(r -> keyOf(tasks, r)));
        List<MergedPlans.Merged> merged = MergedPlans.write(input.problems(), results, options.out().resolve(
                "plans"));
        Dataset<Row> table = spark.createDataFrame(results.stream().map(PartitionResult::toRow).toList(),
                PartitionResult.SCHEMA).coalesce(1);
        table.write().mode(SaveMode.Overwrite).parquet(options.out().resolve("results.parquet").toString());
        table.write().mode(SaveMode.Overwrite).option("header", "true").csv(options.out().resolve("results.csv")
                .toString());
        return new Report(results, merged, (System.nanoTime() - started) / 1e9);
    }

    private static String keyOf(List<PartitionTask> tasks, PartitionResult result) {
        return tasks.stream().filter(t -> t.problem().equals(result.problem()) && t.partition().equals(result
                .partition())).map(PartitionTask::key).findFirst().orElse(result.partition());
    }

    /**
     * How many attempts Spark gives a task: {@code local[N,F]} gives F, {@code local[N]} one (no retry), a cluster
     * {@code spark.task.maxFailures} (default 4).
     */
    static int taskAttempts(SparkSession spark) {
        String master = spark.sparkContext().master();
        Matcher m = LOCAL_WITH_FAILURES.matcher(master);
        if (m.matches()) {
            return Integer.parseInt(m.group(2));
        }
        if (master.startsWith("local") && !master.startsWith("local-cluster")) {
            return 1;
        }
        return spark.sparkContext().getConf().getInt("spark.task.maxFailures", 4);
    }

    private static PartitionSolver.FaultInjection faults(SparkSession spark) {
        int attempts = Integer.parseInt(spark.conf().get("spark.careroute.failAttempts", "0").trim());
        return attempts <= 0
                ? PartitionSolver.FaultInjection.NONE
                : new PartitionSolver.FaultInjection(attempts, spark.conf().get("spark.careroute.failPartitions",
                        null));
    }

    /**
     * {@code --out} may be new, empty or hold an earlier batch (whose outputs are replaced); anything else is
     * refused rather than mixed with plans.
     */
    private static void prepareOut(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            boolean earlierBatch = Files.isDirectory(out.resolve("results.parquet")) || Files.isDirectory(out
                    .resolve("partitions"));
            try (Stream<Path> listing = Files.list(out)) {
                if (!earlierBatch && listing.findAny().isPresent()) {
                    throw new IOException(out + " is a directory with other files; give a new or empty directory.");
                }
            }
            deleteTree(out.resolve("partitions"));
            deleteTree(out.resolve("plans"));
        } else if (Files.exists(out)) {
            throw new IOException(out + " is a file; give a new or empty directory.");
        }
        Files.createDirectories(out);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void print(Report report, BatchOptions options, SparkSession spark, PrintStream out) {
        long greedy = report.partitions().stream().filter(r -> r.status().equals(PartitionResult.GREEDY)).count();
        long unplanned = report.partitions().stream().filter(r -> r.planFile() == null).count();
        out.println(String.format(Locale.ROOT, "Planned %d partitions of %d problems on %s in %.1f s (%d greedy,"
                + " %d without a plan).", report.partitions().size(), report.plans().size(),
                spark.sparkContext()
                        .master(),
                report.wallSeconds(), greedy, unplanned));
        for (MergedPlans.Merged m : report.plans()) {
            var s = m.plan().summary();
            out.println(String.format(Locale.ROOT, "  %s: %d assigned, %d unassigned, %s, %s -> %s", m.problem(), s
                    .assignedVisits(), s.unassignedVisits(), m.plan().score(),
                    m.verification().feasible()
                            ? "verified"
                            : m.verification().violations().size() + " violations",
                    m.file()));
        }
        out.println("Results table: " + options.out().resolve("results.parquet") + " and " + options.out().resolve(
                "results.csv"));
    }
}
