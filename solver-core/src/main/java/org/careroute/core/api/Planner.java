package org.careroute.core.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.internal.solver.PartitionedSolve;
import org.careroute.core.internal.solver.Partitioner;
import org.careroute.core.internal.solver.SolverRun;

/**
 * The one entry point for embedding careroute. Immutable and thread-safe: one instance can run any number of
 * concurrent solves, each on its own thread with its own solver. A planner reads and writes no files and opens no
 * network connections: problems with road travel are routed only by the {@link TravelMatrixSource} the application
 * passes to {@link #create(TravelMatrixSource)}, never by the file names a problem contains.
 */
public final class Planner {

    private static final String PROBLEM_SOURCE = "problem";

    private final TravelMatrixSource travelSource;

    private Planner(TravelMatrixSource travelSource) {
        this.travelSource = travelSource;
    }

    /** A planner for problems whose travel needs no road network (haversine, euclidean, explicit matrix). */
    public static Planner create() {
        return new Planner(null);
    }

    /**
     * A planner that asks {@code travelSource} for the travel matrices of problems with
     * {@link org.careroute.core.api.model.OsmTravel osm travel} (e.g. a {@code RoadNetwork} of the routing module);
     * other travel modes are computed as by {@link #create()}. Solving and verifying use the same source.
     */
    public static Planner create(TravelMatrixSource travelSource) {
        return new Planner(Objects.requireNonNull(travelSource, "travelSource"));
    }

    /**
     * Plans a problem and blocks until a termination in {@code options} is reached.
     *
     * @throws InvalidInputException
     *             when the problem is inconsistent (every problem found is listed)
     */
    public Plan solve(Problem problem, SolveOptions options) {
        check(problem, options);
        return SolverRun.solveHere(problem, options, travelSource);
    }

    /**
     * Like {@link #solve}, and also returns the solver's statistics (moves evaluated, score calculations, time to
     * the first feasible plan), for benchmarks.
     *
     * @throws InvalidInputException
     *             when the problem is inconsistent (every problem found is listed)
     */
    public SolveResult solveWithStatistics(Problem problem, SolveOptions options) {
        check(problem, options);
        return SolverRun.solveHereWithStatistics(problem, options, travelSource);
    }

    /**
     * Like {@link #solveWithStatistics(Problem, SolveOptions)}, calling {@code onBestPlan} on this thread for every
     * new best plan (for benchmarks that follow the score over time; keep it quick).
     */
    public SolveResult solveWithStatistics(Problem problem, SolveOptions options,
            Consumer<SolveProgress> onBestPlan) {
        check(problem, options);
        return SolverRun.solveHereWithStatistics(problem, options, travelSource, onBestPlan);
    }

    /**
     * Starts planning on a new thread and returns at once. {@code onBestPlan} is called on the solver thread for
     * every new best plan; keep it quick.
     */
    public SolveJob solveAsync(Problem problem, SolveOptions options, Consumer<SolveProgress> onBestPlan) {
        check(problem, options);
        return SolverRun.start(problem, options, onBestPlan, travelSource);
    }

    /**
     * Plans a problem as independent partitions, one per base (the start location of the caregivers' shifts), at
     * most {@code threads} at a time, and merges the plans; see {@link #partitions}. Memory then grows with the
     * largest partition, not the whole problem. The time limit bounds the whole solve (partitions run in waves, each
     * wave gets its share); move-count limits and seeds apply per partition. Blocks until done.
     *
     * @throws InvalidInputException
     *             when the problem is inconsistent
     * @throws IllegalArgumentException
     *             when the problem's locations have no coordinates (explicit matrix), or threads &lt; 1
     */
    public Plan solvePartitioned(Problem problem, SolveOptions options, int threads) {
        return solvePartitionedAsync(problem, options, threads).result().join();
    }

    /** Like {@link #solvePartitioned} but returns at once; {@link SolveJob#cancel()} stops every partition. */
    public SolveJob solvePartitionedAsync(Problem problem, SolveOptions options, int threads) {
        check(problem, options);
        if (Partitioner.partition(problem).size() <= 1) {
            return SolverRun.start(problem, options, null, travelSource);
        }
        return PartitionedSolve.start(problem, options, threads, travelSource);
    }

    /**
     * How {@link #solvePartitioned} splits a problem: caregivers grouped by the start location of their first
     * shift; each patient's visits, together, to the nearest base with caregivers qualified for all of them and
     * room left in their working time.
     */
    public static List<Partition> partitions(Problem problem) {
        return Partitioner.partition(Objects.requireNonNull(problem, "problem"));
    }

    private void check(Problem problem, SolveOptions options) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(options, "options");
        List<InputError> errors = ProblemValidator.validate(problem, PROBLEM_SOURCE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (problem.travel() instanceof OsmTravel && travelSource == null) {
            // The library never opens the files a problem names: road travel needs a source from the application.
            throw new InvalidInputException(List.of(new InputError(PROBLEM_SOURCE, "/travel/mode", "Travel mode"
                    + " osm needs a road network, and careroute never opens files named inside a problem: create"
                    + " the planner with Planner.create(source) and a source from the careroute routing module, or"
                    + " run the command line with --osm FILE.")));
        }
    }

    /** Re-checks a plan against its problem independently of the solver. */
    public VerificationReport verify(Problem problem, Plan plan) {
        return org.careroute.core.internal.verify.PlanVerifier.verify(problem, plan, travelSource);
    }

    /**
     * Explains a plan without the solver: the score per constraint with every match, and for each visit the plan
     * leaves out the concrete reasons, found by trying it at every position of every shift.
     */
    public Explanation explain(Problem problem, Plan plan) {
        return org.careroute.core.internal.verify.PlanExplainer.explain(problem, plan, travelSource);
    }
}
