package org.careroute.core.internal.run;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.SolveJob;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.SolveProgress;
import org.careroute.core.api.SolveResult;
import org.careroute.core.api.SolveStatistics;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.internal.construction.InfeasibilityRepair;
import org.careroute.core.internal.construction.WarmStart;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.output.ChangeReport;
import org.careroute.core.internal.output.PlanFactory;
import org.careroute.core.internal.score.CareConstraintProvider;
import org.careroute.core.internal.search.Construction;
import org.careroute.core.internal.search.SearchPhases;
import org.careroute.core.internal.travel.TravelMatrices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One solve: its own solver factory, solver and thread, so that concurrent solves share nothing. Cancellation is
 * retried until the solver has really stopped, because Timefold forgets a {@code terminateEarly()} that arrives
 * before {@code solve()} has started.
 */
public final class SolverRun implements SolveJob {

    private static final Logger LOG = LoggerFactory.getLogger(SolverRun.class);

    private final Problem problem;
    private final SolveOptions options;
    private final Consumer<SolveProgress> onBestPlan;
    private final TravelMatrixSource travelSource;
    private final WarmStart warmStart;
    private final CompletableFuture<Plan> result = new CompletableFuture<>();
    private volatile Solver<CareSchedule> solver;
    private volatile boolean cancelled;
    private volatile SolveStatistics statistics = SolveStatistics.NONE;
    private volatile Duration firstFeasibleTime;
    private boolean measured;
    private boolean greedyOnly;
    private long startedNanos;

    private SolverRun(Problem problem, SolveOptions options, Consumer<SolveProgress> onBestPlan,
            TravelMatrixSource travelSource, WarmStart warmStart) {
        this.problem = problem;
        this.options = options;
        this.onBestPlan = onBestPlan;
        this.travelSource = travelSource;
        this.warmStart = warmStart;
    }

    /** Starts a solve on a new thread. */
    public static SolverRun start(Problem problem, SolveOptions options, Consumer<SolveProgress> onBestPlan) {
        return start(problem, options, onBestPlan, null);
    }

    /** Starts a solve on a new thread; {@code travelSource} computes road matrices (may be null). */
    public static SolverRun start(Problem problem, SolveOptions options, Consumer<SolveProgress> onBestPlan,
            TravelMatrixSource travelSource) {
        return start(problem, options, onBestPlan, travelSource, null);
    }

    /** Starts a solve on a new thread from {@code warmStart}'s plan (may be null: from scratch). */
    public static SolverRun start(Problem problem, SolveOptions options, Consumer<SolveProgress> onBestPlan,
            TravelMatrixSource travelSource, WarmStart warmStart) {
        SolverRun run = new SolverRun(problem, options, onBestPlan, travelSource, warmStart);
        Thread thread = new Thread(run::runSafely, "careroute-solve-" + Integer.toHexString(System
                .identityHashCode(run)));
        thread.setDaemon(true);
        thread.start();
        return run;
    }

    /** Solves on the calling thread. */
    public static Plan solveHere(Problem problem, SolveOptions options) {
        return solveHere(problem, options, null);
    }

    /** Solves on the calling thread; {@code travelSource} computes road matrices (may be null). */
    public static Plan solveHere(Problem problem, SolveOptions options, TravelMatrixSource travelSource) {
        return solveHere(problem, options, travelSource, null);
    }

    /** Solves on the calling thread from {@code warmStart}'s plan (may be null: from scratch). */
    public static Plan solveHere(Problem problem, SolveOptions options, TravelMatrixSource travelSource,
            WarmStart warmStart) {
        return new SolverRun(problem, options, null, travelSource, warmStart).solve();
    }

    /**
     * The greedy initial routes alone, without Timefold's search: seconds even for a region, for a plan that must
     * exist when solving failed.
     */
    public static Plan greedyHere(Problem problem, TravelMatrixSource travelSource) {
        SolverRun run = new SolverRun(problem, SolveOptions.defaults(), null, travelSource, null);
        run.greedyOnly = true;
        return run.solve();
    }

