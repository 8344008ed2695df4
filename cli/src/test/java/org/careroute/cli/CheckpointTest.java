package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve --checkpoint FILE}: a normal plan file, written atomically, equal to the output at the end. */
class CheckpointTest {

    @TempDir
    Path dir;

    @Test
    void checkpoint_holdsTheFinalPlanAndVerifies() throws IOException {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = dir.resolve("plan.json");
        Path checkpoint = dir.resolve("checkpoint.json");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--checkpoint", checkpoint
                .toString(), "--checkpoint-interval", "1ms", "--move-count-limit", "3000", "-q");

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(checkpoint).hasBinaryContent(Files.readAllBytes(plan));
        Cli.Result verified = Cli.run("verify", problem.toString(), checkpoint.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("problem.json",
                    "plan.json", "checkpoint.json");
        }
    }

    @Test
    void checkpointSameAsOutput_isAUsageError() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = dir.resolve("plan.json");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--checkpoint", plan
                .toString(), "--move-count-limit", "100");

        assertThat(solved.exitCode()).isEqualTo(2);
        assertThat(solved.err()).contains("the checkpoint must be another file");
        assertThat(plan).doesNotExist();
    }

    @Test
    void checkpointIntervalWithoutCheckpoint_isAUsageError() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", dir.resolve("plan.json").toString(),
                "--checkpoint-interval", "10s", "--move-count-limit", "100");

        assertThat(solved.exitCode()).isEqualTo(2);
        assertThat(solved.err()).contains("--checkpoint-interval needs --checkpoint FILE");
    }

    @Test
    void checkpointDirectoryMissing_isAUsageErrorBeforeSolving() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path checkpoint = dir.resolve("missing").resolve("checkpoint.json");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", dir.resolve("plan.json").toString(),
                "--checkpoint", checkpoint.toString(), "--move-count-limit", "100");

        assertThat(solved.exitCode()).isEqualTo(2);
        assertThat(solved.err()).contains("does not exist");
        assertThat(dir.resolve("plan.json")).doesNotExist();
    }
}
