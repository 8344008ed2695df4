package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Problem;
import org.careroute.datasets.BenchmarkData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void solomonC101_isImportedValidatedSolvedAndVerified() throws IOException {
        Path problemFile = dir.resolve("c101.json");
        Path planFile = dir.resolve("plan.json");

        Cli.Result imported = Cli.run("import", "solomon", solomon("C101.txt").toString(), "-o", problemFile
                .toString());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains(problemFile + ": C101 (class C1): 100 visits, 25 caregivers of capacity"
                + " 200.");
        Problem problem = CarerouteJson.readProblem(problemFile);
        assertThat(problem.visits()).hasSize(100);
        assertThat(Files.readString(problemFile)).contains("\"mode\": \"euclidean\"").contains("\"travel-distance\"");
        assertThat(Cli.run("validate", problemFile.toString()).exitCode()).isZero();
        Cli.Result solved = Cli.run("solve", problemFile.toString(), "-o", planFile.toString(), "--move-count-limit",
                "3000", "--quiet");
        assertThat(solved.exitCode()).as(solved.toString()).isZero();
        Cli.Result verified = Cli.run("verify", problemFile.toString(), planFile.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
    }

    @Test
    void malformedInstance_exitsTwoNamingFileAndLine_andWritesNothing() throws IOException {
        Path instance = dir.resolve("broken.txt");
        Files.writeString(instance, Files.readString(solomon("R101.txt")).replace("41      49", "41      forty"));
        Path output = dir.resolve("r101.json");

        Cli.Result result = Cli.run("import", "solomon", instance.toString(), "-o", output.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(instance + ": (document): line 11: YCOORD. must be a number, got 'forty'.")
                .doesNotContain("Exception");
        assertThat(output).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void careroteJsonGivenAsInstance_exitsTwoWithAClearMessage() {
        Path json = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result result = Cli.run("import", "solomon", json.toString(), "-o", dir.resolve("out.json").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(json + ": (document): no VEHICLE section found; expected a Solomon /"
                + " Gehring-Homberger VRPTW instance");
    }

    @Test
    void missingInstance_orMissingFormat_exitTwo() {
        Path missing = dir.resolve("nope.txt");

        Cli.Result result = Cli.run("import", "solomon", missing.toString(), "-o", dir.resolve("x.json").toString());
        Cli.Result noFormat = Cli.run("import");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(missing + ": (document): no such instance file");
        assertThat(noFormat.exitCode()).isEqualTo(2);
        assertThat(noFormat.err()).contains("Missing format: use 'import solomon FILE -o PROBLEM'.");
    }

    private static Path solomon(String file) {
        return BenchmarkData.vrptwSet("solomon").resolve(file);
    }
}
