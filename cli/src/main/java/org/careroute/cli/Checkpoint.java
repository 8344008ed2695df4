package org.careroute.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

import org.careroute.core.api.SolveProgress;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/**
 * {@code solve --checkpoint FILE}: keeps the best plan found so far in FILE while the solver runs, so that a crash or
 * {@code kill -9} loses at most a few minutes of work. FILE is rewritten atomically (see {@link AtomicFile}) when the
 * solver finds a better plan and at least the interval has passed since the last write; at the end it holds the
 * final plan. It is a normal plan file: {@code verify}, {@code explain} and {@code report} read it.
 *
 * <p>
 * Checkpoints are written on the solver's thread (the plan is built from the solver's best solution, which only that
 * thread may touch), so a write pauses the search briefly, at most once per interval.
 */
final class Checkpoint {

    /** Default time between two checkpoint writes. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final Path file;
    private final Problem problem;
    private final long intervalNanos;
    private final PrintWriter err;
    private long lastWriteNanos;
    private boolean written;
    private boolean failed;

    private Checkpoint(Path file, Problem problem, Duration interval, PrintWriter err) {
        this.file = file;
        this.problem = problem;
        this.intervalNanos = interval.toNanos();
        this.err = err;
    }

    /** A checkpoint into {@code file}, or none when {@code file} is null. */
    static Checkpoint of(Path file, Problem problem, Duration interval, PrintWriter err) {
        return new Checkpoint(file, problem, interval, err);
    }

    /** Called for every new best plan: writes it when the interval has passed since the last write. */
    synchronized void offer(SolveProgress progress) {
        if (file == null || failed) {
            return;
        }
        long now = System.nanoTime();
        if (written && now - lastWriteNanos < intervalNanos) {
            return;
        }
        try {
            write(progress.plan());
        } catch (RuntimeException e) {
            // a checkpoint must never stop the solve: warn once and keep solving
            warn(ErrorHandling.describe(e));
        }
    }

    /** Writes the final plan, so that the checkpoint ends up equal to the output. */
    synchronized void finish(Plan plan) {
        if (file == null) {
            return;
        }
        failed = false;
        try {
            write(plan);
        } catch (RuntimeException e) {
            warn(ErrorHandling.describe(e));
        }
    }

    private void write(Plan plan) {
        try {
            AtomicFile.write(file, writer -> CarerouteJson.writePlan(plan, problem, writer));
            written = true;
            lastWriteNanos = System.nanoTime();
        } catch (IOException e) {
            warn(ErrorHandling.describe(e));
        }
    }

    private void warn(String reason) {
        if (!failed) {
            failed = true;
            err.println("Warning: cannot write the checkpoint " + file + " (" + reason + "); solving goes on"
                    + " without it.");
        }
    }
}
