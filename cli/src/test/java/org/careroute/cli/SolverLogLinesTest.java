package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the terminal shows while solving (the real {@code main} in a child JVM, stderr captured): by default the
 * progress display and no solver log lines, which would break into it; with {@code --verbose} the solver's lines,
 * ending with the speed of careroute's own search rather than Timefold's "move evaluation speed (0/sec)".
 */
@Tag("slow")
class SolverLogLinesTest {

    private static final Pattern SEARCH_ENDED = Pattern
            .compile("Search ended: .* (\\d+) moves evaluated \\((\\d+)/sec\\):"
                    + " (\\d+) ruin-and-recreate iterations \\((\\d+)/sec\\)");

    @TempDir
    Path dir;

    private String solve(String name, String... options) throws IOException, InterruptedException {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        List<String> args = new java.util.ArrayList<>(List.of("solve", problem.toString(), "-o", dir.resolve(name
                + ".json").toString(), "--move-count-limit", "3000"));
        args.addAll(List.of(options));
        // as on a terminal: the launcher tells the JVM that stderr is one
        int exit = ChildCli.run(dir, name, List.of("-D" + Terminal.STDERR_IS_TERMINAL_PROPERTY + "=true"), args
                .toArray(String[]::new));
        String err = Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8);
        assertThat(exit).as(err).isZero();
        return err;
    }

    @Test
    void byDefault_noSolverLogLinesBreakIntoTheProgressDisplay() throws IOException, InterruptedException {
        String err = solve("default");

        assertThat(err).contains("Planning 'karlstad-morning'").contains("  feasible  best ").doesNotContain(
                "Solving started").doesNotContain("Solving ended").doesNotContain("Search ended").doesNotContain(
                        " INFO ");
    }

    @Test
    void verbose_showsTheSolverLinesEndingWithTheSpeedOfTheSearchThatRan() throws IOException,
            InterruptedException {
        String err = solve("verbose", "--verbose");

        assertThat(err).contains("Solving started").contains("Solving ended");
        List<String> logLines = err.lines().filter(line -> line.contains(" INFO ")).toList();
        String last = logLines.getLast();
        Matcher speed = SEARCH_ENDED.matcher(last);
        assertThat(speed.find()).as("last log line: %s%nstderr:%n%s", last, err).isTrue();
        long iterations = Long.parseLong(speed.group(3));
        assertThat(iterations).as(last).isPositive();
        assertThat(Long.parseLong(speed.group(1))).as(last).isGreaterThanOrEqualTo(iterations);
        assertThat(Long.parseLong(speed.group(4))).as(last).isPositive();
    }
}
