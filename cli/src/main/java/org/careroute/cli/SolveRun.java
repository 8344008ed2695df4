package org.careroute.cli;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveJob;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.SolveProgress;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/**
 * One asynchronous solve with Ctrl-C handling. On SIGINT (Ctrl-C) or SIGTERM (kill) the JVM runs the shutdown hook
 * registered here: it cancels the job and then waits until the command has written the best plan and printed its
 * summary ({@link #finish()}), so the JVM only exits (with status 130, or 143 for SIGTERM) once the output file is
 * complete.
 */
final class SolveRun {

    private final ProgressDisplay display;
    private final Thread shutdownHook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private SolveJob job;
    private boolean interrupted;

    private SolveRun(ProgressDisplay display) {
        this.display = display;
        this.shutdownHook = new Thread(this::onShutdown, "careroute-interrupt");
    }

    /** Starts solving; the caller must call {@link #finish()} in a {@code finally} block. */
    static SolveRun start(Planner planner, Problem problem, SolveOptions options, ProgressDisplay display) {
        return start(planner, problem, options, display, progress -> {
        });
    }

    /** As {@link #start(Planner, Problem, SolveOptions, ProgressDisplay)}; {@code onBest} also sees every best plan. */
    static SolveRun start(Planner planner, Problem problem, SolveOptions options, ProgressDisplay display,
            Consumer<SolveProgress> onBest) {
        return start(display, onBest, progress -> planner.solveAsync(problem, options, progress));
    }

    /**
     * Starts the job {@code starter} begins with a progress callback (e.g. a re-planning or a warm start); the
     * display and {@code onBest} (e.g. a checkpoint) see every best plan. The caller must call {@link #finish()}.
     */
    static SolveRun start(ProgressDisplay display, Consumer<SolveProgress> onBest,
            Function<Consumer<SolveProgress>, SolveJob> starter) {
        return start(display, () -> starter.apply(progress -> {
            display.update(progress);
            onBest.accept(progress);
        }));
    }

    /** Starts the job {@code starter} returns (e.g. a partitioned solve); the caller must call {@link #finish()}. */
    static SolveRun start(ProgressDisplay display, Supplier<SolveJob> starter) {
        SolveRun run = new SolveRun(display);
        Runtime.getRuntime().addShutdownHook(run.shutdownHook);
        try {
            run.begin(starter);
        } catch (RuntimeException | Error e) {
            run.finish();
            throw e;
        }
        return run;
    }

    private synchronized void begin(Supplier<SolveJob> starter) {
        job = starter.get();
    }

    /** Blocks until the solve ends (a termination, or Ctrl-C) and returns the best plan. */
    Plan awaitPlan() {
        try {
            return job.result().join();
        } catch (CompletionException e) {
            Throwable cause = ErrorHandling.unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        } finally {
            display.close();
        }
    }

    synchronized boolean interrupted() {
        return interrupted;
    }

    /** Stops the progress display and lets a pending Ctrl-C shutdown proceed. */
    void finish() {
        display.close();
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook is running (Ctrl-C): it returns now that the output is written
        }
    }

    private void onShutdown() {
        synchronized (this) {
            interrupted = true;
            if (job != null) {
                job.cancel();
            }
        }
        display.message("Stopping (Ctrl-C or kill): writing the best plan found so far...");
        boolean done = false;
        while (!done) {
            try {
                finished.await();
                done = true;
            } catch (InterruptedException e) {
                // keep waiting: exiting now would lose the plan
            }
        }
    }
}
