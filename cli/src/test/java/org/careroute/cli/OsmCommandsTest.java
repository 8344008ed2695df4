package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careroute.datasets.BenchmarkData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** solve / verify / matrix / bench matrix on real roads (Andorra and Monaco extracts, ODbL). */
@Tag("slow")
class OsmCommandsTest {

    @TempDir
    static Path graphs;

    @TempDir
    Path dir;

    private static Path andorra;
    private static Path monaco;

    @BeforeAll
    static void findExtracts() {
        andorra = sharedOsm("andorra.osm.pbf");
        monaco = sharedOsm("monaco.osm.gz");
    }

    static Path sharedOsm(String name) {
        return BenchmarkData.osm(name);
    }

    private static final String ANDORRA_PROBLEM = """
            {
              "formatVersion": "1",
              "name": "andorra-morning",
              "timeZone": "Europe/Andorra",
              %s
              "caregivers": [
                {"id": "anna", "skills": ["nurse"], "transportMode": "car",
                 "shifts": [{"id": "anna-mon", "start": "2026-03-02T07:00:00+01:00", "end": "2026-03-02T15:00:00+01:00",
                             "startLocation": {"lat": 42.5078, "lon": 1.5211}}]},
                {"id": "bo", "skills": ["nurse"], "transportMode": "car",
                 "shifts": [{"id": "bo-mon", "start": "2026-03-02T07:00:00+01:00", "end": "2026-03-02T15:00:00+01:00",
                             "startLocation": {"lat": 42.5078, "lon": 1.5211}}]}
              ],
              "visits": [
                {"id": "v1", "location": {"lat": 42.5343, "lon": 1.5803}, "duration": "PT30M"},
                {"id": "v2", "location": %s, "duration": "PT30M"},
                {"id": "v3", "location": {"lat": 42.4637, "lon": 1.4913}, "duration": "PT20M"},
                {"id": "v4", "location": {"lat": 42.5450, "lon": 1.5148}, "duration": "PT20M"}
              ]
            }
            """;
    private static final String ON_ROAD = "{\"lat\": 42.5096, \"lon\": 1.5387}";
    /** In France, far north of the Andorra extract. */
    private static final String OFF_MAP = "{\"lat\": 42.70, \"lon\": 1.60}";

    private Path problem(String travel, String v2Location) {
        return Fixtures.write(dir.resolve("problem.json"), ANDORRA_PROBLEM.formatted(travel, v2Location));
    }

    @Test
    void solveAndVerifyWithOsm_planOnRoadTravelTimes() {
        Path problem = problem("", ON_ROAD);
        Path plan = dir.resolve("plan.json");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "2000",
                "--osm", andorra.toString(), "--graph-cache", graphs.resolve("andorra").toString());

        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        JsonNode json = Fixtures.read(plan);
        assertThat(json.path("summary").path("assignedVisits").asInt()).isEqualTo(4);
        assertThat(json.path("summary").path("totalTravelSeconds").asLong()).isPositive();
        BadInputTest.assertNoStackTrace(solved);

        Cli.Result verified = Cli.run("verify", problem.toString(), plan.toString(), "--osm", andorra.toString(),
                "--graph-cache", graphs.resolve("andorra").toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        assertThat(verified.out()).contains("feasible");

        Cli.Result haversine = Cli.run("verify", problem.toString(), plan.toString());
        assertThat(haversine.exitCode()).as("the road plan does not match haversine travel").isEqualTo(1);
    }

    @Test
    void osmTravelInTheProblem_isUsedOnlyWithTheSameFilesOnTheCommandLine() {
        Path cache = graphs.resolve("andorra");
        Path problem = problem("\"travel\": {\"mode\": \"osm\", \"osmFile\": \"" + andorra + "\", \"cacheDir\": \""
                + cache + "\"},", ON_ROAD);
        Path plan = dir.resolve("plan.json");

        Cli.Result refused = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "1000",
                "--quiet");
        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "1000",
                "--quiet", "--osm", andorra.toString(), "--graph-cache", cache.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains(problem + ": /travel/osmFile: ").contains("--osm " + andorra);
        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        Cli.Result verified = Cli.run("verify", problem.toString(), plan.toString(), "--osm", andorra.toString(),
                "--graph-cache", cache.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
    }

    @Test
    void visitOffTheRoadNetwork_isBadInputNamingTheVisit() {
        Path problem = problem("", OFF_MAP);
        Path plan = dir.resolve("plan.json");

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "1000",
                "--osm", andorra.toString(), "--graph-cache", graphs.resolve("andorra").toString());

