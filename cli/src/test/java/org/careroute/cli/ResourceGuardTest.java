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
 * A problem whose travel matrices cannot fit in the heap is refused before solving with exit code 2 and advice, not
 * an OutOfMemoryError: 4 000 distinct locations need about 128 MB of matrices, the child JVM gets a 96 MB heap.
 */
@Tag("slow")
class ResourceGuardTest {

    @TempDir
    Path dir;

    @Test
    void matricesLargerThanTheHeap_exitTwoWithAdviceAndNoOutput() throws IOException, InterruptedException {
        StringWriter json = new StringWriter();
        CarerouteJson.writeProblem(TestProblems.random(51, 4_000, 2), json);
        Path problem = Files.writeString(dir.resolve("problem.json"), json.toString());
        Path plan = dir.resolve("plan.json");

        int exit = ChildCli.run(dir, "solve", List.of("-Xmx96m"), "solve", problem.toString(), "-o", plan
                .toString(), "--move-count-limit", "100");

        String err = Files.readString(dir.resolve("solve.err"));
        assertThat(exit).as(err).isEqualTo(2);
        assertThat(err).contains(problem.toString()).contains("distinct locations").contains("-Xmx").contains(
                "split the region").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(plan).doesNotExist();
    }
}
