package org.careroute.cli;

import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.Planner;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.reports.RouteGeometry;
import org.careroute.routing.RoadNetwork;
import org.careroute.routing.RoutingOptions;

/**
 * The road network of one command, when the problem travels on roads ({@code --osm} or {@code "travel": {"mode":
 * "osm"}}), and the planner that uses it. The graph is always prepared for all three profiles so that problems with
 * different transport modes share one cached graph.
 */
final class RoadTravel implements AutoCloseable {

    /** The source name the library gives its errors; replaced by the problem file's name. */
    private static final String LIBRARY_SOURCE = "problem";

    private final RoadNetwork network;
    private final OsmTravel travel;

    private RoadTravel(RoadNetwork network, OsmTravel travel) {
        this.network = network;
        this.travel = travel;
    }

    /**
     * The problem with its travel settings adjusted to the options: {@code --osm} switches to road travel, the other
     * options override the problem's osm settings.
     *
     * <p>
     * careroute reads and writes only the files named on the command line: a road network ({@code osmFile}) or graph
     * cache ({@code cacheDir}) named inside the problem is used only when the same path (relative paths resolved
     * against the problem's folder) is also given with {@code --osm} or {@code --graph-cache}; otherwise the problem
     * is refused without touching that path.
     */
    static Problem apply(Problem problem, Path problemFile, OsmOptions options) {
        OsmTravel current = problem.travel() instanceof OsmTravel osm ? osm : null;
        if (options.osmFile == null && current == null) {
            if (options.anyGiven()) {
                throw new CommandFailure("--profile, --graph-cache and --max-snap need road travel: give --osm FILE"
                        + " or use a problem with \"travel\": {\"mode\": \"osm\", ...}.");
            }
            return problem;
        }
        if (current != null) {
            requireNamedOnCommandLine(current, problemFile, options);
        }
        String osmFile = options.osmFile.toString();
        String cacheDir = options.graphCache != null ? options.graphCache.toString() : null;
        double maxSnap = options.maxSnapMeters != null
                ? options.maxSnapMeters
                : current == null ? OsmTravel.DEFAULT_MAX_SNAP_METERS : current.maxSnapMeters();
        TransportMode profile = options.profile != null ? options.profile : current == null ? null : current.profile();
        OsmTravel travel;
        try {
            travel = new OsmTravel(osmFile, maxSnap, cacheDir, profile);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("careroute: " + e.getMessage());
        }
        return new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), travel, problem.caregivers(),
                problem.visits(), problem.constraintWeights(), problem.clients());
    }

    /** Refuses a problem naming a road network or graph cache that the command line does not name too. */
    private static void requireNamedOnCommandLine(OsmTravel travel, Path problemFile, OsmOptions options) {
        Path folder = problemFile.toAbsolutePath().getParent();
        List<InputError> errors = new ArrayList<>();
        Path osmFile = resolve(folder, travel.osmFile());
        if (options.osmFile == null) {
            errors.add(new InputError(problemFile.toString(), "/travel/osmFile", "careroute opens only the files"
                    + " named on the command line, not files named inside a problem: pass the road network with"
                    + " --osm " + osmFile + "."));
        } else if (!osmFile.equals(options.osmFile.toAbsolutePath().normalize())) {
            errors.add(new InputError(problemFile.toString(), "/travel/osmFile", "The problem names the road network "
                    + osmFile + " but --osm gives " + options.osmFile + "; remove osmFile from the problem or pass"
                    + " the same file with --osm."));
        }
        if (travel.cacheDir() != null) {
            Path cacheDir = resolve(folder, travel.cacheDir());
            if (options.graphCache == null) {
                errors.add(new InputError(problemFile.toString(), "/travel/cacheDir", "careroute writes only to"
                        + " folders named on the command line, not to folders named inside a problem: pass the graph"
                        + " cache with --graph-cache " + cacheDir + " or remove cacheDir from the problem."));
            } else if (!cacheDir.equals(options.graphCache.toAbsolutePath().normalize())) {
                errors.add(new InputError(problemFile.toString(), "/travel/cacheDir", "The problem names the graph"
                        + " cache " + cacheDir + " but --graph-cache gives " + options.graphCache + "; remove"
                        + " cacheDir from the problem or pass the same folder with --graph-cache."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** {@code path} (as written in the problem) against the problem's folder, without touching the file system. */
    private static Path resolve(Path folder, String path) {
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            // never equal to a path given on the command line: refused with the message of the caller
            given = Path.of("invalid-path-" + Integer.toHexString(path.hashCode()));
        }
        return (folder == null ? given.toAbsolutePath() : folder.resolve(given)).normalize();
    }

    /** Opens (imports or loads) the road network when the problem travels on roads. */
    static RoadTravel open(Problem problem) {
        if (!(problem.travel() instanceof OsmTravel osm)) {
            return new RoadTravel(null, null);
        }
        return open(osm);
    }

    /** Opens (imports or loads) the road network of {@code osm}. */
    static RoadTravel open(OsmTravel osm) {
        Path cacheDir = osm.cacheDir() == null ? null : Path.of(osm.cacheDir());
        return new RoadTravel(openNetwork(Path.of(osm.osmFile()), cacheDir, osm.maxSnapMeters(), Runtime
                .getRuntime().availableProcessors()), osm);
    }

    static RoadNetwork openNetwork(Path osmFile, Path cacheDir, double maxSnapMeters, int threads) {
        RoutingOptions options = RoutingOptions.of(osmFile, cacheDir == null
                ? RoutingOptions.defaultCacheDir(osmFile)
                : cacheDir).withModes(EnumSet.allOf(TransportMode.class));
        try {
            return RoadNetwork.open(options.withMaxSnapMeters(maxSnapMeters).withThreads(threads));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CommandFailure(osmFile + ": " + ErrorHandling.describe(e));
        } catch (IllegalStateException e) {
            throw new CommandFailure(osmFile + ": cannot build the road graph: " + ErrorHandling.describe(e));
        }
    }

    /** The travel settings of the network, null without road travel. */
    OsmTravel travel() {
        return travel;
    }

    /** The road network as the library's matrix source, null without road travel. */
    TravelMatrixSource source() {
        return network;
    }

    /**
     * The shape of each drive on maps (GeoJSON export, HTML report): along the roads with road travel (from the
     * location to the road, the road path, then to the destination), straight lines otherwise or where no road path
     * exists.
     */
    RouteGeometry geometry() {
        if (network == null) {
            return RouteGeometry.STRAIGHT_LINES;
        }
        return (from, to, mode) -> {
            if (from.equals(to)) {
                return List.of(from, to);
            }
            return network.path(from, to, travel.profileFor(mode)).map(path -> {
                List<GeoLocation> line = new ArrayList<>(path.points().size() + 2);
                line.add(from);
                line.addAll(path.points());
                line.add(to);
                return List.copyOf(line);
            }).orElse(List.of(from, to));
        };
    }

    /** A planner that takes road matrices from the network (or the plain planner without one). */
    Planner planner() {
        return network == null ? Planner.create() : Planner.create(network);
    }

    /**
     * Runs {@code action} with the problem's road network open (when it travels on roads) and closes it; input
     * errors found meanwhile name {@code problemFile}.
     */
    static <T> T using(Problem problem, Path problemFile, Function<RoadTravel, T> action) {
        try (RoadTravel roads = open(problem)) {
            return action.apply(roads);
        } catch (InvalidInputException e) {
            throw relabel(e, problemFile);
        }
    }

    /** Errors about the problem's content carry the library's generic source name; name the file instead. */
    static InvalidInputException relabel(InvalidInputException e, Path problemFile) {
        List<InputError> errors = e.errors().stream().map(error -> LIBRARY_SOURCE.equals(error.source())
                ? new InputError(problemFile.toString(), error.pointer(), error.message())
                : error).toList();
        return new InvalidInputException(errors);
    }

    @Override
    public void close() {
        if (network != null) {
            network.close();
        }
    }
}
