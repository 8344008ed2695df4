package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validProblem_exitsZeroWithASummary() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result result = Cli.run("validate", problem.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains(problem + ": valid: 2 caregivers, 2 shifts, 6 visits");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void invalidProblem_exitsTwoListingTheProblem() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.problemWith("/visits/4/id", "\"v3\""));

        Cli.Result result = Cli.run("validate", problem.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(problem + ": /visits/4/id: ").contains("1 problem found in " + problem);
        assertThat(result.out()).isEmpty();
    }
}