        assertThat(solved.exitCode()).as(solved.toString()).isEqualTo(2);
        assertThat(solved.err()).contains(problem + ": /visits/1/location: Visit 'v2'")
                .contains("not on the road network").contains("500 m");
        assertThat(plan).doesNotExist();
        BadInputTest.assertNoStackTrace(solved);
    }

    @Test
    void exportReportAndExplainWithOsm_useTheRoads() {
        Path problem = problem("", ON_ROAD);
        Path plan = dir.resolve("plan.json");
        String cache = graphs.resolve("andorra").toString();
        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "1000",
                "--osm", andorra.toString(), "--graph-cache", cache, "--quiet");
        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        Path map = dir.resolve("plan.geojson");

        Cli.Result exported = Cli.run("export", problem.toString(), plan.toString(), "--geojson", map.toString(),
                "--osm", andorra.toString(), "--graph-cache", cache, "--quiet");

        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        int routes = 0;
        for (JsonNode feature : Fixtures.read(map).path("features")) {
            if (feature.path("properties").path("kind").asText().equals("route")) {
                routes++;
                int stops = feature.path("properties").path("visitCount").asInt() + 2;
                assertThat(feature.path("geometry").path("coordinates").size()).as("road shape, not %d stops",
                        stops).isGreaterThan(3 * stops);
            }
        }
        assertThat(routes).isPositive();

        Path report = dir.resolve("plan.html");
        Cli.Result reported = Cli.run("report", problem.toString(), plan.toString(), "-o", report.toString(),
                "--osm", andorra.toString(), "--graph-cache", cache, "--quiet");
        assertThat(reported.exitCode()).as(reported.toString()).isZero();
        assertThat(report).isRegularFile();

        Cli.Result explained = Cli.run("explain", problem.toString(), plan.toString(), "--osm", andorra.toString(),
                "--graph-cache", cache, "--quiet");
        assertThat(explained.exitCode()).as(explained.toString()).isZero();
        Cli.Result withoutRoads = Cli.run("explain", problem.toString(), plan.toString(), "--quiet");
        assertThat(withoutRoads.out()).as("haversine travel explains other travel times")
                .isNotEqualTo(explained.out());
    }

    @Test
    void validateWithOsm_checksEveryLocationOnTheRoads() {
        String cache = graphs.resolve("andorra").toString();
        Path good = problem("", ON_ROAD);
        Cli.Result valid = Cli.run("validate", good.toString(), "--osm", andorra.toString(), "--graph-cache", cache,
                "--quiet");
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.out()).contains("valid").contains("osm travel");

        Path bad = problem("", OFF_MAP);
        Cli.Result invalid = Cli.run("validate", bad.toString(), "--osm", andorra.toString(), "--graph-cache", cache,
                "--quiet");
        assertThat(invalid.exitCode()).as(invalid.toString()).isEqualTo(2);
        assertThat(invalid.err()).contains(bad + ": /visits/1/location: Visit 'v2'").contains("not on the road");
        BadInputTest.assertNoStackTrace(invalid);
    }

    @Test
    void matrix_writesDurationsAndDistancesOfAllLocations() {
        Path problem = problem("", ON_ROAD);
        Path out = dir.resolve("matrix.json");

        Cli.Result result = Cli.run("matrix", problem.toString(), "-o", out.toString(), "--osm", andorra.toString(),
                "--graph-cache", graphs.resolve("andorra").toString(), "--profile", "car");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode json = Fixtures.read(out);
        assertThat(json.path("profile").asText()).isEqualTo("car");
        assertThat(json.path("locations")).hasSize(5);
        assertThat(json.path("durations")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                long seconds = json.path("durations").path(i).path(j).asLong(-1);
                long meters = json.path("distances").path(i).path(j).asLong(-1);
                if (i == j) {
                    assertThat(seconds).isZero();
                } else {
                    assertThat(seconds).isPositive();
                    assertThat(meters).isPositive();
                }
            }
        }
    }

    @Test
    void benchMatrix_printsOneJsonLine() throws Exception {
        Cli.Result result = Cli.run("bench", "matrix", "--osm", monaco.toString(), "--points", "40", "--pairs", "60",
                "--graph-cache", graphs.resolve("monaco").toString(), "--quiet");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines()).hasSize(1);
        JsonNode json = Fixtures.JSON.readTree(result.out());
        assertThat(json.path("points").asInt()).isEqualTo(40);
        assertThat(json.path("matrixMillis").asDouble()).isPositive();
        assertThat(json.path("perPairMillis").asDouble()).isPositive();
        assertThat(json.path("speedup").asDouble()).isPositive();
        assertThat(json.path("mismatches").asInt()).isZero();
    }

    @Test
    void profileWithoutRoadTravel_isAUsageError() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", dir.resolve("plan.json").toString(),
                "--profile", "bike");

        assertThat(solved.exitCode()).isEqualTo(2);
        assertThat(solved.err()).contains("--osm FILE");
    }

    @Test
    void missingOsmFile_isBadInputNamingIt() {
        Path problem = problem("", ON_ROAD);

        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", dir.resolve("plan.json").toString(),
                "--osm", dir.resolve("nowhere.osm.pbf").toString(), "--graph-cache", graphs.resolve("x").toString());

        assertThat(solved.exitCode()).isEqualTo(2);
        assertThat(solved.err()).contains("nowhere.osm.pbf");
        BadInputTest.assertNoStackTrace(solved);
    }
}
