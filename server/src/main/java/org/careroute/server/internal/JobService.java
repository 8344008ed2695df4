package org.careroute.server.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.Planner;
import org.careroute.core.api.Replanning;
import org.careroute.core.api.SolveJob;
import org.careroute.core.api.SolveProgress;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.server.ServerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs: accepts submissions while fewer than {@code maxConcurrentSolves + queueCapacity} are queued or solving,
 * runs at most {@code maxConcurrentSolves} at once in submission order, keeps every state change and the best plan
 * in the data directory, and on start-up takes back the jobs a stopped (or killed) service left: queued ones wait
 * again, a solve that was running continues from its best plan, a re-planning that was running is marked
 * {@code interrupted} with its best plan (re-planning from scratch would lose what it had found).
 */
public final class JobService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    private static final java.security.SecureRandom IDS = new java.security.SecureRandom();

    private final JobStore store;
    private final Planner planner;
    private final ServerOptions options;
    /** Every job by id; read without the lock, so that polling never waits for a disk write. */
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Deque<Job> queue = new ArrayDeque<>();
    private final List<Job> solving = new ArrayList<>();
    private boolean closing;
    /** Submissions accepted into the queue's capacity whose files are being written. */
    private int storing;
    private int recovered;

    JobService(JobStore store, Planner planner, ServerOptions options) {
        this.store = store;
        this.planner = planner;
        this.options = options;
    }

    /** The jobs of the data directory, taken back (see {@link #recover}). */
    public static JobService open(ServerOptions options, Planner planner) throws IOException {
        JobService service = new JobService(new JobStore(options.dataDir()), planner, options);
        service.recover();
        return service;
    }

    Planner planner() {
        return planner;
    }

    /** Takes back the jobs in the data directory; returns how many were queued or solving. */
    synchronized int recover() throws IOException {
        for (JobStore.Stored stored : store.loadAll()) {
            JobRecord record = stored.record();
            Job job = new Job(record, stored.problem(), stored.published(), stored.best());
            jobs.put(record.id(), job);
            if (JobStatus.FINAL.contains(record.status())) {
                continue;
            }
            recovered++;
            boolean wasSolving = JobStatus.SOLVING.equals(record.status());
            if (wasSolving && JobRecord.REPLAN.equals(record.kind()) && stored.best() != null) {
                update(job, record.recovered(JobStatus.INTERRUPTED, "The service stopped while re-planning; the best"
                        + " plan found until then is kept. Submit the re-planning again to continue."));
            } else {
                update(job, record.recovered(JobStatus.QUEUED, wasSolving
                        ? "The service stopped while solving; continued from the best plan found until then."
                        : null));
                queue.add(job);
            }
        }
        startWaiting();
        return recovered;
    }

    public synchronized int recoveredJobs() {
        return recovered;
    }

    Job submitSolve(Problem problem, JobOptions jobOptions) {
        return submit(JobRecord.SOLVE, problem, jobOptions, null, null);
    }

    /** A re-planning of {@code base}'s best plan; the plan is checked against the problem before it is queued. */
    Job submitReplan(Job base, Problem problem, JobOptions jobOptions) {
        Plan published = base.bestPlan();
        if (published == null) {
            throw ApiProblem.of(409, "no-plan-yet", "No plan yet", "Job " + base.id() + " has no plan yet to"
                    + " re-plan from; wait until its first plan (GET /v1/plans/" + base.id() + ").");
        }
        List<org.careroute.core.api.InputError> errors = planner.validate(problem, replanning(published,
                jobOptions));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return submit(JobRecord.REPLAN, problem, jobOptions, published, base.id());
    }

    private static Replanning replanning(Plan published, JobOptions jobOptions) {
        return new Replanning(published, "plan", jobOptions.now(), jobOptions.changeTolerance());
    }

    private Job submit(String kind, Problem problem, JobOptions jobOptions, Plan published, String replanOf) {
        synchronized (this) {
            if (closing) {
                throw ApiProblem.of(503, "stopping", "Service stopping", "The service is stopping; submit again"
                        + " when it is back.");
            }
            if (solving.size() + queue.size() + storing >= options.maxConcurrentSolves() + options
                    .queueCapacity()) {
                throw ApiProblem.queueFull(solving.size(), queue.size() + storing, retryAfterSeconds());
            }
            storing++;
        }
        String id = HexFormat.of().formatHex(randomBytes());
        JobRecord record = new JobRecord(id, kind, JobStatus.QUEUED, Instant.now().toString(), null, null,
                jobOptions, replanOf, problem.name(), problem.visits().size(), null, null, null, null, null, null, 0);
        Job job = new Job(record, problem, published, null);
        try {
            // stored before it is acknowledged, outside the lock (the files are forced to disk): never lost
            store.create(record, problem, published);
        } finally {
            synchronized (this) {
                storing--;
            }
        }
        synchronized (this) {
            jobs.put(id, job);
            queue.add(job);
            startWaiting();
        }
        return job;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        IDS.nextBytes(bytes);
        return bytes;
    }

    /** Seconds until a solver is expected to be free: the shortest time left of the running solves. */
    private long retryAfterSeconds() {
        long now = System.nanoTime();
        long best = 60;
        for (Job job : solving) {
            long leftNanos = job.record().options().timeLimit().toNanos() - (now - job.startedNanos());
            best = Math.min(best, TimeUnit.NANOSECONDS.toSeconds(leftNanos) + 1);
        }
        return Math.max(1, best);
    }

    Job get(String id) {
        return jobs.get(id);
    }

    /** Every job, oldest first. */
    List<Job> list() {
        return jobs.values().stream()
                .sorted(Comparator.comparing((Job job) -> Instant.parse(job.record().created())).thenComparing(
                        Job::id))
                .toList();
    }

    synchronized int solvingCount() {
        return solving.size();
    }

    synchronized int queuedCount() {
        return queue.size();
    }

    synchronized boolean closing() {
        return closing;
    }

    synchronized boolean accepting() {
        return !closing && solving.size() + queue.size() + storing < options.maxConcurrentSolves() + options
                .queueCapacity();
    }

    /**
     * Stops a job: a queued one is cancelled at once, a solving one stops and keeps its best plan (this waits up to
     * {@code wait} for that plan).
     */
    Job cancel(Job job, Duration wait) {
        SolveJob running;
        synchronized (this) {
            String status = job.record().status();
            if (JobStatus.FINAL.contains(status)) {
                return job;
            }
            job.requestCancel();
            if (queue.remove(job)) {
                update(job, job.record().finished(JobStatus.CANCELLED, Instant.now().toString(),
                        "Cancelled before it started."));
                publishStatus(job);
                return job;
            }
            running = job.running();
        }
        if (running != null) {
            running.cancel();
            try {
                job.awaitEnd(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return job;
    }

    private void startWaiting() {
        while (!closing && solving.size() < options.maxConcurrentSolves() && !queue.isEmpty()) {
            Job job = queue.poll();
            solving.add(job);
            start(job);
        }
    }

    private void start(Job job) {
        JobRecord record = job.record();
        JobOptions jobOptions = record.options();
        update(job, record.started(Instant.now().toString()));
        publishStatus(job);
        try {
            SolveJob solve;
            Plan start = job.keptPlan();
            if (JobRecord.REPLAN.equals(record.kind())) {
                solve = planner.replanAsync(job.problem(), replanning(job.published(), jobOptions), jobOptions
                        .solveOptions(), progress -> onProgress(job, progress));
            } else if (start != null) {
                solve = planner.solveAsync(job.problem(), start, jobOptions.solveOptions(), progress -> onProgress(
                        job, progress));
            } else {
                solve = planner.solveAsync(job.problem(), jobOptions.solveOptions(), progress -> onProgress(job,
                        progress));
            }
            job.running(solve);
            solve.result().whenComplete((plan, error) -> finish(job, plan, error));
        } catch (RuntimeException e) {
            solving.remove(job);
            fail(job, e);
        }
    }

    private void onProgress(Job job, SolveProgress progress) {
        job.progress(progress);
        long millis = progress.elapsed().toMillis();
        JobRecord record = job.record().progress(progress.score(), progress.feasible(), progress.assignedVisits(),
                progress.unassignedVisits(), millis);
        job.record(record);
        if (job.checkpointDue(options.checkpointInterval().toNanos())) {
            try {
                store.writePlan(job.id(), progress.plan(), job.problem());
                store.writeRecord(record);
            } catch (RuntimeException e) {
                LOG.warn("Job {}: cannot keep the best plan so far: {}", job.id(), e.getMessage());
            }
        }
        if (job.eventDue()) {
            job.publish(new Job.JobEvent("progress", JobJson.progress(record)));
        }
    }

    private void finish(Job job, Plan plan, Throwable error) {
        synchronized (this) {
            solving.remove(job);
            try {
                if (error != null) {
                    fail(job, error instanceof CompletionException && error.getCause() != null
                            ? error.getCause()
                            : error);
                } else {
                    job.keep(plan);
                    JobRecord record = job.record().progress(plan.score(), plan.summary().feasible(), plan.summary()
                            .assignedVisits(), plan.summary().unassignedVisits(),
                            job.record()
                                    .elapsedMillis() == null ? 0L : job.record().elapsedMillis());
                    store.writePlan(job.id(), plan, job.problem());
                    if (closing && !job.cancelRequested()) {
                        // stopped by the shutdown: left as solving, so that the next start continues it
                        store.writeRecord(record);
                        job.record(record);
                    } else {
                        update(job, record.finished(job.cancelRequested() ? JobStatus.CANCELLED : JobStatus.DONE,
                                Instant.now().toString(), job.cancelRequested()
                                        ? "Stopped on request; the best plan found until then is kept."
                                        : null));
                        publishStatus(job);
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("Job {}: cannot store the result", job.id(), e);
            } finally {
                job.ended();
                startWaiting();
                notifyAll();
            }
        }
    }

    private void fail(Job job, Throwable error) {
        String message = error instanceof InvalidInputException invalid
                ? "Invalid input: " + String.join(" ", invalid.errors().stream().map(Object::toString).toList())
                : "The solve failed: " + error;
        if (!(error instanceof InvalidInputException)) {
            LOG.error("Job {} failed", job.id(), error);
        }
        try {
            update(job, job.record().finished(JobStatus.FAILED, Instant.now().toString(), message));
        } catch (RuntimeException e) {
            LOG.error("Job {}: cannot store its failure", job.id(), e);
        }
        publishStatus(job);
    }

    private void update(Job job, JobRecord record) {
        job.record(record);
        store.writeRecord(record);
    }

    private static void publishStatus(Job job) {
        job.publish(new Job.JobEvent("status", JobJson.progress(job.record())));
    }

    /**
     * Stops taking jobs, stops the running solves, keeps their best plans and leaves them {@code solving} (and the
     * queued ones {@code queued}) on disk, so that the next start continues them.
     */
    @Override
    public void close() {
        Collection<Job> running;
        synchronized (this) {
            closing = true;
            running = List.copyOf(solving);
        }
        running.forEach(job -> {
            SolveJob solve = job.running();
            if (solve != null) {
                solve.cancel();
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (this) {
            while (!solving.isEmpty() && System.nanoTime() < deadline) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
