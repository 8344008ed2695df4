package org.careroute.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.SolveResult;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Problem;
import org.careroute.datasets.BenchmarkData;
import org.careroute.datasets.vrptw.VrptwProblems;
import org.careroute.datasets.vrptw.VrptwReader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Moves evaluated per second by careroute's solver (construction heuristic plus local search, incremental score
 * calculation of every constraint), through the public {@link Planner} API: each operation is one solve stopped
 * after {@link #MOVES} evaluated moves, and the {@code movesEvaluated} / {@code scoreCalculations} counters (JMH
 * reports them per second) come from {@link SolveResult#statistics()}. Problems: {@code r1_10_1} (Gehring–Homberger,
 * 1000 customers, benchmark objective) and the shipped home-care sample {@code varmland-home-nursing} (150 visits,
 * skills, priorities, haversine travel).
 *
 * <p>
 * Run: {@code ./careroute bench jmh ScoreCalculationBenchmark} (defaults below: 1 fork, 2 warm-up and 5 measured
 * iterations of 10 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class ScoreCalculationBenchmark {

    /** Moves per solve: enough that model building is a small share of the operation. */
    static final long MOVES = 50_000;

    @Param({"r1_10_1", "varmland-home-nursing"})
    public String problemName;

    private final Planner planner = Planner.create();
    private Problem problem;
    private long seed;

    @Setup(Level.Trial)
    public void load() throws IOException {
        problem = load(problemName);
    }

    static Problem load(String name) throws IOException {
        if (name.startsWith("varmland")) {
            return CarerouteJson.readProblem(BenchmarkData.samples().resolve(name + ".json"));
        }
        String set = name.contains("_10_") ? "homberger_1000" : name.contains("_2_") ? "homberger_200" : "solomon";
        return VrptwProblems.toProblem(VrptwReader.read(BenchmarkData.vrptw().resolve(set).resolve(name + ".txt")));
    }

    /** Per-second rates of these fields are the benchmark's results. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long movesEvaluated;
        public long scoreCalculations;
    }

    @Benchmark
    public SolveResult solveFixedMoves(Counters counters) {
        SolveResult result = planner.solveWithStatistics(problem,
                SolveOptions.defaults().withMoveCountLimit(MOVES).withTimeLimit(null).withSeed(seed++));
        counters.movesEvaluated += result.statistics().moveEvaluationCount();
        counters.scoreCalculations += result.statistics().scoreCalculationCount();
        return result;
    }
}
