package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve --resume CHECKPOINT}: continue an interrupted solve from its checkpoint. */
class ResumeCommandTest {

    @TempDir
    Path dir;

    /** The shipped 150-visit sample: big enough that a short first run leaves room for the resumed one. */
    private static Path sample() {
        Path at = Path.of("").toAbsolutePath();
        while (at != null) {
            Path file = at.resolve("datasets/samples/varmland-home-nursing.json");
            if (Files.isRegularFile(file)) {
                return file;
            }
            at = at.getParent();
        }
        throw new IllegalStateException("datasets/samples/varmland-home-nursing.json not found above the working"
                + " directory");
    }

    @Tag("slow")
    @Test
    void resumeFromCheckpoint_isAtLeastAsGoodAndVerifies() {
        Path problem = sample();
        Path first = dir.resolve("first.json");
        Path checkpoint = dir.resolve("checkpoint.json");
        Cli.Result interrupted = Cli.run("solve", problem.toString(), "-o", first.toString(), "--checkpoint",
                checkpoint.toString(), "--checkpoint-interval", "1ms", "--move-count-limit", "20", "-q");
        assertThat(interrupted.exitCode()).as(interrupted.toString()).isZero();
        Path resumed = dir.resolve("resumed.json");
        Path nextCheckpoint = dir.resolve("checkpoint-2.json");

        Cli.Result result = Cli.run("solve", problem.toString(), "--resume", checkpoint.toString(), "-o", resumed
                .toString(), "--checkpoint", nextCheckpoint.toString(), "--move-count-limit", "400");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode before = Fixtures.read(checkpoint).path("summary");
        JsonNode after = Fixtures.read(resumed).path("summary");
        assertThat(compare(after, before)).as("resumed %s vs checkpoint %s", after, before).isGreaterThanOrEqualTo(0);
        assertThat(after.path("assignedVisits").asLong()).isGreaterThanOrEqualTo(before.path("assignedVisits")
                .asLong());
        assertThat(Fixtures.read(resumed).has("changes")).isFalse();
        assertThat(Fixtures.read(nextCheckpoint).path("summary")).isEqualTo(after);
        Cli.Result verified = Cli.run("verify", problem.toString(), resumed.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isIn(0, 1);
        assertThat(verified.out() + verified.err()).doesNotContain("plan-structure");
        assertThat(Fixtures.read(resumed).path("summary").path("feasible").asBoolean()).isEqualTo(verified
                .exitCode() == 0);
    }

    @Test
    void resumeFromAPlanOfAnotherProblem_isBadInputNamingTheCheckpoint() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path checkpoint = dir.resolve("checkpoint.json");
        Cli.Result solved = Cli.run("solve", sample().toString(), "-o", checkpoint.toString(), "--move-count-limit",
                "10", "-q");
        assertThat(solved.exitCode()).as(solved.toString()).isZero();

        Cli.Result result = Cli.run("solve", problem.toString(), "--resume", checkpoint.toString(), "-o", dir
                .resolve("x.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(checkpoint + ": ").contains("made for another problem");
        BadInputTest.assertNoStackTrace(result);
    }

    @Test
    void resumeWithFrom_isAUsageError() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = Fixtures.write(dir.resolve("plan.json"), "{}");

        Cli.Result result = Cli.run("solve", problem.toString(), "--resume", plan.toString(), "--from", plan
                .toString(), "-o", dir.resolve("x.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--resume and --from");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void resumeOrFromWithPartitions_isAUsageError() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = Fixtures.write(dir.resolve("plan.json"), "{}");

        for (String start : new String[]{"--resume", "--from"}) {
            Cli.Result result = Cli.run("solve", problem.toString(), start, plan.toString(), "--partition-by",
                    "base", "-o", dir.resolve("x.json").toString());

            assertThat(result.exitCode()).as(start).isEqualTo(2);
            assertThat(result.err()).contains(start + " is not supported with --partition-by");
        }
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    /** Lexicographic comparison of two plan summaries' scores. */
    private static int compare(JsonNode a, JsonNode b) {
        for (String level : new String[]{"hardScore", "mediumScore", "softScore"}) {
            int c = Long.compare(a.path(level).asLong(), b.path(level).asLong());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
