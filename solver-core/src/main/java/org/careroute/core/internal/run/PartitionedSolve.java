package org.careroute.core.internal.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import org.careroute.core.api.Partition;
import org.careroute.core.api.SolveJob;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrixSource;

/**
 * Solves the partitions of a problem ({@link Partitioner}) independently, at most {@code threads} at a time, and
 * merges their plans. Each partition is an ordinary careroute solve with its own travel matrix, so memory grows
 * with the square of the largest partition instead of the whole problem.
 *
 * <p>
 * Time limits are shared out: with {@code P} partitions on {@code T} threads the partitions run in
 * {@code ceil(P / T)} waves and each gets the time limit divided by the number of waves, so the whole solve keeps
 * to the limit. Move-count limits and seeds apply to each partition as given (reproducible). The merged score is the
 * sum of the partitions' scores: every rule careroute has is local to a shift, a visit or a patient, and a patient's
 * visits are never split.
 */
public final class PartitionedSolve implements SolveJob {

    private final Problem problem;
    private final List<Partition> partitions;
    private final SolveOptions options;
    private final int threads;
    private final TravelMatrixSource travelSource;
    private final CompletableFuture<Plan> result = new CompletableFuture<>();
    private final List<SolverRun> runs = new ArrayList<>();
    private volatile boolean cancelled;

    private PartitionedSolve(Problem problem, SolveOptions options, int threads, TravelMatrixSource travelSource) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be at least 1.");
        }
        this.problem = problem;
        this.partitions = Partitioner.partition(problem);
        this.options = options;
        this.threads = threads;
        this.travelSource = travelSource;
    }

    /** Starts the partitions on background threads and returns at once. */
    public static PartitionedSolve start(Problem problem, SolveOptions options, int threads,
            TravelMatrixSource travelSource) {
        PartitionedSolve solve = new PartitionedSolve(problem, options, threads, travelSource);
        Thread coordinator = new Thread(solve::runSafely, "careroute-partitions");
        coordinator.setDaemon(true);
        coordinator.start();
        return solve;
    }

    public List<Partition> partitions() {
        return partitions;
    }

    private void runSafely() {
        try {
            result.complete(run());
        } catch (Throwable e) {
            result.completeExceptionally(e);
        }
    }

    private Plan run() throws InterruptedException {
        SolveOptions perPartition = perPartitionOptions();
        Semaphore slots = new Semaphore(threads);
        List<CompletableFuture<Plan>> plans = new ArrayList<>();
        for (Partition partition : partitions) {
            slots.acquire();
            SolverRun run = SolverRun.start(Partitioner.subProblem(problem, partition), perPartition, null,
                    travelSource);
            synchronized (runs) {
                runs.add(run);
            }
            if (cancelled) {
                run.cancel();
            }
            plans.add(run.result().whenComplete((plan, failure) -> slots.release()));
        }
        List<Plan> done = new ArrayList<>();
        for (CompletableFuture<Plan> plan : plans) {
            done.add(plan.join());
        }
        return merge(problem, done);
    }

    private SolveOptions perPartitionOptions() {
        int waves = Math.max(1, (partitions.size() + threads - 1) / threads);
        Duration timeLimit = options.timeLimit() == null ? null : options.timeLimit().dividedBy(waves);
        if (timeLimit != null && timeLimit.isZero()) {
            timeLimit = Duration.ofMillis(1);
        }
        return new SolveOptions(timeLimit, options.unimprovedTimeLimit(), null, options.moveCountLimit(), options
                .seed(), options.assertionMode());
    }

    /**
     * One plan in the problem's order of shifts and visits, with the partitions' summaries added up (the exact score
     * when the partitions split no patient; {@link org.careroute.core.api.Planner#verify} recomputes it).
     */
    public static Plan merge(Problem problem, List<Plan> plans) {
        Map<String, ShiftPlan> shiftPlans = new HashMap<>();
        Map<String, UnassignedVisit> unassigned = new HashMap<>();
        long hard = 0;
        long medium = 0;
        long soft = 0;
        int assigned = 0;
        long travel = 0;
        long distance = 0;
        long waiting = 0;
        int used = 0;
        for (Plan plan : plans) {
            plan.shifts().forEach(s -> shiftPlans.put(s.shiftId(), s));
            plan.unassignedVisits().forEach(u -> unassigned.put(u.visitId(), u));
            PlanSummary s = plan.summary();
            hard += s.hardScore();
            medium += s.mediumScore();
            soft += s.softScore();
            assigned += s.assignedVisits();
            travel += s.totalTravelSeconds();
            distance += s.totalDistanceMeters();
            waiting += s.totalWaitingSeconds();
            used += s.usedShifts();
        }
        List<ShiftPlan> shifts = new ArrayList<>();
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                ShiftPlan plan = shiftPlans.get(shift.id());
                if (plan != null) {
                    shifts.add(plan);
                }
            }
        }
        List<UnassignedVisit> left = new ArrayList<>();
        for (Visit visit : problem.visits()) {
            UnassignedVisit u = unassigned.get(visit.id());
            if (u != null) {
                left.add(u);
            }
        }
        PlanSummary summary = new PlanSummary(hard, medium, soft, hard == 0, assigned, left.size(), travel, distance,
                waiting, used);
        String score = String.format(Locale.ROOT, "%dhard/%dmedium/%dsoft", hard, medium, soft);
        return new Plan(problem.name(), score, summary, shifts, left);
    }

    @Override
    public CompletableFuture<Plan> result() {
        return result;
    }

    @Override
    public void cancel() {
        cancelled = true;
        synchronized (runs) {
            runs.forEach(SolverRun::cancel);
        }
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }
}
