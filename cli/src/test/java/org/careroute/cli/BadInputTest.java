package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input ends with exit code 2, a message naming the file and where in it the problem is, no stack trace,
 * and no output file: through {@code validate} and through {@code solve}.
 */
class BadInputTest {

    @TempDir
    Path dir;

    /** How to make the bad input, and what the message must point at. */
    private record BadInput(String name, String content, String pointer) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String MISSING = "<missing>";
    private static final String DIRECTORY = "<directory>";
    private static final String DOCUMENT = "(document)";

    /** Anna's shift twice, as an export that duplicates a record would write it (another id, 07:10 to 10:50). */
    private static final String OVERLAPPING_SHIFTS = Fixtures.problemWith("/caregivers/0/shifts/1", "{\"id\":"
            + " \"anna-mon-2\", \"start\": \"2026-03-02T07:10:00+01:00\", \"end\": \"2026-03-02T10:50:00+01:00\","
            + " \"startLocation\": {\"lat\": 59.3793, \"lon\": 13.5036}}");

    static Stream<BadInput> badInputs() {
        return Stream.of(new BadInput("not JSON", "this is not json", DOCUMENT),
                new BadInput("empty file", "", DOCUMENT),
                new BadInput("truncated JSON", Fixtures.PROBLEM.substring(0, Fixtures.PROBLEM.length() / 2), DOCUMENT),
                new BadInput("top-level array", "[1, 2, 3]", DOCUMENT),
                new BadInput("duplicate JSON key", "{\"formatVersion\": \"1\", \"formatVersion\": \"1\","
                        + " \"caregivers\": [], \"visits\": []}", DOCUMENT),
                new BadInput("missing file", MISSING, DOCUMENT),
                new BadInput("directory", DIRECTORY, DOCUMENT),
                new BadInput("wrong type: duration is a boolean", Fixtures.problemWith("/visits/0/duration", "true"),
                        "/visits/0/duration"),
                new BadInput("wrong type: caregivers is a string", Fixtures.problemWith("/caregivers", "\"anna\""),
                        "/caregivers"),
                new BadInput("missing field: visit location", Fixtures.problemWithout("/visits/0/location"),
                        "/visits/0"),
                new BadInput("missing field: shift start", Fixtures.problemWithout("/caregivers/1/shifts/0/start"),
                        "/caregivers/1/shifts/0"),
                new BadInput("unknown skill", Fixtures.problemWith("/visits/1/requiredSkills", "[\"wund-care\"]"),
                        "/visits/1/requiredSkills/0"),
                new BadInput("window end before start", Fixtures.problemWith("/visits/0/timeWindows/0/end",
                        "\"2026-03-02T07:00:00+01:00\""), "/visits/0/timeWindows/0"),
                new BadInput("shift end before start", Fixtures.problemWith("/caregivers/0/shifts/0/end",
                        "\"2026-03-02T06:00:00+01:00\""), "/caregivers/0/shifts/0"),
                new BadInput("shift ends when it starts", Fixtures.problemWith("/caregivers/0/shifts/0/end",
                        "\"2026-03-02T07:00:00+01:00\""), "/caregivers/0/shifts/0/end"),
                new BadInput("overlapping shifts of one caregiver", OVERLAPPING_SHIFTS, "/caregivers/0/shifts/1"),
                new BadInput("duplicate visit id", Fixtures.problemWith("/visits/1/id", "\"v1\""), "/visits/1/id"),
                new BadInput("duplicate shift id", Fixtures.problemWith("/caregivers/1/shifts/0/id", "\"anna-mon\""),
                        "/caregivers/1/shifts/0/id"),
                new BadInput("negative ISO duration", Fixtures.problemWith("/visits/0/duration", "\"-PT5M\""),
                        "/visits/0/duration"),
                new BadInput("negative numeric duration", Fixtures.problemWith("/visits/2/duration", "-300"),
                        "/visits/2/duration"),
                new BadInput("latitude out of range", Fixtures.problemWith("/visits/0/location/lat", "95.0"),
                        "/visits/0/location/lat"),
                new BadInput("huge duration", Fixtures.problemWith("/visits/0/duration", "1e300"),
                        "/visits/0/duration"),
                new BadInput("huge priority", Fixtures.problemWith("/visits/3/priority",
                        "123456789012345678901234567890"), "/visits/3/priority"),
                new BadInput("mixed time formats", Fixtures.problemWith("/caregivers/0/shifts/0/start", "1772431200"),
                        "/caregivers/0/shifts/0/start"),
                new BadInput("unknown property", Fixtures.problemWith("/visits/0/colour", "\"blue\""),
                        "/visits/0/colour"),
                new BadInput("unsupported format version", Fixtures.problemWith("/formatVersion", "\"2\""),
                        "/formatVersion"),
                new BadInput("unknown travel mode", Fixtures.problemWith("/travel/mode", "\"teleport\""),
                        "/travel/mode"),
                new BadInput("unknown time zone", Fixtures.problemWith("/timeZone", "\"Mars/Olympus\""), "/timeZone"),
                new BadInput("unknown constraint id", Fixtures.problemWith("/constraintWeights",
                        "{\"travel-tme\": 2}"), "/constraintWeights/travel-tme"),
                new BadInput("dependency on unknown visit", Fixtures.problemWith("/visits/1/dependencies",
                        "[{\"visitId\": \"v99\"}]"), "/visits/1/dependencies/0/visitId"),
                new BadInput("more parts than caregivers", Fixtures.problemWith("/visits/1/parts",
                        "[{}, {}, {}]"), "/visits/1/parts"),
                new BadInput("pinned caregiver without the skill", Fixtures.problemWith("/visits/1/parts",
                        "[{\"requiredSkills\": [\"wound-care\"], \"pinnedCaregiverId\": \"bo\"}, {}]"),
                        "/visits/1/parts/0/pinnedCaregiverId"),
                new BadInput("break longer than its window", Fixtures.problemWith("/caregivers/0/shifts/0/breaks",
                        "[{\"duration\": \"PT3H\", \"earliestStart\": \"2026-03-02T11:00:00+01:00\","
                                + " \"latestEnd\": \"2026-03-02T13:30:00+01:00\"}]"),
                        "/caregivers/0/shifts/0/breaks/0"),
                new BadInput("negative cost per hour", Fixtures.problemWith("/caregivers/0/costPerHour", "-1"),
                        "/caregivers/0/costPerHour"),
                new BadInput("continuous-work first part as long as the rest", Fixtures.problemWith(
                        "/caregivers/0/shifts/0/continuousWork", "{\"maxWork\": \"PT4H30M\", \"rest\":"
                                + " \"PT45M\", \"firstPart\": \"PT45M\"}"),
                        "/caregivers/0/shifts/0/continuousWork"),
                new BadInput("unknown preferred caregiver", Fixtures.problemWith("/visits/0/preferredCaregivers",
                        "{\"ana\": 3}"), "/visits/0/preferredCaregivers/ana"),
                new BadInput("unknown excluded caregiver", Fixtures.problemWith("/visits/0/excludedCaregivers",
                        "[\"bo\", \"bob\"]"), "/visits/0/excludedCaregivers/1"),
                new BadInput("preference weight out of range", Fixtures.problemWith("/visits/0/preferredCaregivers",
                        "{\"anna\": 0}"), "/visits/0/preferredCaregivers/anna"),
                new BadInput("preferred window outside the time window", Fixtures.problemWith(
                        "/visits/0/preferredWindow", "{\"start\": \"2026-03-02T09:30:00+01:00\", \"end\":"
                                + " \"2026-03-02T10:30:00+01:00\"}"),
                        "/visits/0/preferredWindow"),
                new BadInput("deviation cap without preferred window", Fixtures.problemWith("/visits/0/maxDeviation",
                        "\"PT15M\""), "/visits/0/maxDeviation"),
                new BadInput("distinct-caregiver cap below 1", Fixtures.problemWith("/clients",
                        "[{\"id\": \"c1\", \"maxDistinctCaregivers\": 0}]"), "/clients/0/maxDistinctCaregivers"),
                new BadInput("client without visits", Fixtures.problemWith("/clients", "[{\"id\": \"c9\"}]"),
                        "/clients/0/id"),
                new BadInput("negative value", Fixtures.problemWith("/visits/2/value", "-5"), "/visits/2/value"),
                new BadInput("value of a mandatory visit", Fixtures.problemWith("/visits/1/value", "600"),
                        "/visits/1/value"),
                new BadInput("value next to a priority", Fixtures.problemWith("/visits/3/value", "600"),
                        "/visits/3/priority"),
                new BadInput("soft windows without windows", Fixtures.problemWith("/visits/3/softWindows", "true"),
                        "/visits/3/softWindows"),
                new BadInput("both-or-none with a mandatory visit", Fixtures.problemWith("/visits/2/dependencies",
                        "[{\"visitId\": \"v2\", \"bothOrNone\": true}]"), "/visits/2/dependencies/0/bothOrNone"));
    }

