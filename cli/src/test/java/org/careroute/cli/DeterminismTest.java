package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same problem, seed and move-count limit give a byte-identical plan file in this JVM and in two fresh JVMs
 * (another JIT, another hash seed, another start-up order).
 */
@Tag("slow")
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedAndMoveCountLimit_byteIdenticalPlanAcrossJvms() throws IOException, InterruptedException {
        StringWriter json = new StringWriter();
        CarerouteJson.writeProblem(TestProblems.random(41, 40, 4), json);
        Path problem = Files.writeString(dir.resolve("problem.json"), json.toString());
        String[] options = {"--seed", "17", "--move-count-limit", "5000", "-q"};

        Cli.Result here = Cli.run(concat(problem, dir.resolve("here.json"), options));
        int first = ChildCli.run(dir, "first", List.of(), concat(problem, dir.resolve("first.json"), options));
        int second = ChildCli.run(dir, "second", List.of("-XX:TieredStopAtLevel=1"), concat(problem, dir.resolve(
                "second.json"), options));

        assertThat(here.exitCode()).as(here.toString()).isZero();
        assertThat(first).isZero();
        assertThat(second).isZero();
        byte[] expected = Files.readAllBytes(dir.resolve("here.json"));
        assertThat(dir.resolve("first.json")).hasBinaryContent(expected);
        assertThat(dir.resolve("second.json")).hasBinaryContent(expected);
    }

    private static String[] concat(Path problem, Path output, String... options) {
        String[] args = new String[4 + options.length];
        args[0] = "solve";
        args[1] = problem.toString();
        args[2] = "-o";
        args[3] = output.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return args;
    }
}
