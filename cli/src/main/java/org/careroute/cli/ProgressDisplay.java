package org.careroute.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.careroute.core.api.SolveProgress;

/**
 * Shows how a solve is going on stderr. On a terminal: one line, redrawn in place every second (carriage return
 * and erase-line, cut to the terminal width), that log lines and messages push up rather than garble. Otherwise
 * (CI logs, files): plain lines, at most one every {@value #LINE_INTERVAL_SECONDS} s, plus one whenever
 * feasibility changes or (at most once a second) the number of unassigned visits changes. Quiet: nothing.
 *
 * <p>
 * Thread-safe: the solver thread reports new best plans, a ticker thread redraws, the main thread writes messages.
 */
final class ProgressDisplay implements AutoCloseable {

    static final long LINE_INTERVAL_SECONDS = 5;
    private static final String ERASE_LINE = "\r\033[K";

    private enum Mode {
        OFF, TERMINAL, LINES
    }

    private record Best(String score, boolean feasible, int assigned, int unassigned) {
    }

    private final Mode mode;
    private final PrintWriter err;
    private final Duration limit;
    private final int columns = Terminal.columns();
    private final long startNanos = System.nanoTime();
    private Best best;
    private long lastLineNanos = startNanos;
    private boolean lineShown;
    private ScheduledExecutorService ticker;
    private PrintStream replacedSystemErr;

    private ProgressDisplay(Mode mode, PrintWriter err, Duration limit) {
        this.mode = mode;
        this.err = err;
        this.limit = limit;
    }

    /**
     * @param limit
     *            the time limit shown next to the elapsed time, or {@code null}
     */
    static ProgressDisplay open(Verbosity verbosity, PrintWriter err, Duration limit, boolean terminal) {
        Mode mode = verbosity.quiet() ? Mode.OFF : terminal ? Mode.TERMINAL : Mode.LINES;
        ProgressDisplay display = new ProgressDisplay(mode, err, limit);
        if (mode == Mode.TERMINAL) {
            display.startTicker();
        }
        return display;
    }

    private void startTicker() {
        // Log lines (logback writes to System.err) first erase the progress line, so it never gets garbled.
        replacedSystemErr = System.err;
        System.setErr(new PrintStream(new EraseLineFirst(replacedSystemErr), true));
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "careroute-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::redraw, 0, 1, TimeUnit.SECONDS);
    }

    /** Called on the solver thread for every new best plan. */
    synchronized void update(SolveProgress progress) {
        Best previous = best;
        best = new Best(progress.score(), progress.feasible(), progress.assignedVisits(),
                progress.unassignedVisits());
        switch (mode) {
            case TERMINAL -> redraw();
            case LINES -> {
                long now = System.nanoTime();
                long sinceLast = now - lastLineNanos;
                boolean feasibilityChanged = previous == null || previous.feasible() != best.feasible();
                boolean unassignedChanged = previous != null && previous.unassigned() != best.unassigned()
                        && sinceLast >= TimeUnit.SECONDS.toNanos(1);
                if (feasibilityChanged || unassignedChanged || sinceLast >= TimeUnit.SECONDS.toNanos(
                        LINE_INTERVAL_SECONDS)) {
                    err.println(describe());
                    err.flush();
                    lastLineNanos = now;
                }
            }
            case OFF -> {
            }
        }
    }

    /** Prints a line (warnings, interruption notices) above the progress line; shown even when quiet. */
    synchronized void message(String line) {
        eraseLine();
        err.println(line);
        err.flush();
        redraw();
    }

    private synchronized void redraw() {
        if (mode != Mode.TERMINAL || ticker == null) {
            return;
        }
        // A wrapped line could not be erased with a carriage return: keep it one character short of the width.
        String line = describe();
        err.print(ERASE_LINE + (line.length() < columns ? line : line.substring(0, columns - 1)));
        err.flush();
        lineShown = true;
    }

    private synchronized void eraseLine() {
        if (lineShown) {
            err.print(ERASE_LINE);
            err.flush();
            lineShown = false;
        }
    }

    private String describe() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        String time = limit == null ? Formats.clock(elapsed) : Formats.clock(elapsed) + " / " + Formats.clock(limit);
        if (best == null) {
            return time + "  building the first plan...";
        }
        return String.format(Locale.ROOT, "%s  %s  best %s  %d assigned, %d unassigned", time,
                best.feasible() ? "feasible" : "INFEASIBLE", best.score(), best.assigned(), best.unassigned());
    }

    /** Stops redrawing; on a terminal the last state stays visible on its own line. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            redraw();
            ticker = null;
            err.println();
            err.flush();
            lineShown = false;
            System.setErr(replacedSystemErr);
        }
    }

    /** Erases the progress line before anything else reaches stderr. */
    private final class EraseLineFirst extends OutputStream {

        private final PrintStream target;

        EraseLineFirst(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            synchronized (ProgressDisplay.this) {
                eraseLine();
                target.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (ProgressDisplay.this) {
                eraseLine();
                target.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
