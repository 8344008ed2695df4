package org.careroute.server.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.careroute.core.api.SolveJob;
import org.careroute.core.api.SolveProgress;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/** One job in memory: its problem, its state as stored, its best plan, the running solve and the event listeners. */
final class Job {

    private final Problem problem;
    private final Plan published;
    private final List<Consumer<JobEvent>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private JobRecord record;
    private Plan best;
    private SolveProgress latest;
    private SolveJob running;
    private boolean cancelRequested;
    private long startedNanos;
    private long lastCheckpointNanos;
    private boolean firstCheckpoint;
    private long lastEventNanos;

    Job(JobRecord record, Problem problem, Plan published, Plan best) {
        this.record = record;
        this.problem = problem;
        this.published = published;
        this.best = best;
    }

    /** An event for the job's listeners (server-sent events). */
    record JobEvent(String name, com.fasterxml.jackson.databind.node.ObjectNode data) {
    }

    String id() {
        return record.id();
    }

    Problem problem() {
        return problem;
    }

    Plan published() {
        return published;
    }

    synchronized JobRecord record() {
        return record;
    }

    synchronized void record(JobRecord newRecord) {
        this.record = newRecord;
    }

    /** The best plan so far: the latest the solver reported, else the last one kept; null before the first. */
    Plan bestPlan() {
        SolveProgress progress;
        synchronized (this) {
            progress = latest;
            if (progress == null) {
                return best;
            }
        }
        return progress.plan();
    }

    synchronized Plan keptPlan() {
        return best;
    }

    synchronized void keep(Plan plan) {
        this.best = plan;
        this.latest = null;
    }

    synchronized void progress(SolveProgress progress) {
        this.latest = progress;
    }

    synchronized SolveJob running() {
        return running;
    }

    synchronized void running(SolveJob solve) {
        this.running = solve;
        this.startedNanos = System.nanoTime();
        this.firstCheckpoint = true;
    }

    synchronized long startedNanos() {
        return startedNanos;
    }

    synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    synchronized void requestCancel() {
        this.cancelRequested = true;
    }

    /** Whether a checkpoint is due now (always for the first plan of a solve); if so, the interval starts again. */
    synchronized boolean checkpointDue(long intervalNanos) {
        long now = System.nanoTime();
        if (!firstCheckpoint && now - lastCheckpointNanos < intervalNanos) {
            return false;
        }
        firstCheckpoint = false;
        lastCheckpointNanos = now;
        return true;
    }

    /** Whether a progress event may be sent now (at most five a second). */
    synchronized boolean eventDue() {
        long now = System.nanoTime();
        if (now - lastEventNanos < 200_000_000L) {
            return false;
        }
        lastEventNanos = now;
        return true;
    }

    /** Marks the end of the running solve (its state is stored). */
    void ended() {
        ended.countDown();
    }

    /** Waits until the running solve has ended and its state is stored; false when it took longer. */
    boolean awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    void listen(Consumer<JobEvent> listener) {
        listeners.add(listener);
    }

    void unlisten(Consumer<JobEvent> listener) {
        listeners.remove(listener);
    }

    void publish(JobEvent event) {
        listeners.forEach(listener -> listener.accept(event));
    }
}
