package org.careroute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.careroute.core.api.Planner;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch on a plain {@code local[2]} Spark: generated region-days in, verified merged plans out. */
@Tag("slow")
class PlanBatchTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("PlanBatchTest").config("spark.ui.enabled",
                "false").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void fileBatch_verifiesEveryMergedPlanAndListsEveryPartition() throws IOException {
        Path problems = dir.resolve("problems");
        RegionDays.write(problems, "usti", 40, 6, 1, MONDAY);
        RegionDays.write(problems, "usti", 40, 6, 1, MONDAY.plusDays(1));
        RegionDays.write(problems, "lillehammer", 25, 4, 1, MONDAY);
        RegionDays.write(problems, "karlovy-vary", 25, 6, 1, MONDAY);
        Path out = dir.resolve("out");

        Result result = run("--problems", problems.toString(), "--partition-by", "file", "--out", out.toString(),
                "--move-count-limit", "2000", "--seed", "3");

        assertThat(result.code()).as(result.output()).isEqualTo(PlanBatch.OK);
        assertEveryMergedPlanVerifies(problems, out, 4);
        List<String> csv = csvLines(out);
        assertThat(csv).hasSize(1 + 4);
        assertThat(csv.get(0)).startsWith("problem,partition,plan_file,visits,caregivers,assigned,unassigned,hard,");
        assertThat(csv.subList(1, 5)).allMatch(line -> line.contains(",solved,"));
        List<Row> parquet = spark.read().parquet(out.resolve("results.parquet").toString()).collectAsList();
        assertThat(parquet).hasSize(4).allMatch(r -> r.<Integer>getAs("attempt") == 1);
    }

    @Test
    void baseAndDayPartitions_mergeIntoOneVerifiedPlanPerProblem() throws IOException {
        Path problems = dir.resolve("problems");
        Path multiBase = RegionDays.write(problems, "usti", 60, 12, 1, MONDAY.plusDays(7));
        Path usti = RegionDays.write(problems, "usti", 60, 6, 2, MONDAY);
        Path byBase = dir.resolve("by-base");
        Path byDay = dir.resolve("by-day");

        Result base = run("--problems", multiBase.toString(), "--partition-by", "base", "--out", byBase.toString(),
                "--move-count-limit", "2000");
        Result day = run("--problems", usti.toString(), "--partition-by", "day", "--out", byDay.toString(),
                "--move-count-limit", "2000");

        assertThat(base.code()).as(base.output()).isEqualTo(PlanBatch.OK);
        assertThat(day.code()).as(day.output()).isEqualTo(PlanBatch.OK);
        assertEveryMergedPlanVerifies(multiBase, byBase, 1);
        assertEveryMergedPlanVerifies(usti, byDay, 1);
        int bases = Planner.partitions(CarerouteJson.readProblem(multiBase)).size();
        assertThat(bases).isGreaterThan(1);
        assertThat(csvLines(byBase)).hasSize(1 + bases);
        assertThat(csvLines(byDay)).hasSize(1 + 2);
        try (Stream<Path> plans = Files.list(byDay.resolve("partitions").resolve("usti-2027-03-01-2d"))) {
            assertThat(plans.map(p -> p.getFileName().toString()).sorted()).containsExactly("p000-2027-03-01.json",
                    "p001-2027-03-02.json");
        }
    }

    @Test
    void withoutSparkRetries_aFailedFirstAttemptIsRetriedInsideTheTask() throws IOException {
        Path problems = dir.resolve("problems");
        RegionDays.write(problems, "lillehammer", 25, 4, 1, MONDAY);
        Path out = dir.resolve("out");
        spark.conf().set("spark.careroute.failAttempts", "1");
        try {
            Result result = run("--problems", problems.toString(), "--partition-by", "file", "--out", out
                    .toString(), "--move-count-limit", "2000");

            assertThat(result.code()).as(result.output()).isEqualTo(PlanBatch.OK);
            assertThat(csvLines(out).get(1)).contains(",2,solved,", "attempt 1 failed", "injected failure");
            assertEveryMergedPlanVerifies(problems, out, 1);
        } finally {
            spark.conf().unset("spark.careroute.failAttempts");
        }
    }

    @Test
    void badProblem_isRefusedWithItsPointerBeforeAnythingIsPlanned() throws IOException {
        Path problems = dir.resolve("problems");
        RegionDays.write(problems, "lillehammer", 10, 4, 1, MONDAY);
        Files.writeString(problems.resolve("broken.json"), "{\"formatVersion\": \"1\", \"caregivers\": [],"
                + " \"visits\": [{\"id\": \"v1\", \"duration\": \"half an hour\"}]}");
        Path out = dir.resolve("out");

        Result result = run("--problems", problems.toString(), "--partition-by", "file", "--out", out.toString());

        assertThat(result.code()).isEqualTo(PlanBatch.BAD_INPUT);
        assertThat(result.output()).contains("broken.json", "/visits/0");
        assertThat(out).doesNotExist();
    }

    static void assertEveryMergedPlanVerifies(Path problems, Path out, int expected) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.isDirectory(problems) ? Files.list(problems) : Stream.of(problems)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSize(expected);
        for (Path file : files) {
            Problem problem = CarerouteJson.readProblem(file);
            Path planFile = out.resolve("plans").resolve(file.getFileName());
            Plan plan = CarerouteJson.readPlan(planFile);
            assertThat(Planner.create().verify(problem, plan).violations()).as(planFile.toString()).isEmpty();
            assertThat(plan.summary().assignedVisits() + plan.summary().unassignedVisits()).isEqualTo(problem.visits()
                    .size());
        }
    }

    static List<String> csvLines(Path out) throws IOException {
        try (Stream<Path> parts = Files.list(out.resolve("results.csv"))) {
            Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
            return Files.readAllLines(part);
        }
    }

    record Result(int code, String output) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = PlanBatch.run(args, print, print);
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
