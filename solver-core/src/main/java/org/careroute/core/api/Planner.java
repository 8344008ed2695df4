package org.careroute.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.internal.construction.WarmStart;
import org.careroute.core.internal.run.PartitionedSolve;
import org.careroute.core.internal.run.Partitioner;
import org.careroute.core.internal.run.Recommender;
import org.careroute.core.internal.run.SolverRun;

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

    /**
     * A planner for problems whose travel needs no road network (haversine, euclidean, explicit matrix).
     *
     * @return the planner
     */
    public static Planner create() {
        return new Planner(null);
    }

    /**
     * A planner that asks {@code travelSource} for the travel matrices of problems with
     * {@link org.careroute.core.api.model.OsmTravel osm travel} (e.g. a {@code RoadNetwork} of the routing module);
     * other travel modes are computed as by {@link #create()}. Solving and verifying use the same source.
     *
     * @param travelSource
     *            computes road travel matrices, e.g. a {@code RoadNetwork}
     * @return the planner
     */
    public static Planner create(TravelMatrixSource travelSource) {
        return new Planner(Objects.requireNonNull(travelSource, "travelSource"));
    }

    /**
     * Plans a problem and blocks until a termination in {@code options} is reached.
     *
     * @param problem
     *            the problem to plan
     * @param options
     *            terminations, seed and assertion mode
     * @return the best plan found
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
     * @param problem
     *            the problem to plan
     * @param options
     *            terminations, seed and assertion mode
     * @return the best plan found and the statistics
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
     *
     * @param problem
     *            the problem to plan
     * @param options
     *            terminations, seed and assertion mode
     * @param onBestPlan
     *            called for every new best plan
     * @return the best plan found and the statistics
     */
    public SolveResult solveWithStatistics(Problem problem, SolveOptions options,
            Consumer<SolveProgress> onBestPlan) {
        check(problem, options);
        return SolverRun.solveHereWithStatistics(problem, options, travelSource, onBestPlan);
    }

    /**
     * Starts planning on a new thread and returns at once. {@code onBestPlan} is called on the solver thread for
     * every new best plan; keep it quick.
     *
     * @param problem
     *            the problem to plan
     * @param options
     *            terminations, seed and assertion mode
     * @param onBestPlan
     *            called for every new best plan
     * @return the running solve
     */
    public SolveJob solveAsync(Problem problem, SolveOptions options, Consumer<SolveProgress> onBestPlan) {
        check(problem, options);
        return SolverRun.start(problem, options, onBestPlan, travelSource);
    }

    /**
     * Warm start: plans a problem starting from an existing plan (e.g. a checkpoint) instead of from scratch. The
     * plan's routes are taken over as far as the problem still has their shifts and visits (the rest is skipped),
     * the visits no route serves are inserted, then the search continues. Nothing is fixed and changes are not
     * penalised: use {@link #replan} for that.
     *
     * @param problem
     *            the problem to plan
     * @param start
     *            the plan to start from
     * @param options
     *            terminations, seed and assertion mode
     * @return the best plan found
     * @throws InvalidInputException
     *             when the problem is inconsistent or the plan cannot belong to it (a visit planned twice, a shift
     *             of another caregiver...); errors about the plan name the source {@code "plan"}
     */
    public Plan solve(Problem problem, Plan start, SolveOptions options) {
        WarmStart warm = WarmStart.plain(Objects.requireNonNull(start, "start"), "plan");
        check(problem, options, warm);
        return SolverRun.solveHere(problem, options, travelSource, warm);
    }

    /**
     * As {@link #solve(Problem, Plan, SolveOptions)}, on a new thread like {@link #solveAsync}.
     *
     * @param problem
     *            the problem to plan
     * @param start
     *            the plan to start from
     * @param options
     *            terminations, seed and assertion mode
     * @param onBestPlan
     *            called for every new best plan
     * @return the running solve
     */
    public SolveJob solveAsync(Problem problem, Plan start, SolveOptions options,
            Consumer<SolveProgress> onBestPlan) {
        WarmStart warm = WarmStart.plain(Objects.requireNonNull(start, "start"), "plan");
        check(problem, options, warm);
        return SolverRun.start(problem, options, onBestPlan, travelSource, warm);
    }

    /**
     * Re-planning during the day: starts from the published plan, keeps every visit that started before
     * {@link Replanning#now()} where it is, plans nothing else to start before it, plans the new and changed visits
     * and re-plans the rest with the soft {@code plan-change} penalty per published visit that moves to another
     * shift, moves by more than the tolerance or is left out. The returned plan's {@link Plan#changes()} lists
     * per visit what changed and why.
     *
     * @param problem
     *            the changed problem
     * @param replanning
     *            the published plan, the re-planning time and the change tolerance
     * @param options
     *            terminations, seed and assertion mode
     * @return the new plan with its changes
     * @throws InvalidInputException
     *             when the problem is inconsistent or the published plan cannot belong to it (a visit planned twice,
     *             a shift of another caregiver, a removed shift with started visits...); errors about the plan name
     *             {@link Replanning#planSource()}
     */
    public Plan replan(Problem problem, Replanning replanning, SolveOptions options) {
        WarmStart warm = WarmStart.replanning(Objects.requireNonNull(replanning, "replanning"));
        check(problem, options, warm);
        return SolverRun.solveHere(problem, options, travelSource, warm);
    }

    /**
     * As {@link #replan}, on a new thread like {@link #solveAsync}.
     *
     * @param problem
     *            the changed problem
     * @param replanning
     *            the published plan, the re-planning time and the change tolerance
     * @param options
     *            terminations, seed and assertion mode
     * @param onBestPlan
     *            called for every new best plan
     * @return the running solve
     */
    public SolveJob replanAsync(Problem problem, Replanning replanning, SolveOptions options,
            Consumer<SolveProgress> onBestPlan) {
        WarmStart warm = WarmStart.replanning(Objects.requireNonNull(replanning, "replanning"));
        check(problem, options, warm);
        return SolverRun.start(problem, options, onBestPlan, travelSource, warm);
    }

    /**
     * Checks a re-planning request without solving, as {@link #replan} checks it before it starts: the problem's
     * consistency and whether the published plan can belong to it. Returns every problem found, none when
     * {@link #replan} would accept the request.
     *
     * @param problem
     *            the changed problem
     * @param replanning
     *            the published plan, the re-planning time and the change tolerance
     * @return every problem found; empty when the request is valid
     */
    public List<InputError> validate(Problem problem, Replanning replanning) {
        Objects.requireNonNull(problem, "problem");
        WarmStart warm = WarmStart.replanning(Objects.requireNonNull(replanning, "replanning"));
        try {
            check(problem, SolveOptions.defaults(), warm);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    /**
     * Plans a problem as independent partitions, one per base (the start location of the caregivers' shifts), at
     * most {@code threads} at a time, and merges the plans; see {@link #partitions}. Memory then grows with the
     * largest partition, not the whole problem. The time limit bounds the whole solve (partitions run in waves, each
     * wave gets its share); move-count limits and seeds apply per partition. Blocks until done.
     *
     * @param problem
     *            the problem to plan
     * @param options
     *            terminations, seed and assertion mode
     * @param threads
     *            partitions solved at a time (at least 1)
     * @return the merged plan
     * @throws InvalidInputException
     *             when the problem is inconsistent
     * @throws IllegalArgumentException
     *             when the problem's locations have no coordinates (explicit matrix), or threads &lt; 1
     */
    public Plan solvePartitioned(Problem problem, SolveOptions options, int threads) {
        return solvePartitionedAsync(problem, options, threads).result().join();
    }

    /**
     * Like {@link #solvePartitioned} but returns at once; {@link SolveJob#cancel()} stops every partition.
     *
     * @param problem
     *            the problem to plan
     * @param options
     *            terminations, seed and assertion mode
     * @param threads
     *            partitions solved at a time (at least 1)
     * @return the running solve
     */
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
     *
     * @param problem
     *            the problem to split
     * @return the partitions, one per base
     */
    public static List<Partition> partitions(Problem problem) {
        return Partitioner.partition(Objects.requireNonNull(problem, "problem"));
    }

    /**
     * Splits a problem into independent partitions by base (as {@link #partitions(Problem)}), team or day (see
     * {@link PartitionBy}), for planning each one on its own ({@link #subProblem}) and merging the plans
     * ({@link #merge}), e.g. one task per partition on a cluster.
     *
     * @param problem
     *            the problem to split
     * @param by
     *            base, team or day
     * @return the partitions
     * @throws IllegalArgumentException
     *             when split by base or team and the problem's locations have no coordinates (explicit matrix)
     */
    public static List<Partition> partitions(Problem problem, PartitionBy by) {
        return Partitioner.partition(Objects.requireNonNull(problem, "problem"), Objects.requireNonNull(by, "by"));
    }

    /**
     * The problem of one partition: its caregivers with its shifts, its visits and their patients' settings.
     *
     * @param problem
     *            the whole problem
     * @param partition
     *            one of its partitions
     * @return the partition's problem
     */
    public static Problem subProblem(Problem problem, Partition partition) {
        return Partitioner.subProblem(Objects.requireNonNull(problem, "problem"), Objects.requireNonNull(partition,
                "partition"));
    }

    /**
     * One plan of {@code problem} from the plans of its partitions, in the problem's order of shifts and visits;
     * the summary adds up the partitions' summaries ({@link #verify} recomputes the score of the whole).
     *
     * @param problem
     *            the whole problem
     * @param plans
     *            the plans of its partitions
     * @return the merged plan
     */
    public static Plan merge(Problem problem, List<Plan> plans) {
        return PartitionedSolve.merge(Objects.requireNonNull(problem, "problem"), List.copyOf(plans));
    }

    /**
     * careroute's greedy construction alone, without the search: a plan in seconds even for a region, e.g. for a
     * partition whose solve failed.
     *
     * @param problem
     *            the problem to plan
     * @return the greedy plan
     * @throws InvalidInputException
     *             when the problem is inconsistent
     */
    public Plan greedy(Problem problem) {
        check(problem, SolveOptions.defaults());
        return SolverRun.greedyHere(problem, travelSource);
    }

    private void check(Problem problem, SolveOptions options) {
        check(problem, options, null);
    }

    private void check(Problem problem, SolveOptions options, WarmStart warm) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(options, "options");
        List<InputError> errors = new ArrayList<>(ProblemValidator.validate(problem, PROBLEM_SOURCE));
        if (errors.isEmpty() && warm != null) {
            errors.addAll(warm.check(problem));
        }
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

    /**
     * What-if: the best places to insert one new or changed visit of {@code problem} into {@code plan}, best first,
     * without changing the plan. A visit the plan already has is taken out first (its place is one of the options).
     * Every position of every qualified shift is estimated by route simulation; the most promising ones get their
     * exact score change from the solver's score calculation, so the ranking agrees with {@link #solve}. For a
     * re-planned plan (with a re-planning time) the started visits stay first and nothing departs before that time.
     *
     * @param top
     *            how many places to return (at least 1)
     * @param problem
     *            the problem with the new or changed visit
     * @param plan
     *            the current plan
     * @param visitId
     *            the visit to place
     * @return the best places, best first
     * @throws InvalidInputException
     *             when the problem is inconsistent, the plan cannot belong to it, or the visit is not in the problem
     */
    public Recommendations recommend(Problem problem, Plan plan, String visitId, int top) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(visitId, "visitId");
        if (top < 1) {
            throw new IllegalArgumentException("top (" + top + ") must be at least 1.");
        }
        WarmStart warm = Recommender.warmStartFor(plan, "plan");
        check(problem, SolveOptions.defaults(), warm);
        if (problem.visits().stream().noneMatch(v -> v.id().equals(visitId))) {
            throw new InvalidInputException(List.of(new InputError(PROBLEM_SOURCE, "/visits", "Visit " + visitId
                    + " is not in the problem; add it to the visits (a new visit) or use the id of one of them.")));
        }
        return Recommender.recommend(problem, plan, visitId, top, travelSource, warm);
    }

    /**
     * Re-checks a plan against its problem independently of the solver.
     *
     * @param problem
     *            the problem
     * @param plan
     *            the plan to check
     * @return every violation and the recomputed figures
     */
    public VerificationReport verify(Problem problem, Plan plan) {
        return org.careroute.core.internal.verify.PlanVerifier.verify(problem, plan, travelSource);
    }

    /**
     * Explains a plan without the solver: the score per constraint with every match, and for each visit the plan
     * leaves out the concrete reasons, found by trying it at every position of every shift.
     *
     * @param problem
     *            the problem
     * @param plan
     *            the plan to explain
     * @return the explanation
     */
    public Explanation explain(Problem problem, Plan plan) {
        return org.careroute.core.internal.explain.PlanExplainer.explain(problem, plan, travelSource);
    }
}