    /** Solves on the calling thread and reports the solver's statistics. */
    public static SolveResult solveHereWithStatistics(Problem problem, SolveOptions options) {
        return solveHereWithStatistics(problem, options, null);
    }

    /** Solves on the calling thread with a travel source (may be null) and reports the solver's statistics. */
    public static SolveResult solveHereWithStatistics(Problem problem, SolveOptions options,
            TravelMatrixSource travelSource) {
        return solveHereWithStatistics(problem, options, travelSource, null);
    }

    /** Like {@link #solveHereWithStatistics(Problem, SolveOptions, TravelMatrixSource)}, reporting best plans. */
    public static SolveResult solveHereWithStatistics(Problem problem, SolveOptions options,
            TravelMatrixSource travelSource, Consumer<SolveProgress> onBestPlan) {
        SolverRun run = new SolverRun(problem, options, onBestPlan, travelSource, null);
        run.measured = true;
        Plan plan = run.solve();
        return new SolveResult(plan, run.statistics);
    }

    private void runSafely() {
        try {
            result.complete(solve());
        } catch (Throwable e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * Whether the schedule has visits the ruin-and-recreate phase leaves to Timefold's local search (pins; it moves
     * the parts of a visit and the visits linked by dependencies itself).
     */
    private static boolean hasLinkedVisits(CareSchedule schedule) {
        for (CareVisit visit : schedule.getVisits()) {
            if (visit.facts().pinnedCaregiverId() != null || visit.facts().pinnedStart() != CareVisit.UNSET) {
                return true;
            }
        }
        return false;
    }

    private Plan solve() {
        startedNanos = System.nanoTime();
        ScheduleFactory.Built built = ScheduleFactory.build(problem, TravelMatrices.build(problem,
                travelSource));
        CareSchedule schedule = built.schedule();
        if (warmStart != null) {
            warmStart.apply(schedule);
        }
        boolean greedy = !schedule.getVisits().isEmpty() && !schedule.getShifts().isEmpty();
        if (greedy) {
            new Construction(weight(CareConstraint.TRAVEL_TIME), weight(CareConstraint.TRAVEL_DISTANCE))
                    .withPatientCare(weight(CareConstraint.PREFERRED_CAREGIVER), weight(
                            CareConstraint.CONTINUITY_OF_CARE), weight(CareConstraint.PREFERRED_WINDOW))
                    .apply(schedule);
        }
        Duration greedyDone = sinceStart();
        SolveOptions searchOptions = searchOptions(greedyDone);
        boolean linked = hasLinkedVisits(schedule);
        SearchPhases phases = SearchPhases.forSolve(searchOptions, weight(CareConstraint.TRAVEL_TIME),
                weight(CareConstraint.TRAVEL_DISTANCE), waitingEstimateWeight(schedule, CareConstraint.WAITING_TIME),
                waitingEstimateWeight(schedule, CareConstraint.FIRST_VISIT_WAITING), fairnessEstimateWeight(),
                weight(CareConstraint.PREFERRED_WINDOW), SearchPhases.defaultMode(linked), linked);
        SolverFactory<CareSchedule> factory = SolverFactory.create(solverConfig(searchOptions)
                .withPhases(phases.configs().toArray(new PhaseConfig[0])));
        SolutionManager<CareSchedule, HardMediumSoftScore> scorer = SolutionManager.create(factory);
        if (greedy && measured && countAssigned(schedule.getShifts()) == schedule.getVisits().size()
                && scorer.update(schedule).isFeasible()) {
            firstFeasibleTime = greedyDone;
        }
        if (greedyOnly || schedule.getVisits().isEmpty() || schedule.getShifts().isEmpty() || cancelled) {
            return PlanFactory.toFinalPlan(problem, built, schedule, scorer.update(schedule), this::withChanges);
        }
        Solver<CareSchedule> newSolver = factory.buildSolver();
        if (onBestPlan != null) {
            newSolver.addEventListener(event -> {
                CareSchedule best = event.getNewBestSolution();
                HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
                int assigned = countAssigned(best.getShifts());
                onBestPlan.accept(new SolveProgress(Duration.ofMillis(event.getTimeMillisSpent()),
                        score.toString(), score.isFeasible(), assigned, best.getVisits().size() - assigned,
                        () -> PlanFactory.toPlan(problem, built, best, scorer.update(best))));
            });
        }
        newSolver.addEventListener(event -> {
            if (firstFeasibleTime == null && event.getNewBestScore().isFeasible()
                    && countAssigned(event.getNewBestSolution().getShifts()) == schedule.getVisits().size()) {
                firstFeasibleTime = sinceStart();
            }
        });
        this.solver = newSolver;
        if (cancelled) {
            startCancelWatcher();
        }
        phases.solverStarted(System.nanoTime());
        CareSchedule solved = newSolver.solve(schedule);
        statistics = statisticsOf(newSolver, phases);
        logSearchSpeed(statistics, phases.iterations(), phases.rescueIterations(), solved.getScore());
        // Rescore the returned routes: when a solve is stopped inside the construction heuristic, the best score
        // Timefold reports can belong to another state than the routes it returns.
        Duration repairBudget = options.timeLimit() == null
                ? null
                : max(Duration.ZERO, options.timeLimit().minus(sinceStart()));
        return PlanFactory.toFinalPlan(problem, built, solved, new InfeasibilityRepair(scorer, repairBudget).apply(
                solved), this::withChanges);
    }

    /** For re-planning: the plan with what changed against the published plan. */
    private Plan withChanges(Plan plan) {
        if (warmStart == null || !warmStart.tracksChanges()) {
            return plan;
        }
        return plan.withChanges(ChangeReport.of(problem, warmStart, plan));
    }

    /**
     * The options of Timefold's solve: the time limit covers the whole call (model, travel matrices and greedy
     * routes were built in {@code elapsed}), less a twentieth kept for {@link InfeasibilityRepair}, which runs after
     * Timefold; at least a tenth of the limit (or 100 ms) is left for the search. At 10 000 visits the greedy routes
     * take 20 s to 2 minutes (two busy cores), and the plan came out that late after a 5-minute limit.
     */
    private SolveOptions searchOptions(Duration elapsed) {
        Duration limit = options.timeLimit();
        if (limit == null) {
            return options;
        }
        Duration remaining = limit.minus(elapsed).minus(limit.dividedBy(20));
        Duration least = max(limit.dividedBy(10), Duration.ofMillis(100));
        // Timefold's spent limit takes whole milliseconds
        return options.withTimeLimit(Duration.ofMillis(max(remaining, least).toMillis()));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * The weight of the teams' workload balance in the ruin-and-recreate estimate: only where travel is not weighed
     * (the Bazirha-CAIE objective is waiting and balance alone). Where it is, balancing in the estimate would prefer
     * the least loaded caregiver over the nearest one: more driving and, on large region days, mandatory visits left
     * out. Timefold's score still weighs the balance in every acceptance.
     */
    private long fairnessEstimateWeight() {
        return weight(CareConstraint.TRAVEL_TIME) == 0 && weight(CareConstraint.TRAVEL_DISTANCE) == 0
                ? weight(CareConstraint.WORKLOAD_FAIRNESS)
                : 0;
    }

    /**
     * The weight of waiting in the ruin-and-recreate estimate: where visits have parts (their synchronised starts make
     * caregivers wait: the UHHC double services) or travel is not weighed. On a region day without parts, counting
     * waiting in the estimate takes the slack that evening visits need, and mandatory visits can be left out.
     */
    private long waitingEstimateWeight(CareSchedule schedule, CareConstraint rule) {
        boolean travelWeighed = weight(CareConstraint.TRAVEL_TIME) != 0 || weight(CareConstraint.TRAVEL_DISTANCE) != 0;
        boolean parts = false;
        for (CareVisit visit : schedule.getVisits()) {
            parts |= visit.facts().isPart();
        }
        return parts || !travelWeighed ? weight(rule) : 0;
    }

    private Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private SolveStatistics statisticsOf(Solver<CareSchedule> finished, SearchPhases phases) {
        if (!(finished instanceof DefaultSolver<CareSchedule> timefold)) {
            return SolveStatistics.NONE;
        }
        // each ruin-and-recreate iteration counts as one evaluated move
        return new SolveStatistics(Duration.ofMillis(timefold.getTimeMillisSpent()), timefold
                .getMoveEvaluationCount() + phases.iterations(), timefold.getScoreCalculationCount(),
                firstFeasibleTime);
    }

    /**
     * Logs how fast the search that ran went. Timefold's own "Solving ended" line counts only Timefold's moves, which
     * is 0/sec when careroute's ruin-and-recreate phase did the searching; this line counts its iterations too.
     */
    private static void logSearchSpeed(SolveStatistics statistics, long iterations, long rescueIterations,
            Object bestScore) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        double seconds = statistics.solverTime().toMillis() / 1000.0;
        long timefoldMoves = statistics.moveEvaluationCount() - iterations;
        LOG.info(String.format(Locale.ROOT, "Search ended: %.1f s, best score %s, %d moves evaluated (%d/sec):"
                + " %d ruin-and-recreate iterations (%d/sec) and %d Timefold moves (%d/sec); %d score calculations"
                + " (%d/sec).", seconds, bestScore, statistics.moveEvaluationCount(),
                statistics
                        .moveEvaluationSpeed(),
                iterations, statistics.perSecond(iterations), timefoldMoves,
                statistics.perSecond(timefoldMoves), statistics.scoreCalculationCount(), statistics
                        .scoreCalculationSpeed())
                + (rescueIterations == 0
                        ? ""
                        : String.format(Locale.ROOT, " Mandatory-visit rescues: %d iterations"
                                + " on the search's own routes.", rescueIterations)));
    }

    private long weight(CareConstraint rule) {
        return problem.constraintWeights().getOrDefault(rule.id(), rule.defaultWeight());
    }

    private static int countAssigned(List<CareShift> shifts) {
        int count = 0;
        for (CareShift shift : shifts) {
            count += shift.getVisits().size();
        }
        return count;
    }

    public static SolverConfig solverConfig(SolveOptions options) {
        TerminationConfig termination = new TerminationConfig();
        if (options.timeLimit() != null) {
            termination.withSpentLimit(options.timeLimit());
        }
        if (options.unimprovedTimeLimit() != null) {
            termination.withUnimprovedSpentLimit(options.unimprovedTimeLimit());
        }
        if (options.targetScore() != null) {
            termination.withBestScoreLimit(options.targetScore());
        }
        if (options.moveCountLimit() != null) {
            termination.withMoveCountLimit(options.moveCountLimit());
        }
        EnvironmentMode mode = switch (options.assertionMode()) {
            case NONE -> EnvironmentMode.NO_ASSERT;
            case DEFAULT -> EnvironmentMode.PHASE_ASSERT;
            case FULL -> EnvironmentMode.FULL_ASSERT;
        };
        return new SolverConfig()
                .withSolutionClass(CareSchedule.class)
                .withEntityClasses(CareShift.class, CareVisit.class)
                .withConstraintProviderClass(CareConstraintProvider.class)
                .withEnvironmentMode(mode)
                .withRandomSeed(options.seed())
                .withTerminationConfig(termination);
    }

    @Override
    public CompletableFuture<Plan> result() {
        return result;
    }

    @Override
    public void cancel() {
        cancelled = true;
        if (solver != null) {
            startCancelWatcher();
        }
    }

    private void startCancelWatcher() {
        Thread watcher = new Thread(() -> {
            while (!result.isDone()) {
                Solver<CareSchedule> current = solver;
                if (current != null) {
                    current.terminateEarly();
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "careroute-cancel");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }
}
