package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Tag("slow")
    @Test
    void palliativeTeam_isGeneratedValidatedSolvedAndVerified() throws IOException {
        Path problemFile = dir.resolve("kv.json");
        Path planFile = dir.resolve("plan.json");

        Cli.Result generated = Cli.run("generate", "--region", "karlovy-vary", "--caregivers", "12", "--visits", "50",
                "--days", "2",
                "--seed", "4", "-o", problemFile.toString());

        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(generated.out()).contains("caregivers").contains("visits");
        Problem problem = CarerouteJson.readProblem(problemFile);
        assertThat(problem.caregivers()).hasSize(12);
        assertThat(problem.timeZone().getId()).isEqualTo("Europe/Prague");
        assertThat(Cli.run("validate", problemFile.toString()).exitCode()).isZero();
        Cli.Result solved = Cli.run("solve", problemFile.toString(), "-o", planFile.toString(), "--move-count-limit",
                "5000", "--quiet");
        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        Cli.Result verified = Cli.run("verify", problemFile.toString(), planFile.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
    }

    @Tag("slow")
    @Test
    void regionWithSeveralBases_solvesPartitionedAndVerifies() throws IOException {
        Path problemFile = dir.resolve("usti.json");
        Path planFile = dir.resolve("plan.json");
        assertThat(Cli.run("generate", "--region", "usti", "--caregivers", "14", "--visits", "80", "-o", problemFile
                .toString()).exitCode()).isZero();

        Cli.Result solved = Cli.run("solve", problemFile.toString(), "-o", planFile.toString(), "--partition-by",
                "base", "--threads", "2", "--move-count-limit", "3000");

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(solved.err()).contains("Partitioned by base: 2 partitions, 2 at a time");
        Cli.Result verified = Cli.run("verify", problemFile.toString(), planFile.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
    }

    @Test
    void report_listsEveryVisitMadeOptional() throws IOException {
        Path problemFile = dir.resolve("varmland.json");
        Path reportFile = dir.resolve("report.json");

        Cli.Result generated = Cli.run("generate", "--region", "varmland", "--caregivers", "40",
                "-o", problemFile.toString(), "--report", reportFile.toString());

        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(generated.out()).contains("Made optional: ").contains("listed in " + reportFile);
        JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
        Problem problem = CarerouteJson.readProblem(problemFile);
        assertThat(report.get("madeOptional").size()).isPositive();
        for (JsonNode entry : report.get("madeOptional")) {
            assertThat(problem.visits()).anyMatch(v -> v.id().equals(entry.get("visitId").asText()) && !v
                    .mandatory());
            assertThat(entry.get("cause").asText()).isIn("unreachable", "mandatory-peak", "contended");
            assertThat(entry.get("reason").asText()).isNotBlank();
        }
    }

    @Test
    void planted_writesAPlanThatVerifies() throws IOException {
        Path problemFile = dir.resolve("jonkoping.json");
        Path planFile = dir.resolve("jonkoping.planted-plan.json");

        Cli.Result generated = Cli.run("generate", "--region", "jonkoping", "--caregivers", "20", "--seed", "3",
                "--planted", "-o", problemFile.toString());

        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(generated.out()).contains(planFile + ": the planted plan, ").contains("score 0hard/");
        Cli.Result verified = Cli.run("verify", problemFile.toString(), planFile.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        assertThat(CarerouteJson.readPlan(planFile).shifts()).anyMatch(s -> !s.visits().isEmpty());
    }

    @Test
    void sameOptions_writeTheSameFile() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");

        assertThat(Cli.run("generate", "--region", "usti", "--visits", "120", "--caregivers", "12", "-o", a
                .toString()).exitCode()).isZero();
        assertThat(Cli.run("generate", "--region", "USTI", "--visits", "120", "--caregivers", "12", "-o", b
                .toString()).exitCode()).isZero();

        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void unknownRegion_exitsWith2NamingTheRegions() {
        Path out = dir.resolve("x.json");

        Cli.Result result = Cli.run("generate", "--region", "atlantis", "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("atlantis").contains("varmland").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void tooManyVisits_exitsWith2SuggestingCaregivers() {
        Path out = dir.resolve("x.json");

        Cli.Result result = Cli.run("generate", "--region", "varmland", "--visits", "5000", "--caregivers", "30",
                "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("use about").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void badDateAndDays_exitWith2() {
        Path out = dir.resolve("x.json");

        assertThat(Cli.run("generate", "--region", "varmland", "--start-date", "1.3.2027", "-o", out.toString())
                .err()).contains("2027-03-01");
        assertThat(Cli.run("generate", "--region", "varmland", "--days", "0", "-o", out.toString()).exitCode())
                .isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
