package org.careroute.datasets;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark data the repository carries: {@code datasets/benchmarks/vrptw} (Solomon, Gehring–Homberger, best
 * known solutions), {@code datasets/benchmarks/uhhc} (UHHC home-health-care instances, published solutions, the
 * format specification) and {@code datasets/osm} (small OpenStreetMap extracts), each with its licence and citation.
 *
 * <p>
 * The data folder is found by walking up from the working directory, then from the location of this class (a jar
 * under {@code benchmarks/target} or {@code cli/target} of a clone); the system property {@code careroute.data}
 * names it explicitly. Benchmark sets have short names ({@link #VRPTW_SETS}, {@link #UHHC_SETS}); a path that
 * exists is always taken as it is.
 */
public final class BenchmarkData {

    /** System property naming the {@code datasets} folder (the one holding {@code benchmarks/} and {@code osm/}). */
    public static final String DATA_PROPERTY = "careroute.data";

    /** Short names of the VRPTW sets, folders of {@code datasets/benchmarks/vrptw}. */
    public static final List<String> VRPTW_SETS = List.of("solomon", "homberger_200", "homberger_1000");

    /** Short names of the UHHC sets, folders of {@code datasets/benchmarks/uhhc/instances}. */
    public static final List<String> UHHC_SETS = List.of("mankowska", "bazirha", "bazirha-caie", "generated-small",
            "mixed-dev");

    private static final Path MARKER = Path.of("datasets", "benchmarks");

    private BenchmarkData() {
    }

    /** The repository's {@code datasets} folder (holding {@code benchmarks/}, {@code osm/} and {@code samples/}). */
    public static Path root() {
        String configured = System.getProperty(DATA_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured);
            if (!Files.isDirectory(dir.resolve("benchmarks"))) {
                throw new IllegalStateException("-D" + DATA_PROPERTY + "=" + configured + " has no benchmarks/"
                        + " folder; name the repository's datasets folder.");
            }
            return dir;
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        codeLocation().ifPresent(starts::add);
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve(MARKER))) {
                    return dir.resolve("datasets");
                }
            }
        }
        throw new IllegalStateException("Cannot find the repository's datasets/benchmarks folder above "
                + starts.getFirst() + "; run careroute from its clone or set -D" + DATA_PROPERTY
                + "=<clone>/datasets.");
    }

    /** {@code datasets/benchmarks/vrptw}: the VRPTW sets and {@code bks.csv}. */
    public static Path vrptw() {
        return root().resolve("benchmarks").resolve("vrptw");
    }

    /** {@code datasets/benchmarks/uhhc}: {@code instances/<set>}, {@code solutions}, {@code spec}. */
    public static Path uhhc() {
        return root().resolve("benchmarks").resolve("uhhc");
    }

    /** {@code datasets/samples}: the shipped sample problems. */
    public static Path samples() {
        return root().resolve("samples");
    }

    /** An OpenStreetMap extract of {@code datasets/osm} by file name, e.g. {@code andorra.osm.pbf}. */
    public static Path osm(String fileName) {
        Path file = root().resolve("osm").resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No OSM extract " + fileName + " in " + file.getParent()
                    + "; shipped: andorra.osm.pbf, monaco.osm.gz, krems.osm.gz, north-bayreuth.osm.gz.");
        }
        return file;
    }

    /** A VRPTW set directory: an existing directory as given, else a short name ({@link #VRPTW_SETS}). */
    public static Path vrptwSet(String nameOrPath) {
        return set(nameOrPath, VRPTW_SETS, "vrptw");
    }

    /** A UHHC set directory: an existing directory as given, else a short name ({@link #UHHC_SETS}). */
    public static Path uhhcSet(String nameOrPath) {
        return set(nameOrPath, UHHC_SETS, "uhhc");
    }

    private static Path set(String nameOrPath, List<String> names, String kind) {
        Path given = Path.of(nameOrPath);
        if (Files.isDirectory(given)) {
            return given;
        }
        String name = nameOrPath.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (String known : names) {
            if (known.replace('-', '_').equals(name)) {
                Path base = kind.equals("vrptw") ? vrptw() : uhhc().resolve("instances");
                return base.resolve(known);
            }
        }
        throw new IllegalArgumentException(nameOrPath + ": neither a directory nor a shipped " + kind + " set; use"
                + " one of " + String.join(", ", names) + " or a directory of instance files.");
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = BenchmarkData.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null
                    ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
