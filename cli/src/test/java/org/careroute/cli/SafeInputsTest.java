package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing in a problem file makes careroute open or create files other than those named on the command line, open
 * network connections, or load code: road networks and graph caches named in a problem are refused unless the
 * command line names the same ones, and members that could point elsewhere ({@code $ref}, {@code $schema}, a custom
 * routing model) are unknown properties.
 */
class SafeInputsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"validate", "solve", "verify", "explain", "report", "export"})
    void osmFileAndCacheDirInTheProblem_areRefusedWithoutTouchingThem(String command) throws IOException {
        Path osm = Fixtures.write(dir.resolve("secret.osm.pbf"), "not a map");
        Path cache = dir.resolve("graphs-from-the-problem");
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.problemWith("/travel", "{\"mode\":"
                + " \"osm\", \"osmFile\": \"secret.osm.pbf\", \"cacheDir\": \"graphs-from-the-problem\"}"));
        Path plan = Fixtures.write(dir.resolve("plan.json"), "old plan");

        Cli.Result result = switch (command) {
            case "validate" -> Cli.run("validate", problem.toString());
            case "solve" -> Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "100");
            case "report" -> Cli.run("report", problem.toString(), plan.toString(), "-o", dir.resolve("r.html")
                    .toString());
            case "export" -> Cli.run("export", problem.toString(), plan.toString(), "--csv", dir.resolve("p.csv")
                    .toString());
            default -> Cli.run(command, problem.toString(), plan.toString());
        };

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).contains(problem + ": /travel/osmFile:").contains("--osm "
                + osm).contains(problem + ": /travel/cacheDir:").contains("--graph-cache " + cache);
        assertThat(cache).doesNotExist();
        assertThat(plan).hasContent("old plan");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("secret.osm.pbf",
                    "problem.json", "plan.json");
        }
    }

    @Test
    void osmFileInTheProblemDifferentFromTheCommandLine_isRefused() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.problemWith("/travel", "{\"mode\":"
                + " \"osm\", \"osmFile\": \"/somewhere/else.osm.pbf\"}"));

        Cli.Result result = Cli.run("validate", problem.toString(), "--osm", dir.resolve("region.osm.pbf")
                .toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(problem + ": /travel/osmFile:").contains("/somewhere/else.osm.pbf")
                .contains("pass the same file with --osm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/$schema", "/$ref", "/travel/$ref", "/travel/customModel", "/travel/customModelFile",
            "/visits/0/$ref", "/caregivers/0/script"})
    void membersThatCouldPointElsewhere_areUnknownPropertiesAndOpenNoConnection(String pointer) throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            String url = "\"http://127.0.0.1:" + server.getLocalPort() + "/evil.json\"";
            Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.problemWith(pointer, url));

            Cli.Result result = Cli.run("validate", problem.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.err()).contains(problem + ": " + pointer + ": Unknown property");
            assertNoConnectionWasAttempted(server);
        }
    }

    /** A connection attempt would wait in the server's backlog; accepting with the shortest timeout finds it. */
    private static void assertNoConnectionWasAttempted(ServerSocket server) throws IOException {
        server.setSoTimeout(1);
        try {
            server.accept().close();
            throw new AssertionError("careroute connected to " + server.getLocalSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nothing connected
        }
    }
}
