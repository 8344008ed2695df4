package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import org.careroute.core.testutil.HostileInputs;

/**
 * Hostile problem files through {@code careroute validate} and {@code careroute solve}: every mutated problem ends
 * with exit code 0 and a plan that verifies, or exit code 2 with every message naming the file and a JSON pointer;
 * never a stack trace or an unexpected error, and the previous plan file stays byte for byte as it was, with no
 * temporary file left. {@code validate} and {@code solve} agree on what is valid. The system property
 * {@code careroute.fuzz.factor} multiplies the number of files for a longer soak.
 */
@Tag("slow")
class HostileCliPropertiesTest {

    private static final int FACTOR = Integer.getInteger("careroute.fuzz.factor", 1);
    private static final byte[] OLD_PLAN = "{\"an\": \"old plan\"}\n".getBytes(StandardCharsets.UTF_8);
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger PLANNED = new AtomicInteger();

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void hostileProblemFile_exitsTwoWithPointersOrPlans(@ForAll long seed) throws IOException {
        for (int round = 0; round < FACTOR; round++) {
            long variantSeed = seed + round * 0x9E3779B97F4A7C15L;
            Path dir = Files.createTempDirectory("hostile-cli");
            try {
                check(dir, HostileInputs.mutate(Fixtures.PROBLEM, variantSeed));
            } finally {
                delete(dir);
            }
        }
    }

    @AfterContainer
    static void tally() {
        System.out.printf("hostile problem files through the command line: %d tried, %d refused with exit 2,"
                + " %d planned%n", TRIED.get(), REFUSED.get(), PLANNED.get());
    }

    private static void check(Path dir, HostileInputs.Variant variant) throws IOException {
        TRIED.incrementAndGet();
        Path problem = Files.write(dir.resolve("problem.json"), variant.bytes());
        Path plan = Files.write(dir.resolve("plan.json"), OLD_PLAN);

        Cli.Result validated = Cli.run("validate", problem.toString());
        Cli.Result solved = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", "100",
                "-q");

        assertThat(validated.exitCode()).as(() -> validated + "\n" + variant).isIn(0, 2);
        assertThat(solved.exitCode()).as(() -> solved + "\n" + variant).isEqualTo(validated.exitCode());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).as(variant::toString)
                    .containsExactlyInAnyOrder("problem.json", "plan.json");
        }
        if (solved.exitCode() == 2) {
            assertRefusal(validated, problem, variant);
            assertRefusal(solved, problem, variant);
            assertThat(plan).as(variant::toString).hasBinaryContent(OLD_PLAN);
            REFUSED.incrementAndGet();
        } else {
            Cli.Result verified = Cli.run("verify", problem.toString(), plan.toString());
            assertThat(verified.exitCode()).as(() -> verified + "\n" + variant).isIn(0, 1);
            assertThat(verified.out()).as(() -> verified + "\n" + variant).contains("Recomputed");
            PLANNED.incrementAndGet();
        }
    }

    /** Every line names the file and a pointer, except the closing count; no stack trace, no unexpected error. */
    private static void assertRefusal(Cli.Result result, Path problem, HostileInputs.Variant variant) {
        String prefix = problem + ": ";
        String[] lines = result.err().split("\n");
        if (lines.length < 2 || !lines[lines.length - 1].matches("\\d+ problems? found in .*")) {
            fail("No problem count at the end of %s for %s", result, variant);
        }
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (!line.startsWith(prefix + "/") && !line.startsWith(prefix + "(document): ")) {
                fail("Line without file and pointer: '%s' in %s for %s", line, result, variant);
            }
        }
        if (result.err().contains("\tat ") || result.err().contains("unexpected error")) {
            fail("Stack trace or unexpected error: %s for %s", result, variant);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