    static Stream<Arguments> badInputsThroughBothCommands() {
        return badInputs().flatMap(input -> Stream.of(Arguments.of("validate", input), Arguments.of("solve",
                input)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInputsThroughBothCommands")
    void badProblem_exitsTwoWithFileAndPointerAndNoOutput(String command, BadInput input) throws IOException {
        Path problem = create(input);
        Path output = dir.resolve("plan.json");

        Cli.Result result = command.equals("validate")
                ? Cli.run("validate", problem.toString())
                : Cli.run("solve", problem.toString(), "-o", output.toString(), "--move-count-limit", "100");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).contains(problem + ": " + input.pointer());
        assertNoStackTrace(result);
        assertThat(output).doesNotExist();
        assertThat(Files.list(dir).filter(file -> file.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badProblem_leavesExistingOutputUntouched(BadInput input) throws IOException {
        Path problem = create(input);
        Path output = Fixtures.write(dir.resolve("plan.json"), "previous plan");

        Cli.Result result = Cli.run("solve", problem.toString(), "-o", output.toString(), "--move-count-limit", "100");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(output).hasContent("previous plan");
    }

    @Test
    void problemWithSeveralErrors_listsEveryOne() {
        String twoErrors = Fixtures.with(Fixtures.parse(Fixtures.problemWith("/visits/1/id", "\"v1\"")),
                "/visits/2/requiredSkills", Fixtures.parse("[\"physio\"]"));
        Path problem = Fixtures.write(dir.resolve("two-errors.json"), twoErrors);

        Cli.Result result = Cli.run("validate", problem.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(problem + ": /visits/1/id").contains(problem + ": /visits/2/requiredSkills/0")
                .contains("2 problems found in " + problem);
        assertNoStackTrace(result);
    }

    @Test
    void overlappingShifts_nameBothShiftsWithTimesInTheProblemsZone() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), OVERLAPPING_SHIFTS);

        Cli.Result result = Cli.run("validate", problem.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).contains(problem + ": /caregivers/0/shifts/1: Shifts"
                + " 'anna-mon' (/caregivers/0/shifts/0, 2026-03-02 07:00 to 15:00 Europe/Stockholm) and 'anna-mon-2'"
                + " (/caregivers/0/shifts/1, 2026-03-02 07:10 to 10:50 Europe/Stockholm) of caregiver 'anna'"
                + " overlap");
    }

    @Test
    void shiftEndingWhenItStarts_saysWhatIsWrongWithTheShift() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.with(Fixtures.parse(Fixtures.problemWith(
                "/caregivers/0/shifts/0/end", "\"2026-03-02T07:00:00+01:00\"")), "/caregivers/0/shifts/0/breaks",
                Fixtures.parse("[{\"duration\": \"PT30M\", \"earliestStart\": \"2026-03-02T11:00:00+01:00\","
                        + " \"latestEnd\": \"2026-03-02T13:00:00+01:00\"}]")));

        Cli.Result result = Cli.run("validate", problem.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).contains(problem + ": /caregivers/0/shifts/0/end: Shift"
                + " 'anna-mon' ends when it starts (2026-03-02 07:00 Europe/Stockholm)").contains("1 problem found");
    }

    @Test
    void timesInMessages_areInTheProblemsTimeZone() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.problemWith(
                "/caregivers/0/shifts/0/breaks", "[{\"duration\": \"PT30M\", \"earliestStart\":"
                        + " \"2026-03-02T14:30:00+01:00\", \"latestEnd\": \"2026-03-02T15:30:00+01:00\"}]"));

