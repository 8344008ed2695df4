package org.careroute.cli;

import java.io.UncheckedIOException;
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
     * options override the problem's osm settings; relative paths in the problem are resolved against its folder.
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
        Path folder = problemFile.toAbsolutePath().getParent();
        String osmFile = options.osmFile != null
                ? options.osmFile.toString()
                : resolve(folder, current.osmFile());
        String cacheDir = options.graphCache != null
                ? options.graphCache.toString()
                : current == null || current.cacheDir() == null ? null : resolve(folder, current.cacheDir());
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

    private static String resolve(Path folder, String path) {
        return folder == null ? path : folder.resolve(path).normalize().toString();
    }

    /** Opens (imports or loads) the road network when the problem travels on roads. */
    static RoadTravel open(Problem problem) {
        if (!(problem.travel() instanceof OsmTravel osm)) {
            return new RoadTravel(null, null);
        }
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
