package org.careroute.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.querygraph.QueryRoutingCHGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.BBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.api.travel.UnroutableLocation;
import org.careroute.core.api.travel.UnroutableLocationsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A road network loaded from an OSM file with GraphHopper: travel matrices for the transport modes it was prepared
 * for, computed with a many-to-many contraction-hierarchy search on all configured threads. Thread-safe; close it to
 * free the graph.
 *
 * <p>
 * Map data © OpenStreetMap contributors (ODbL) when built from OpenStreetMap extracts.
 */
public final class RoadNetwork implements TravelMatrixSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RoadNetwork.class);

    private final GraphHopper hopper;
    private final RoutingOptions options;
    private final boolean imported;
    private final Map<TransportMode, ProfileGraph> profiles;
    private final MatrixCache matrixCache;
    private final AtomicLong matrixCacheHits = new AtomicLong();

    private RoadNetwork(GraphHopper hopper, RoutingOptions options, boolean imported,
            Map<TransportMode, ProfileGraph> profiles, MatrixCache matrixCache) {
        this.hopper = hopper;
        this.options = options;
        this.imported = imported;
        this.profiles = profiles;
        this.matrixCache = matrixCache;
    }

    /** Loads the graph from the cache folder, or imports the OSM file when the cache does not fit it. */
    public static RoadNetwork open(RoutingOptions options) {
        GraphCache.Opened opened = GraphCache.open(options);
        GraphHopper hopper = opened.hopper();
        try {
            Map<TransportMode, ProfileGraph> profiles = new EnumMap<>(TransportMode.class);
            for (TransportMode mode : options.modes()) {
                profiles.put(mode, ProfileGraph.of(hopper, RoadProfiles.profileName(mode)));
            }
            MatrixCache matrices = options.matrixCache()
                    ? new MatrixCache(options.cacheDir().resolve("matrices"), opened.graphKey())
                    : null;
            return new RoadNetwork(hopper, options, opened.imported(), profiles, matrices);
        } catch (RuntimeException e) {
            hopper.close();
            throw e;
        }
    }

    /** Whether opening this network imported the OSM file (false: the graph came from the cache). */
    public boolean imported() {
        return imported;
    }

    public RoutingOptions options() {
        return options;
    }

    public Set<TransportMode> modes() {
        return profiles.keySet();
    }

    /** The bounding box of the road graph. */
    public BBox bounds() {
        return hopper.getBaseGraph().getBounds();
    }

    /** How many matrices this network took from the matrix cache instead of computing them. */
    public long matrixCacheHits() {
        return matrixCacheHits.get();
    }

    /** Number of nodes of the road graph. */
    public int graphNodes() {
        return hopper.getBaseGraph().getNodes();
    }

    @Override
    public RoadTravelMatrix matrix(List<Location> locations, TransportMode mode) {
        List<GeoLocation> points = new ArrayList<>(locations.size());
        for (Location location : locations) {
            if (!(location instanceof GeoLocation geo)) {
                throw new IllegalArgumentException("Road travel needs locations with lat and lon, but got "
                        + location + ".");
            }
            points.add(geo);
        }
        return geoMatrix(points, mode);
    }

    /**
     * The travel matrix between {@code points} for one transport mode, from the matrix cache when it holds one for
     * exactly these points, graph, profile and snap distance.
     *
     * @throws UnroutableLocationsException
     *             listing every point that is farther than the maximum snap distance from a usable road, or that
     *             cannot reach or be reached from the others
     */
    public RoadTravelMatrix geoMatrix(List<GeoLocation> points, TransportMode mode) {
        profile(mode);
        if (matrixCache == null) {
            return computeMatrix(points, mode);
        }
        RoadTravelMatrix cached = matrixCache.load(points, mode, options.maxSnapMeters());
        if (cached != null) {
            matrixCacheHits.incrementAndGet();
            return cached;
        }
        RoadTravelMatrix matrix = computeMatrix(points, mode);
        matrixCache.store(points, mode, options.maxSnapMeters(), matrix);
        return matrix;
    }

    /** As {@link #geoMatrix}, but always computed, never taken from or put into the matrix cache. */
    public RoadTravelMatrix computeMatrix(List<GeoLocation> points, TransportMode mode) {
        ProfileGraph profile = profile(mode);
        long start = System.nanoTime();
        int n = points.size();
        List<UnroutableLocation> problems = new ArrayList<>();
        List<Snap> snaps = new ArrayList<>();
        int[] snappedIndex = new int[n];
        double[] snapMeters = new double[n];
        for (int i = 0; i < n; i++) {
            GeoLocation point = points.get(i);
            Snap snap = hopper.getLocationIndex().findClosest(point.lat(), point.lon(), profile.snapFilter);
            snapMeters[i] = snap.isValid() ? snap.getQueryDistance() : Double.NaN;
            if (!snap.isValid() || snap.getQueryDistance() > options.maxSnapMeters()) {
                snappedIndex[i] = -1;
                problems.add(notSnapped(i, point, snapMeters[i], mode));
            } else {
                snappedIndex[i] = snaps.size();
                snaps.add(snap);
            }
        }
        QueryGraph queryGraph = QueryGraph.create(hopper.getBaseGraph(), snaps);
        int[] nodes = new int[snaps.size()];
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = snaps.get(k).getClosestNode();
        }
        int baseNodes = hopper.getBaseGraph().getNodes();
        int[] endA = new int[queryGraph.getNodes() - baseNodes];
        int[] endB = new int[endA.length];
        for (Snap snap : snaps) {
            int node = snap.getClosestNode();
            if (node >= baseNodes) {
                endA[node - baseNodes] = snap.getClosestEdge().getBaseNode();
                endB[node - baseNodes] = snap.getClosestEdge().getAdjNode();
            }
        }
        RoutingCHGraph chGraph = new QueryRoutingCHGraph(profile.ch, queryGraph);
        SearchData search = profile.search();
        ManyToManyCH.Result result = new ManyToManyCH(chGraph, queryGraph, search.costs(), search.levels(), endA,
                endB, options.threads()).compute(nodes);
        problems.addAll(unreachable(result, snappedIndex, snapMeters, mode));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(UnroutableLocation::index));
            throw new UnroutableLocationsException(problems);
        }
        // no problems: every location was snapped, in order, so the result is already indexed like the points
        LOG.debug("Road matrix {}x{} for {} in {} ms", n, n, mode.jsonName(), (System.nanoTime() - start) / 1_000_000);
        return new RoadTravelMatrix(n, result.seconds(), result.meters());
    }

    /** GraphHopper's own {@code route()} between two points (for comparisons and benchmarks); empty if none. */
    public Optional<RoadLeg> route(GeoLocation from, GeoLocation to, TransportMode mode) {
        profile(mode);
        GHResponse response = hopper.route(new GHRequest(from.lat(), from.lon(), to.lat(), to.lon())
                .setProfile(RoadProfiles.profileName(mode)));
        if (response.hasErrors()) {
            return Optional.empty();
        }
        ResponsePath path = response.getBest();
        return Optional.of(new RoadLeg(path.getTime(), path.getDistance()));
    }

    /**
     * The road path between two points (GraphHopper's {@code route()} with geometry), for maps and reports; empty if
     * there is none. Its time and distance equal the matrix entry for the same pair (tests: within 1 s and 1 m).
     */
    public Optional<RoadPath> path(GeoLocation from, GeoLocation to, TransportMode mode) {
        profile(mode);
        GHRequest request = new GHRequest(from.lat(), from.lon(), to.lat(), to.lon())
                .setProfile(RoadProfiles.profileName(mode));
        request.putHint("instructions", false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) {
            return Optional.empty();
        }
        ResponsePath best = response.getBest();
        PointList points = best.getPoints();
        List<GeoLocation> polyline = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            polyline.add(new GeoLocation(points.getLat(i), points.getLon(i)));
        }
        return Optional.of(new RoadPath(polyline, best.getTime(), best.getDistance()));
    }

    /** The point on the road network a location snaps to, if within the maximum snap distance. */
    public Optional<GeoLocation> snap(GeoLocation point, TransportMode mode) {
        Snap snap = hopper.getLocationIndex().findClosest(point.lat(), point.lon(), profile(mode).snapFilter);
        if (!snap.isValid() || snap.getQueryDistance() > options.maxSnapMeters()) {
            return Optional.empty();
        }
        return Optional.of(new GeoLocation(snap.getSnappedPoint().getLat(), snap.getSnappedPoint().getLon()));
    }

    @Override
    public void close() {
        hopper.close();
    }

    private ProfileGraph profile(TransportMode mode) {
        ProfileGraph profile = profiles.get(mode);
        if (profile == null) {
            throw new IllegalArgumentException("The road network was prepared for "
                    + profiles.keySet().stream().map(TransportMode::jsonName).collect(Collectors.joining(", "))
                    + " but not for " + mode.jsonName() + "; add it to the routing profiles.");
        }
        return profile;
    }

    private UnroutableLocation notSnapped(int index, GeoLocation point, double meters, TransportMode mode) {
        String where = Double.isNaN(meters)
                ? String.format(Locale.ROOT, "there is no road usable by %s anywhere near", mode.jsonName())
                : String.format(Locale.ROOT, "the nearest road usable by %s is %.0f m away", mode.jsonName(), meters);
        return new UnroutableLocation(index, UnroutableLocation.Reason.NOT_SNAPPED, meters,
                String.format(Locale.ROOT,
                        "location (%.6f, %.6f) is not on the road network: %s, farther than the maximum snap "
                                + "distance of %.0f m; check the coordinates (and that the OSM extract covers them) "
                                + "or raise maxSnapMeters",
                        point.lat(), point.lon(), where, options.maxSnapMeters()));
    }

    /**
     * Locations cut off from the rest: picks the best-connected location as reference and reports every location
     * that cannot reach it or cannot be reached from it.
     */
    private static List<UnroutableLocation> unreachable(ManyToManyCH.Result result, int[] snappedIndex,
            double[] snapMeters, TransportMode mode) {
        int m = result.size();
        int reference = -1;
        int fewestMissing = Integer.MAX_VALUE;
        for (int i = 0; i < m; i++) {
            int missing = 0;
            for (int j = 0; j < m; j++) {
                if (!result.reachable(i, j)) {
                    missing++;
                }
                if (!result.reachable(j, i)) {
                    missing++;
                }
            }
            if (missing < fewestMissing) {
                fewestMissing = missing;
                reference = i;
            }
        }
        List<UnroutableLocation> problems = new ArrayList<>();
        if (reference < 0 || fewestMissing == 0) {
            // the reference reaches every location both ways, so all locations are connected through it
            return problems;
        }
        for (int index = 0; index < snappedIndex.length; index++) {
            int k = snappedIndex[index];
            if (k < 0 || k == reference) {
                continue;
            }
            boolean out = result.reachable(k, reference);
            boolean in = result.reachable(reference, k);
            if (!out || !in) {
                String direction = !out && !in
                        ? "cannot reach or be reached from"
                        : !out ? "cannot reach" : "cannot be reached from";
                problems.add(new UnroutableLocation(index, UnroutableLocation.Reason.UNREACHABLE, snapMeters[index],
                        String.format(Locale.ROOT,
                                "location %s the other locations by %s (it snapped to a road %.0f m away that is cut "
                                        + "off, e.g. an island, a private or closed area or a one-way trap); move it "
                                        + "to a connected road",
                                direction, mode.jsonName(), snapMeters[index])));
            }
        }
        return problems;
    }

    /**
     * The prepared data of one profile. The search data (shortcut costs, node levels: 16 bytes per CH edge and 4
     * per node) is computed on the first matrix for the profile, so profiles that are never asked for cost nothing.
     */
    private static final class ProfileGraph {
        private final RoutingCHGraph ch;
        private final DefaultSnapFilter snapFilter;
        private volatile SearchData search;

        private ProfileGraph(RoutingCHGraph ch, DefaultSnapFilter snapFilter) {
            this.ch = ch;
            this.snapFilter = snapFilter;
        }

        static ProfileGraph of(GraphHopper hopper, String name) {
            RoutingCHGraph ch = hopper.getCHGraphs().get(name);
            if (ch == null) {
                throw new IllegalStateException("The graph has no contraction hierarchy for profile " + name
                        + "; delete the graph cache to rebuild it.");
            }
            if (ch.isEdgeBased()) {
                throw new IllegalStateException("Profile " + name + " uses turn costs, which careroute's matrix "
                        + "does not support; delete the graph cache to rebuild it.");
            }
            BooleanEncodedValue subnetwork = hopper.getEncodingManager().getBooleanEncodedValue(
                    Subnetwork.key(name));
            return new ProfileGraph(ch, new DefaultSnapFilter(ch.getWeighting(), subnetwork));
        }

        SearchData search() {
            SearchData data = search;
            if (data == null) {
                synchronized (this) {
                    data = search;
                    if (data == null) {
                        int[] levels = new int[ch.getNodes()];
                        for (int node = 0; node < levels.length; node++) {
                            levels[node] = ch.getLevel(node);
                        }
                        data = new SearchData(ChEdgeCosts.compute(ch), levels);
                        search = data;
                    }
                }
            }
            return data;
        }
    }

    private record SearchData(ChEdgeCosts costs, int[] levels) {
    }
}
