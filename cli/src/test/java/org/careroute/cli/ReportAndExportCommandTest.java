package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: report, export and solve --report write their files; bad input and usage exit 2 writing nothing. */
class ReportAndExportCommandTest {

    @TempDir
    Path dir;

    private Path problem() {
        return Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
    }

    private Path solve(Path problem) {
        Path plan = dir.resolve("plan.json");
        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "2000",
                "-q");
        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        return plan;
    }

    @Test
    void report_writesASelfContainedHtmlPage() throws IOException {
        Path problem = problem();
        Path plan = solve(problem);
        Path html = dir.resolve("plan.html");

        Cli.Result result = Cli.run("report", problem.toString(), plan.toString(), "-o", html.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Report written to " + html);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("karlstad-morning").contains("anna").contains("bo")
                .contains("Score by constraint").doesNotContain("<script");
    }

    @Test
    void solveWithReport_writesPlanAndReport() throws IOException {
        Path problem = problem();
        Path plan = dir.resolve("plan.json");
        Path html = dir.resolve("report.html");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--report", html.toString(),
                "--move-count-limit", "2000", "-q");

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        assertThat(Fixtures.read(plan).has("summary")).isTrue();
        assertThat(Files.readString(html)).contains(Fixtures.read(plan).path("score").asText());
    }

    @Test
    void export_writesGeoJsonCsvAndOneCalendarPerUsedCaregiver() throws IOException {
        Path problem = problem();
        Path plan = solve(problem);
        Path geoJson = dir.resolve("plan.geojson");
        Path csv = dir.resolve("plan.csv");
        Path ics = dir.resolve("calendars");

        Cli.Result result = Cli.run("export", problem.toString(), plan.toString(), "--geojson", geoJson.toString(),
                "--csv", csv.toString(), "--ics", ics.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode features = Fixtures.read(geoJson).path("features");
        assertThat(Fixtures.read(geoJson).path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(features.size()).isGreaterThan(6);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + 6);
        assertThat(lines.get(0)).startsWith("status,caregiverId");
        long usedShifts = Fixtures.read(plan).path("summary").path("usedShifts").asLong();
        try (Stream<Path> files = Files.list(ics)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).hasSize((int) usedShifts).allMatch(n -> n.endsWith(".ics"));
        }
    }

    @Test
    void export_withoutAnyOutput_isAUsageError() {
        Path problem = problem();
        Path plan = solve(problem);

        Cli.Result result = Cli.run("export", problem.toString(), plan.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Nothing to export").contains("--geojson");
    }

    @Test
    void report_missingSolution_exitsTwoAndWritesNothing() {
        Path problem = problem();
        Path html = dir.resolve("plan.html");

        Cli.Result result = Cli.run("report", problem.toString(), dir.resolve("missing.json").toString(), "-o", html
                .toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("missing.json").contains("no such solution file");
        assertThat(html).doesNotExist();
        BadInputTest.assertNoStackTrace(result);
    }

    @Test
    void report_planOfAnotherProblem_exitsTwoNamingTheUnknownVisit() throws IOException {
        Path problem = problem();
        Path plan = solve(problem);
        Path other = Fixtures.write(dir.resolve("other.json"), Fixtures.problemWith("/visits/0/id", "\"x1\""));
        Path html = dir.resolve("plan.html");

        Cli.Result result = Cli.run("report", other.toString(), plan.toString(), "-o", html.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("v1").contains("not in the problem");
        assertThat(html).doesNotExist();
        BadInputTest.assertNoStackTrace(result);
    }

    @Test
    void report_outputDirectoryMissing_exitsTwoBeforeReading() {
        Path problem = problem();
        Path plan = solve(problem);
        Path html = dir.resolve("no-such-dir").resolve("plan.html");

        Cli.Result result = Cli.run("report", problem.toString(), plan.toString(), "-o", html.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("does not exist");
    }
}
