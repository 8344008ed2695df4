package org.careroute.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.TransportMode;
import org.careroute.routing.MatrixBenchmark;
import org.careroute.routing.RoadNetwork;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careroute bench matrix --osm FILE --points N}: the road matrix against per-pair routing. */
@Command(name = "matrix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Times the many-to-many road matrix between N random road points of FILE against GraphHopper's"
                + " per-pair routing (on a sample of pairs, extrapolated to all pairs) and prints one JSON line:"
                + " points, matrixMillis (best of 3 after a warm-up), perPairMillis, speedup, mismatches (sampled"
                + " pairs whose matrix entry differs from per-pair routing by more than 1 s or 1 m)."}, footer = {"",
                        "Exit codes: 0 done, 2 bad input."})
final class BenchMatrixCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--osm", required = true, paramLabel = "FILE", description = "The OpenStreetMap extract.")
    private Path osmFile;

    @Option(names = "--points", required = true, paramLabel = "N", description = "Number of random points (2 to"
            + " 20000).")
    private int points;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "car", description = "car, bike or foot"
            + " (default ${DEFAULT-VALUE}).")
    private TransportMode profile;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "1000", description = "Pairs routed one by one to"
            + " estimate per-pair routing (default ${DEFAULT-VALUE}).")
    private int pairs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed of the points"
            + " (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Matrix threads (default: one per core).")
    private Integer threads;

    @Option(names = "--graph-cache", paramLabel = "DIR", description = "Folder for the imported road graph"
            + " (default: ~/.cache/careroute/graphs/<osm file>-<path hash>).")
    private Path graphCache;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        if (points < 2 || points > 20_000) {
            throw new CommandFailure("bench matrix: --points must be within 2 and 20000, got " + points + ".");
        }
        if (pairs < 1) {
            throw new CommandFailure("bench matrix: --pairs must be at least 1, got " + pairs + ".");
        }
        int matrixThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (matrixThreads < 1) {
            throw new CommandFailure("bench matrix: --threads must be at least 1, got " + matrixThreads + ".");
        }
        long start = System.nanoTime();
        try (RoadNetwork network = RoadTravel.openNetwork(osmFile, graphCache, OsmTravel.DEFAULT_MAX_SNAP_METERS,
                matrixThreads)) {
            double loadMillis = (System.nanoTime() - start) / 1e6;
            MatrixBenchmark.Result result = MatrixBenchmark.run(network, profile, points, pairs, seed);
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "{\"osmFile\": \"%s\", \"profile\": \"%s\", \"points\": %d, \"threads\": %d, \"graphImported\": %b,"
                            + " \"graphLoadMillis\": %.0f, \"matrixMillis\": %.1f, \"perPairMillis\": %.3f,"
                            + " \"sampledPairs\": %d, \"speedup\": %.0f, \"mismatches\": %d}",
                    osmFile.getFileName().toString().replace("\\", "\\\\").replace("\"", "\\\""), result.mode(),
                    result.points(), result.threads(), network.imported(), loadMillis, result.matrixMillis(),
                    result.perPairMillis(), result.sampledPairs(), result.speedup(), result.mismatches()));
        } catch (IllegalStateException e) {
            throw new CommandFailure("bench matrix: " + ErrorHandling.describe(e));
        }
        return ExitCodes.OK;
    }
}