        Cli.Result result = Cli.run("solve", problem.toString(), "-o", dir.resolve("plan.json").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).contains(problem + ": /caregivers/0/shifts/0/breaks/0/latestEnd:"
                + " Break 0 of shift 'anna-mon' may end (2026-03-02 15:30 Europe/Stockholm) after the shift ends"
                + " (2026-03-02 15:00 Europe/Stockholm)").doesNotContain("Z)");
    }

    static Stream<Arguments> badSolveOptions() {
        return Stream.of(Arguments.of("--time-limit", "5x", "--time-limit"),
                Arguments.of("--time-limit", "5", "5s"),
                Arguments.of("--time-limit", "0s", "positive"),
                Arguments.of("--time-limit", "-5s", "--time-limit"),
                Arguments.of("--time-limit", "PT", "--time-limit"),
                Arguments.of("--unimproved-time-limit", "soon", "--unimproved-time-limit"),
                Arguments.of("--target-score", "0hard/-5soft", "0hard/0medium/-1000soft"),
                Arguments.of("--move-count-limit", "0", "greater than 0"),
                Arguments.of("--move-count-limit", "many", "whole number"),
                Arguments.of("--seed", "x", "--seed"),
                Arguments.of("--threads", "two", "--threads"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badSolveOptions")
    void badOptionValue_exitsTwoWithMessageAndNoOutput(String option, String value, String expected) {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path output = dir.resolve("plan.json");

        Cli.Result result = Cli.run("solve", problem.toString(), "-o", output.toString(), option, value);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).contains(value).contains(expected);
        assertNoStackTrace(result);
        assertThat(output).doesNotExist();
    }

    @Test
    void outputDirectoryMissing_exitsTwoBeforeSolving() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path output = dir.resolve("no-such-dir").resolve("plan.json");

        Cli.Result result = Cli.run("solve", problem.toString(), "-o", output.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(output.toString()).contains("does not exist").contains("mkdir -p");
        assertNoStackTrace(result);
        assertThat(output.getParent()).doesNotExist();
    }

    @Test
    void outputIsADirectory_exitsTwo() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result result = Cli.run("solve", problem.toString(), "-o", dir.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(dir.toString()).contains("is a directory");
        assertNoStackTrace(result);
    }

    @Test
    void outputIsTheProblemFile_exitsTwoAndKeepsTheProblem() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result result = Cli.run("solve", problem.toString(), "-o", problem.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("is the input file");
        assertThat(problem).hasContent(Fixtures.PROBLEM);
    }

    @Test
    void missingOutputOption_exitsTwo() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result result = Cli.run("solve", problem.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--output");
        assertNoStackTrace(result);
    }

    @Test
    void verifyWithMissingSolution_exitsTwoNamingTheFile() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path solution = dir.resolve("missing-plan.json");

        Cli.Result result = Cli.run("verify", problem.toString(), solution.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(solution.toString()).contains("no such solution file");
        assertNoStackTrace(result);
    }

    @Test
    void verifyWithAProblemAsSolution_exitsTwoNamingTheFile() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result result = Cli.run("verify", problem.toString(), problem.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(problem + ": ");
        assertNoStackTrace(result);
    }

    private Path create(BadInput input) throws IOException {
        return switch (input.content()) {
            case MISSING -> dir.resolve("does-not-exist.json");
            case DIRECTORY -> Files.createDirectory(dir.resolve("a-directory.json"));
            default -> Fixtures.write(dir.resolve("problem.json"), input.content());
        };
    }

    static void assertNoStackTrace(Cli.Result result) {
        assertThat(result.err()).as(result.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(result.out()).as(result.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
