package org.careroute.core.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The verifier must stay independent of the solver: no Timefold, no solver internals. */
class VerifyPackageIndependenceTest {

    private static final Path SOURCES = Path.of("src/main/java/org/careroute/core/internal/verify");

    @Test
    void verifierSources_importNeitherTimefoldNorSolverCode() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(SOURCES)) {
            imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(VerifyPackageIndependenceTest::lines)
                    .filter(line -> line.startsWith("import ")).toList();
        }

        assertThat(imports).isNotEmpty().noneMatch(line -> line.contains("ai.timefold")).allMatch(line -> !line
                .contains("org.careroute.core.internal.") || line.contains("org.careroute.core.internal.travel."));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
