package org.careroute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures on {@code local[2,2]} (two attempts per task, as on a cluster): a task that fails once is retried and gives
 * the same plan; a partition that fails twice gets the greedy plan, flagged, and the other partitions are kept.
 */
@Tag("slow")
class RetryTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2,2]").appName("RetryTest").config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @AfterEach
    void noFaults() {
        spark.conf().unset("spark.careroute.failAttempts");
        spark.conf().unset("spark.careroute.failPartitions");
    }

    @Test
    void firstAttemptFails_retryGivesTheSamePlan() throws IOException {
        Path problems = dir.resolve("problems");
        RegionDays.write(problems, "usti", 40, 6, 1, MONDAY);
        RegionDays.write(problems, "lillehammer", 25, 4, 1, MONDAY);
        Path clean = dir.resolve("clean");
        Path retried = dir.resolve("retried");
        String[] common = {"--problems", problems.toString(), "--partition-by", "file", "--move-count-limit", "2000",
                "--seed", "7"};

        PlanBatchTest.Result first = PlanBatchTest.run(concat(common, "--out", clean.toString()));
        spark.conf().set("spark.careroute.failAttempts", "1");
        PlanBatchTest.Result second = PlanBatchTest.run(concat(common, "--out", retried.toString()));

        assertThat(first.code()).as(first.output()).isEqualTo(PlanBatch.OK);
        assertThat(second.code()).as(second.output()).isEqualTo(PlanBatch.OK);
        List<String> rows = PlanBatchTest.csvLines(retried).subList(1, 3);
        assertThat(rows).allMatch(line -> line.contains(",2,solved,"));
        for (String name : List.of("usti-2027-03-01", "lillehammer-2027-03-01")) {
            Path a = onlyFile(clean.resolve("partitions").resolve(name));
            Path b = onlyFile(retried.resolve("partitions").resolve(name));
            assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
        }
        PlanBatchTest.assertEveryMergedPlanVerifies(problems, retried, 2);
    }

    @Test
    void partitionFailingTwice_getsTheGreedyPlanAndTheOthersAreKept() throws IOException {
        Path problems = dir.resolve("problems");
        RegionDays.write(problems, "usti", 60, 12, 1, MONDAY);
        Path out = dir.resolve("out");
        spark.conf().set("spark.careroute.failAttempts", "2");
        spark.conf().set("spark.careroute.failPartitions", "^p000-");

        PlanBatchTest.Result result = PlanBatchTest.run("--problems", problems.toString(), "--partition-by", "base",
                "--out", out.toString(), "--move-count-limit", "2000");

        assertThat(result.code()).as(result.output()).isIn(PlanBatch.OK, PlanBatch.VIOLATIONS);
        List<String> rows = PlanBatchTest.csvLines(out).subList(1, PlanBatchTest.csvLines(out).size());
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows).filteredOn(line -> line.contains(",greedy,")).singleElement().satisfies(line -> assertThat(
                line).contains("p000-", "failed twice", "injected failure"));
        assertThat(rows).filteredOn(line -> line.contains(",solved,")).hasSize(rows.size() - 1);
        Path plan = out.resolve("plans").resolve("usti-2027-03-01.json");
        assertThat(plan).exists();
        assertThat(org.careroute.core.api.json.CarerouteJson.readPlan(plan).summary()).satisfies(s -> assertThat(s
                .assignedVisits() + s.unassignedVisits()).isEqualTo(60));
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
