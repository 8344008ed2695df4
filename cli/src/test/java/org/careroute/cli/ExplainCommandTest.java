package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.careroute.core.api.CareConstraint;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: solve, then explain the plan as text and as JSON; bad input gives exit code 2. */
class ExplainCommandTest {

    private static final String MOVES = "2000";

    @TempDir
    Path dir;

    private Path solve(String problemJson) {
        Path problem = Fixtures.write(dir.resolve("problem.json"), problemJson);
        Path plan = dir.resolve("plan.json");
        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", MOVES,
                "-q");
        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        return plan;
    }

    @Test
    void explain_text_listsEveryConstraintAndTheScore() {
        Path plan = solve(Fixtures.PROBLEM);
        String score = Fixtures.read(plan).path("score").asText();

        Cli.Result explained = Cli.run("explain", dir.resolve("problem.json").toString(), plan.toString());

        assertThat(explained.exitCode()).as(explained.toString()).isZero();
        assertThat(explained.out()).contains("score  " + score).contains("Score by constraint").contains(
                "visit-time-window").contains("travel-time").contains("travel-distance").contains("off (weight 0)");
        BadInputTest.assertNoStackTrace(explained);
    }

    @Test
    void explain_json_constraintTotalsAddUpToThePlanScore() {
        Path plan = solve(Fixtures.PROBLEM);
        JsonNode summary = Fixtures.read(plan).path("summary");

        Cli.Result explained = Cli.run("explain", dir.resolve("problem.json").toString(), plan.toString(), "--json");

        assertThat(explained.exitCode()).as(explained.toString()).isZero();
        JsonNode json = Fixtures.parse(explained.out());
        long[] levels = new long[3];
        for (JsonNode constraint : json.path("constraints")) {
            long matches = 0;
            for (JsonNode match : constraint.path("matches")) {
                matches += match.path("penalty").asLong();
            }
            assertThat(matches).isEqualTo(constraint.path("totalPenalty").asLong());
            int level = switch (constraint.path("level").asText()) {
                case "hard" -> 0;
                case "medium" -> 1;
                default -> 2;
            };
            levels[level] += constraint.path("totalPenalty").asLong();
        }
        assertThat(json.path("constraints")).hasSize(CareConstraint.values().length);
        assertThat(-levels[0]).isEqualTo(summary.path("hardScore").asLong());
        assertThat(-levels[1]).isEqualTo(summary.path("mediumScore").asLong());
        assertThat(-levels[2]).isEqualTo(summary.path("softScore").asLong());
        assertThat(json.path("score").asText()).isEqualTo(Fixtures.read(plan).path("score").asText());
    }

    @Test
    void explain_impossibleVisits_namesTheTrueReasons() {
        // v2 (optional, wound care: only anna) must start by 07:01 but is kilometres from the base where anna starts at 07:00;
        // v5's window is on the next day, when nobody works.
        String problem = Fixtures.with(Fixtures.problem(), "/visits/1/timeWindows/0", Fixtures.parse(
                "{\"start\": \"2026-03-02T06:30:00+01:00\", \"end\": \"2026-03-02T07:01:00+01:00\"}"));
        problem = Fixtures.with(Fixtures.parse(problem), "/visits/1/mandatory", Fixtures.parse("false"));
        problem = Fixtures.with(Fixtures.parse(problem), "/visits/4/timeWindows/0", Fixtures.parse(
                "{\"start\": \"2026-03-03T10:00:00+01:00\", \"end\": \"2026-03-03T14:00:00+01:00\"}"));
        Path plan = solve(problem);

        Cli.Result explained = Cli.run("explain", dir.resolve("problem.json").toString(), plan.toString(), "--json");

        assertThat(explained.exitCode()).as(explained.toString()).isZero();
        JsonNode unassigned = Fixtures.parse(explained.out()).path("unassignedVisits");
        assertThat(reasonOf(unassigned, "v2").path("kind").asText()).isEqualTo("arrives-late");
        assertThat(reasonOf(unassigned, "v2").path("caregiverId").asText()).isEqualTo("anna");
        assertThat(reasonOf(unassigned, "v2").path("message").asText()).contains("07:01");
        assertThat(reasonOf(unassigned, "v5").path("kind").asText()).isEqualTo("no-shift-at-that-time");

        Cli.Result text = Cli.run("explain", dir.resolve("problem.json").toString(), plan.toString());
        assertThat(text.out()).contains("Unassigned visits (2)").contains("  v2\n").contains(
                "arrives late: The only qualified shift would arrive after").contains("no shift at that time");
    }

    @Tag("slow")
    @Test
    void explain_shippedUnplaceableSample_namesTheDesignedReasonOfEachVisit() {
        Path problem = Path.of("..", "datasets", "samples", "karlstad-unplaceable.json");
        Path plan = dir.resolve("plan.json");
        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "5000",
                "-q");
        assertThat(solved.exitCode()).as(solved.toString()).isZero();

        Cli.Result explained = Cli.run("explain", problem.toString(), plan.toString(), "--json");

        assertThat(explained.exitCode()).as(explained.toString()).isZero();
        JsonNode unassigned = Fixtures.parse(explained.out()).path("unassignedVisits");
        assertThat(unassigned).hasSize(5);
        assertThat(reasonOf(unassigned, "u1").path("kind").asText()).isEqualTo("no-shift-at-that-time");
        assertThat(reasonOf(unassigned, "u1").path("message").asText()).contains("palliative-care").contains(
                "eva-tue");
        assertThat(reasonOf(unassigned, "u2").path("kind").asText()).isEqualTo("arrives-late");
        assertThat(reasonOf(unassigned, "u2").path("message").asText()).contains("07:10");
        assertThat(reasonOf(unassigned, "u3").path("kind").asText()).isEqualTo("shift-end");
        assertThat(reasonOf(unassigned, "u4").path("kind").asText()).isEqualTo("missing-skill");
        assertThat(reasonOf(unassigned, "u4").path("message").asText()).contains("carl (Carl Berg) lacks nurse");
        assertThat(reasonOf(unassigned, "u5").path("kind").asText()).isEqualTo("capacity");
    }

    private static JsonNode reasonOf(JsonNode unassigned, String visitId) {
        for (JsonNode visit : unassigned) {
            if (visit.path("visitId").asText().equals(visitId)) {
                assertThat(visit.path("reasons")).hasSize(1);
                return visit.path("reasons").get(0);
            }
        }
        throw new AssertionError(visitId + " is not unassigned: " + unassigned);
    }

    @Test
    void explain_missingSolution_exitsTwoNamingTheFile() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path missing = dir.resolve("nope.json");

        Cli.Result result = Cli.run("explain", problem.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(missing.toString()).contains("no such solution file");
        assertThat(result.out()).isEmpty();
        BadInputTest.assertNoStackTrace(result);
    }

    @Test
    void explain_solutionIsNotJson_exitsTwo() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = Fixtures.write(dir.resolve("plan.json"), "{\"formatVersion\": \"1\", ");

        Cli.Result result = Cli.run("explain", problem.toString(), plan.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(plan.toString());
        assertThat(result.out()).isEmpty();
        BadInputTest.assertNoStackTrace(result);
    }

    @Test
    void explain_invalidProblem_exitsTwoWithThePointer() {
        Path plan = solve(Fixtures.PROBLEM);
        Path bad = Fixtures.write(dir.resolve("bad.json"), Fixtures.problemWith("/visits/0/duration", "true"));

        Cli.Result result = Cli.run("explain", bad.toString(), plan.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("bad.json").contains("/visits/0/duration");
        BadInputTest.assertNoStackTrace(result);
    }
}
