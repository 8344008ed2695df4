package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.careroute.core.api.SolveProgress;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    private final StringWriter err = new StringWriter();

    @Test
    void firstBestPlan_isPrintedAsAPlainLine() {
        try (ProgressDisplay display = open(false)) {
            display.update(progress("0hard/-3medium/-5000soft", false, 4, 2));
        }

        assertThat(err.toString()).contains("0:00 / 0:30  INFEASIBLE  best 0hard/-3medium/-5000soft  4 assigned,"
                + " 2 unassigned").doesNotContain("\r");
    }

    @Test
    void feasibilityChange_isPrintedAtOnce() {
        try (ProgressDisplay display = open(false)) {
            display.update(progress("-10hard/0medium/-5000soft", false, 6, 0));
            display.update(progress("0hard/0medium/-5200soft", true, 6, 0));
        }

        assertThat(err.toString().lines()).hasSize(2);
        assertThat(err.toString()).contains("feasible  best 0hard/0medium/-5200soft  6 assigned, 0 unassigned");
    }

    @Test
    void quiet_printsNoProgressButStillPrintsMessages() {
        try (ProgressDisplay display = ProgressDisplay.open(new Verbosity(true, false, false),
                new PrintWriter(err, true),
                Duration.ofSeconds(30), false)) {
            display.update(progress("0hard/0medium/-5000soft", true, 6, 0));
            display.message("Ctrl-C: stopping");
        }

        assertThat(err.toString()).isEqualTo("Ctrl-C: stopping" + System.lineSeparator());
    }

    @Test
    void withoutTimeLimit_showsElapsedTimeOnly() {
        try (ProgressDisplay display = ProgressDisplay.open(Verbosity.NORMAL, new PrintWriter(err, true),
                null, false)) {
            display.update(progress("0hard/0medium/-5000soft", true, 6, 0));
        }

        assertThat(err.toString()).startsWith("0:00  feasible  best ");
    }

    @Test
    void onATerminal_redrawsOneLineInPlaceCutToTheWidth() {
        System.setProperty(Terminal.COLUMNS_PROPERTY, "40");
        try (ProgressDisplay display = open(true)) {
            display.update(progress("0hard/0medium/-123456789soft", true, 600, 0));
            display.message("a warning");
        } finally {
            System.clearProperty(Terminal.COLUMNS_PROPERTY);
        }

        String shown = err.toString();
        assertThat(shown).contains("\r\033[K").contains("a warning" + System.lineSeparator()).endsWith(
                System.lineSeparator());
        for (String drawn : shown.split("\r\033\\[K")) {
            assertThat(drawn.strip()).hasSizeLessThan(40);
        }
        assertThat(shown).contains("feasible  best 0hard/0medi");
    }

    private ProgressDisplay open(boolean terminal) {
        return ProgressDisplay.open(Verbosity.NORMAL, new PrintWriter(err, true), Duration.ofSeconds(30),
                terminal);
    }

    private static SolveProgress progress(String score, boolean feasible, int assigned, int unassigned) {
        return new SolveProgress(Duration.ofSeconds(1), score, feasible, assigned, unassigned, () -> {
            throw new AssertionError("the display must not build the plan");
        });
    }
}
