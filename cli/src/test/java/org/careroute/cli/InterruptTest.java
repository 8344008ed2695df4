package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a running solve from outside (SIGTERM here; Ctrl-C's SIGINT runs the same shutdown hook) still writes the
 * best plan, complete and valid. Runs the real {@code main} in a child JVM.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Tag("slow")
class InterruptTest {

    @TempDir
    Path dir;

    @Test
    void terminatedSolve_writesTheBestPlanBeforeExiting() throws IOException, InterruptedException {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = dir.resolve("plan.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process solve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "solve", problem.toString(), "-o", plan.toString(), "--time-limit", "10m").redirectOutput(
                        dir
                                .resolve("stdout.txt").toFile())
                .start();
        List<String> stderr = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(solve.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null && !line.contains("  feasible  best ")) {
                stderr.add(line);
            }
            assertThat(line).as("a feasible progress line; stderr so far: %s", stderr).isNotNull();
            solve.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of stderr
            while ((line = err.readLine()) != null) {
                stderr.add(line);
            }
        } finally {
            if (!solve.waitFor(2, TimeUnit.MINUTES)) {
                solve.destroyForcibly();
            }
        }

        assertThat(solve.exitValue()).as("stderr: %s", stderr).isEqualTo(143);
        assertThat(String.join("\n", stderr)).contains("writing the best plan found so far").contains(
                "holds the best plan found before the interruption");
        assertThat(Fixtures.read(plan).path("summary").has("feasible")).isTrue();
        // the best plan was feasible before the signal, so the plan written after it is too
        assertThat(Cli.run("verify", problem.toString(), plan.toString()).exitCode()).isZero();
    }
}
