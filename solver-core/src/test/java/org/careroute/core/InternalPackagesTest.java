package org.careroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's surface is the {@code org.careroute.core.api} packages: no module of the repository other than
 * solver-core may use {@code org.careroute.core.internal}, in main or in test code. Other modules' tests that need
 * solver-core internals use helpers of solver-core's test-jar ({@code org.careroute.core.testutil}). A JPMS module
 * descriptor would say the same to the compiler, but solver-core needs the networknt JSON Schema validator, which has
 * no module name (see the solver-core README); this test scans the sources instead.
 */
class InternalPackagesTest {

    private static final Pattern INTERNAL = Pattern.compile("\\borg\\.careroute\\.core\\.internal\\b");

    @Test
    void noModuleButSolverCoreUsesCoreInternal() throws IOException {
        List<Path> sources = javaSourcesOutsideSolverCore();
        List<String> uses = new ArrayList<>();
        for (Path source : sources) {
            uses.addAll(internalUses(repositoryRoot().relativize(source).toString(), Files.readString(source)));
        }
        assertThat(uses).as("uses of org.careroute.core.internal outside solver-core (only org.careroute.core.api*"
                + " is public; move test helpers into solver-core's org.careroute.core.testutil)").isEmpty();
    }

    @Test
    void theScanReadsTheOtherModules() throws IOException {
        assertThat(javaSourcesOutsideSolverCore()).extracting(path -> repositoryRoot().relativize(path).toString())
                .contains("cli/src/main/java/org/careroute/cli/Main.java")
                .anyMatch(path -> path.startsWith("datasets/src/test/java/"))
                .noneMatch(path -> path.startsWith("solver-core/"));
    }

    @Test
    void everyKindOfUseIsFound() {
        String source = """
                package org.careroute.reports;

                import org.careroute.core.api.Planner;
                import org.careroute.core.internal.verify.RouteSimulation;
                import static org.careroute.core.internal.travel.TravelMatrices.build;

                class Sneaky {
                    Object matrix = org.careroute.core.internal.travel.LocationIndex.class;
                    Object reflective = Class.forName("org.careroute.core.internal.solver.SolverFactory");
                    Object fine = org.careroute.core.api.model.Problem.class;
                    Object alsoFine = "org.careroute.core.internalize";
                }
                """;
        assertThat(internalUses("Sneaky.java", source)).containsExactly(
                "Sneaky.java:4: import org.careroute.core.internal.verify.RouteSimulation;",
                "Sneaky.java:5: import static org.careroute.core.internal.travel.TravelMatrices.build;",
                "Sneaky.java:8: Object matrix = org.careroute.core.internal.travel.LocationIndex.class;",
                "Sneaky.java:9: Object reflective = Class.forName(\"org.careroute.core.internal.solver.SolverFactory\");");
    }

    private static List<String> internalUses(String name, String source) {
        List<String> uses = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = INTERNAL.matcher(lines[i]);
            if (matcher.find()) {
                uses.add(name + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        return uses;
    }

    /** The .java files under src/ of every module directory of the repository except solver-core. */
    private static List<Path> javaSourcesOutsideSolverCore() throws IOException {
        Path root = repositoryRoot();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml"))).sorted().toList()) {
                if (module.getFileName().toString().equals("solver-core") || !Files.isDirectory(module.resolve(
                        "src"))) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(module.resolve("src"))) {
                    files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(sources::add);
                }
            }
        }
        return sources;
    }

    /** Tests run in the module directory; the repository root is its parent, the pom that lists solver-core. */
    private static Path repositoryRoot() {
        Path root = Path.of("").toAbsolutePath().getParent();
        try {
            assertThat(Files.readString(root.resolve("pom.xml"))).contains("<module>solver-core</module>");
        } catch (IOException e) {
            throw new IllegalStateException("not run inside the careroute repository: " + root, e);
        }
        return root;
    }
}
