package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careroute.core.api.Planner;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * No lost plans: real {@code careroute solve} processes (child JVMs) with {@code --checkpoint} are killed at seeded
 * random moments (two thirds of them after a first checkpoint, while solving; the others at any moment of start-up),
 * alternately with SIGTERM (which writes the best plan) and SIGKILL (which cannot be caught). Afterwards the output
 * and the checkpoint are each either the previous file, byte for byte, or a complete new plan that parses and that
 * the independent verifier scores exactly as the plan says. The test fails when a kill does not land: no first
 * checkpoint before a kill meant for a running solve, a child that ended before its signal, or an exit code that is
 * not the signal's. The system property {@code careroute.kills} raises the
 * number of kills for a longer soak.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Tag("slow")
class KillTest {

    private static final int KILLS = Integer.getInteger("careroute.kills", 6);
    private static final Planner PLANNER = Planner.create();

    @TempDir
    Path dir;

    @Test
    void solveKilledAtRandomMoments_leavesOldOrCompletePlans() throws IOException, InterruptedException {
        Problem problem = TestProblems.random(31, 60, 5);
        Path problemFile = dir.resolve("problem.json");
        StringWriter json = new StringWriter();
        CarerouteJson.writeProblem(problem, json);
        Files.writeString(problemFile, json.toString());
        Path plan = dir.resolve("plan.json");
        Path checkpoint = dir.resolve("checkpoint.json");
        Cli.Result first = Cli.run("solve", problemFile.toString(), "-o", plan.toString(), "--move-count-limit", "500",
                "-q");
        assertThat(first.exitCode()).as(first.toString()).isZero();

        Random random = new Random(20261123);
        int terms = 0;
        int newPlans = 0;
        int newCheckpoints = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            byte[] oldPlan = Files.readAllBytes(plan);
            byte[] oldCheckpoint = Files.exists(checkpoint) ? Files.readAllBytes(checkpoint) : null;
            Process solve = ChildCli.start(dir, "solve-" + kill, List.of(), "solve", problemFile.toString(), "-o",
                    plan.toString(), "--checkpoint", checkpoint.toString(), "--checkpoint-interval", "100ms",
                    "--time-limit", "10m", "--seed", String.valueOf(kill));
            boolean term = kill % 2 == 0;
            String signal = term ? "SIGTERM" : "SIGKILL";
            if (kill % 3 != 2) {
                // most kills while solving (after a first checkpoint), the rest at any moment of start-up
                assertThat(awaitCheckpoint(checkpoint, oldCheckpoint, solve)).as(
                        "kill %d: a first checkpoint while solving, before the %s; child stderr:%n%s", kill, signal,
                        childErr(kill)).isTrue();
            }
            Thread.sleep(random.nextInt(3_000));
            // a kill must land: the child (time limit 10 minutes) is still running when the signal is sent
            assertThat(solve.isAlive()).as("kill %d: the child is still solving when the %s is sent; it ended with"
                    + " exit %s; stderr:%n%s", kill, signal, solve.isAlive() ? "-" : solve.exitValue(),
                    childErr(
                            kill))
                    .isTrue();
            if (term) {
                solve.destroy();
                terms++;
            } else {
                solve.destroyForcibly();
            }
            if (!solve.waitFor(2, TimeUnit.MINUTES)) {
                solve.destroyForcibly().waitFor();
            }
            String what = "kill " + kill + " (" + signal + ", exit " + solve.exitValue() + ")";
            // 128 + the signal: the signal ended the child (after SIGTERM, once the plan was written)
            assertThat(solve.exitValue()).as("%s; stderr:%n%s", what, childErr(kill)).isEqualTo(term ? 143 : 137);
            newPlans += oldOrComplete(plan, oldPlan, problem, what) ? 0 : 1;
            newCheckpoints += oldOrComplete(checkpoint, oldCheckpoint, problem, what) ? 0 : 1;
        }
        assertThat(newCheckpoints).as("kills after a first checkpoint left new checkpoints").isPositive();
        System.out.printf("kill test: %d kills survived (%d SIGTERM, %d SIGKILL): %d new plans, %d new checkpoints,"
                + " the rest unchanged; %d temporary files left by SIGKILL%n", KILLS, terms, KILLS - terms, newPlans,
                newCheckpoints, temporaryFiles());
    }

    /**
     * Waits until the child has written a new checkpoint: true when it has, false when the child ended first or
     * wrote none in two minutes.
     */
    private static boolean awaitCheckpoint(Path checkpoint, byte[] old, Process solve) throws InterruptedException {
        for (int i = 0; i < 6_000 && solve.isAlive(); i++) {
            try {
                if (Files.exists(checkpoint) && !Arrays.equals(Files.readAllBytes(checkpoint), old)) {
                    return true;
                }
            } catch (IOException e) {
                // replaced while reading: look again
            }
            Thread.sleep(20);
        }
        return false;
    }

    private String childErr(int kill) {
        try {
            return Files.readString(dir.resolve("solve-" + kill + ".err"));
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    /** True when {@code file} is unchanged; otherwise asserts that it is a complete, consistent plan. */
    private static boolean oldOrComplete(Path file, byte[] old, Problem problem, String what) throws IOException {
        if (!Files.exists(file)) {
            assertThat(old).as("%s deleted %s", what, file).isNull();
            return true;
        }
        byte[] now = Files.readAllBytes(file);
        if (old != null && Arrays.equals(now, old)) {
            return true;
        }
        Plan plan = CarerouteJson.readPlan(file);
        VerificationReport report = PLANNER.verify(problem, plan);
        assertThat(report.recomputed().hardScore()).as("%s: %s", what, file).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().mediumScore()).as("%s: %s", what, file).isEqualTo(plan.summary()
                .mediumScore());
        assertThat(report.recomputed().softScore()).as("%s: %s", what, file).isEqualTo(plan.summary().softScore());
        assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(problem.visits()
                .size());
        return false;
    }

    private long temporaryFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
