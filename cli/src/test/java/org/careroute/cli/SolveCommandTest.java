package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careroute.core.api.AssertionMode;
import org.careroute.core.api.SolveOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end: solve a small problem in-process, then validate and verify what was written. */
class SolveCommandTest {

    private static final String MOVES = "2000";

    @TempDir
    Path dir;

    @Test
    void solve_writesAPlanThatVerifies() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = dir.resolve("plan.json");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", MOVES);

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        JsonNode json = Fixtures.read(plan);
        assertThat(json.path("formatVersion").asText()).isEqualTo("1");
        assertThat(json.path("score").asText()).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(json.path("summary").path("assignedVisits").asInt()
                + json.path("summary").path("unassignedVisits").asInt()).isEqualTo(6);
        assertThat(solved.out()).contains("Plan written to " + plan).contains(json.path("score").asText());
        assertThat(solved.err()).contains("Planning 'karlstad-morning': 6 visits, 2 caregivers, 2 shifts");
        BadInputTest.assertNoStackTrace(solved);

        Cli.Result verified = Cli.run("verify", problem.toString(), plan.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        assertThat(verified.out()).contains("feasible").contains("Recomputed");
    }

    @Test
    void solve_leavesNoTemporaryFileAndReplacesAnOldPlan() throws IOException {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = Fixtures.write(dir.resolve("plan.json"), "an old plan");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", MOVES,
                "--quiet");

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(Fixtures.read(plan).has("summary")).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("problem.json",
                    "plan.json");
        }
    }

    @Test
    void solve_sameSeedAndMoveCountLimit_writesTheSamePlan() throws IOException {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        Cli.run("solve", problem.toString(), "-o", first.toString(), "--move-count-limit", MOVES, "--seed", "7",
                "-q");
        Cli.run("solve", problem.toString(), "-o", second.toString(), "--move-count-limit", MOVES, "--seed", "7",
                "-q");

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void solve_quiet_showsNoProgress() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", dir.resolve("plan.json").toString(),
                "--move-count-limit", MOVES, "--quiet");

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(solved.err()).doesNotContain("Planning").doesNotContain(" best ");
        assertThat(solved.out()).contains("Plan written to");
    }

    @Test
    void solve_notOnATerminal_printsPlainProgressLines() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", dir.resolve("plan.json").toString(),
                "--move-count-limit", MOVES);

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(solved.err()).contains(" best ").contains(" assigned, ").doesNotContain("\r");
    }

    @Test
    void solve_withSeveralThreads_warnsThatOneIsUsed() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", dir.resolve("plan.json").toString(),
                "--move-count-limit", MOVES, "--threads", "4", "-q");

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(solved.err()).contains("--threads 4 is ignored").contains("one thread");
    }

    @Test
    void solve_mandatoryVisitImpossible_exitsZeroWithWarnings() {
        String impossible = Fixtures.problemWith("/visits/1/timeWindows", "[{\"start\": \"2026-03-05T08:00:00+01:00\","
                + " \"end\": \"2026-03-05T09:00:00+01:00\"}]");
        Path problem = Fixtures.write(dir.resolve("problem.json"), impossible);
        Path plan = dir.resolve("plan.json");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", MOVES,
                "-q");

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(plan).exists();
        assertThat(solved.err()).contains("Warning: the plan is INFEASIBLE")
                .contains("mandatory visit is unassigned: v2");
    }

    @Test
    void solve_benchmarkStyleProblem_reportsAbstractUnits() {
        Path problem = Fixtures.write(dir.resolve("euclidean.json"), """
                {"formatVersion": "1", "name": "tiny-vrptw", "travel": {"mode": "euclidean"},
                 "caregivers": [{"id": "truck", "shifts": [{"id": "day", "start": 0, "end": 1000,
                                 "startLocation": {"x": 0, "y": 0}}]}],
                 "visits": [{"id": "a", "location": {"x": 30, "y": 40}, "duration": 10,
                             "timeWindows": [{"start": 0, "end": 500}]},
                            {"id": "b", "location": {"x": 30, "y": 0}, "duration": 10}]}
                """);
        Path plan = dir.resolve("plan.json");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", MOVES,
                "-q");

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(solved.out()).contains("2 assigned, 0 unassigned").contains("time units").contains(
                "distance units");
        assertThat(Cli.run("verify", problem.toString(), plan.toString()).exitCode()).isZero();
    }

    @Test
    void verify_tamperedPlan_exitsOneAndListsTheViolation() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path plan = dir.resolve("plan.json");
        Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", MOVES, "-q");
        JsonNode json = Fixtures.read(plan);
        ObjectNode visitOne = findPlannedVisit(json, "v1");
        // v1 must start between 08:00 and 10:00; claim it starts (and the plan says so consistently) at 13:00
        visitOne.set("arrival", TextNode.valueOf("2026-03-02T13:00:00+01:00"));
        visitOne.set("start", TextNode.valueOf("2026-03-02T13:00:00+01:00"));
        visitOne.set("end", TextNode.valueOf("2026-03-02T13:30:00+01:00"));
        Path tampered = Fixtures.write(dir.resolve("tampered.json"), json.toPrettyString());

        Cli.Result verified = Cli.run("verify", problem.toString(), tampered.toString());

        assertThat(verified.exitCode()).as(verified.toString()).isEqualTo(1);
        assertThat(verified.out()).contains("violation").contains("v1");
        BadInputTest.assertNoStackTrace(verified);
    }

    @Test
    void solveOptions_fromFlags_mapOntoTheLibraryRecord() {
        SolveCommand command = new SolveCommand();
        new CommandLine(command).parseArgs("p.json", "-o", "o.json", "--time-limit", "1m", "--unimproved-time-limit",
                "PT10S", "--target-score", "0hard/0medium/-1000soft", "--seed", "42", "--move-count-limit",
                "5000", "--full-assert");

        assertThat(command.solveOptions()).isEqualTo(new SolveOptions(java.time.Duration.ofMinutes(1),
                java.time.Duration.ofSeconds(10), "0hard/0medium/-1000soft", 5000L, 42L, AssertionMode.FULL));
    }

    @Test
    void solveOptions_withoutAnyTermination_useTheDefaultTimeLimit() {
        SolveCommand command = new SolveCommand();
        new CommandLine(command).parseArgs("p.json", "-o", "o.json");

        assertThat(command.solveOptions()).isEqualTo(SolveOptions.defaults());
    }

    @Test
    void solveOptions_withOnlyAMoveCountLimit_haveNoTimeLimit() {
        SolveCommand command = new SolveCommand();
        new CommandLine(command).parseArgs("p.json", "-o", "o.json", "--move-count-limit", "10");

        assertThat(command.solveOptions().timeLimit()).isNull();
        assertThat(command.solveOptions().moveCountLimit()).isEqualTo(10L);
    }

    private static ObjectNode findPlannedVisit(JsonNode plan, String visitId) {
        for (JsonNode shift : plan.path("shifts")) {
            for (JsonNode visit : shift.path("visits")) {
                if (visit.path("visitId").asText().equals(visitId)) {
                    return (ObjectNode) visit;
                }
            }
        }
        throw new AssertionError("The plan does not serve " + visitId + ": " + plan.toPrettyString());
    }
}
