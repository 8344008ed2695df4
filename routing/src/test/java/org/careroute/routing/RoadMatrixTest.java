package org.careroute.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.travel.UnroutableLocation;
import org.careroute.core.api.travel.UnroutableLocationsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matrix entries against GraphHopper's own {@code route()} on real extracts. */
@Tag("slow")
class RoadMatrixTest {

    @TempDir
    static Path cache;

    private static RoadNetwork andorra;

    @BeforeAll
    static void open() {
        andorra = RoadNetwork.open(RoutingOptions.of(SharedOsm.file("andorra.osm.pbf"), cache.resolve("andorra")));
    }

    @AfterAll
    static void close() {
        andorra.close();
    }

    @Test
    void carMatrix_equalsRouteForSampledPairs() {
        assertMatchesRoute(andorra, TransportMode.CAR, 150, 400, 1);
    }

    @Test
    void bikeMatrix_equalsRouteForSampledPairs() {
        assertMatchesRoute(andorra, TransportMode.BIKE, 60, 150, 2);
    }

    @Test
    void footMatrix_equalsRouteForSampledPairs() {
        assertMatchesRoute(andorra, TransportMode.FOOT, 60, 150, 3);
    }

    @Test
    void manyLocationsPerRoad_carMatrixStillEqualsRoute() {
        // Monaco is small: 400 points put several locations on many road edges (chains of snapped nodes)
        RoutingOptions options = RoutingOptions.of(SharedOsm.file("monaco.osm.gz"), cache.resolve("monaco"))
                .withModes(EnumSet.of(TransportMode.CAR));
        try (RoadNetwork monaco = RoadNetwork.open(options)) {
            assertMatchesRoute(monaco, TransportMode.CAR, 400, 400, 6);
        }
    }

    @Test
    void singleThreadedMatrix_equalsParallelMatrix() {
        List<GeoLocation> points = randomRoadPoints(andorra, TransportMode.CAR, 80, new Random(4));
        RoadTravelMatrix parallel = andorra.computeMatrix(points, TransportMode.CAR);
        try (RoadNetwork single = RoadNetwork.open(andorra.options().withThreads(1))) {
            assertThat(single.imported()).isFalse();
            RoadTravelMatrix sequential = single.computeMatrix(points, TransportMode.CAR);
            for (int i = 0; i < points.size(); i++) {
                for (int j = 0; j < points.size(); j++) {
                    assertThat(sequential.durationSeconds(i, j)).isEqualTo(parallel.durationSeconds(i, j));
                    assertThat(sequential.distanceMeters(i, j)).isEqualTo(parallel.distanceMeters(i, j));
                }
            }
        }
    }

    @Test
    void roadPath_followsTheRoadsOfTheMatrixEntry() {
        List<GeoLocation> points = connectedRoadPoints(andorra, TransportMode.CAR, 12, new Random(7));
        RoadTravelMatrix matrix = andorra.computeMatrix(points, TransportMode.CAR);
        for (int k = 0; k + 1 < points.size(); k++) {
            RoadPath path = andorra.path(points.get(k), points.get(k + 1), TransportMode.CAR).orElseThrow();

            assertThat(path.points()).hasSizeGreaterThan(2);
            assertThat(distance(path.points().get(0), andorra.snap(points.get(k), TransportMode.CAR).orElseThrow()))
                    .isLessThan(1.0);
            assertThat(distance(path.points().get(path.points().size() - 1),
                    andorra.snap(points.get(k + 1), TransportMode.CAR).orElseThrow())).isLessThan(1.0);
            double polylineMeters = 0;
            for (int i = 1; i < path.points().size(); i++) {
                polylineMeters += distance(path.points().get(i - 1), path.points().get(i));
            }
            assertThat(polylineMeters).isCloseTo(matrix.distanceMeters(k, k + 1), within(
                    0.01 * matrix.distanceMeters(k, k + 1) + 2.0));
            assertThat((double) matrix.durationSeconds(k, k + 1)).isCloseTo(path.millis() / 1000.0, within(1.0));
        }
    }

    private static double distance(GeoLocation a, GeoLocation b) {
        return com.graphhopper.util.DistanceCalcEarth.DIST_EARTH.calcDist(a.lat(), a.lon(), b.lat(), b.lon());
    }

    @Test
    void duplicateLocations_haveZeroTravelBetweenThem() {
        List<GeoLocation> points = new ArrayList<>(randomRoadPoints(andorra, TransportMode.CAR, 5, new Random(5)));
        points.add(points.get(2));
        RoadTravelMatrix matrix = andorra.computeMatrix(points, TransportMode.CAR);
        assertThat(matrix.durationSeconds(2, 5)).isZero();
        assertThat(matrix.distanceMeters(5, 2)).isZero();
        assertThat(matrix.durationSeconds(0, 5)).isEqualTo(matrix.durationSeconds(0, 2));
    }

    static void assertMatchesRoute(RoadNetwork network, TransportMode mode, int points, int pairs, long seed) {
        Random random = new Random(seed);
        List<GeoLocation> locations = connectedRoadPoints(network, mode, points, random);
        RoadTravelMatrix matrix = network.computeMatrix(locations, mode);
        assertThat(matrix.size()).isEqualTo(locations.size());
        points = locations.size();
        int compared = 0;
        for (int k = 0; k < pairs; k++) {
            int from = random.nextInt(points);
            int to = random.nextInt(points);
            if (from == to) {
                assertThat(matrix.durationSeconds(from, to)).isZero();
                continue;
            }
            Optional<RoadLeg> leg = network.route(locations.get(from), locations.get(to), mode);
            assertThat(leg).as("route %d -> %d", from, to).isPresent();
            String pair = mode + " " + locations.get(from) + " -> " + locations.get(to);
            assertThat((double) matrix.durationSeconds(from, to)).as("seconds " + pair)
                    .isCloseTo(leg.get().millis() / 1000.0, within(1.0));
            assertThat((double) matrix.distanceMeters(from, to)).as("metres " + pair)
                    .isCloseTo(leg.get().meters(), within(1.0));
            compared++;
        }
        assertThat(compared).isGreaterThan(pairs / 2);
    }

    /**
     * Random road points without those the matrix reports as cut off; checks that {@code route()} finds no route
     * for each of those either.
     */
    static List<GeoLocation> connectedRoadPoints(RoadNetwork network, TransportMode mode, int count, Random random) {
        List<GeoLocation> points = new ArrayList<>(randomRoadPoints(network, mode, count, random));
        try {
            network.computeMatrix(points, mode);
            return points;
        } catch (UnroutableLocationsException e) {
            List<GeoLocation> cutOff = new ArrayList<>();
            for (UnroutableLocation location : e.locations()) {
                assertThat(location.reason()).isEqualTo(UnroutableLocation.Reason.UNREACHABLE);
                cutOff.add(points.get(location.index()));
            }
            points.removeAll(cutOff);
            for (GeoLocation isolated : cutOff) {
                assertThat(network.route(isolated, points.get(0), mode)).as("route from " + isolated).isEmpty();
                assertThat(network.route(points.get(0), isolated, mode)).as("route to " + isolated).isEmpty();
            }
            assertThat(points.size()).isGreaterThan(count * 3 / 4);
            return points;
        }
    }

    /** Random points of the extract's bounding box that lie within the snap distance of a usable road. */
    static List<GeoLocation> randomRoadPoints(RoadNetwork network, TransportMode mode, int count, Random random) {
        com.graphhopper.util.shapes.BBox box = network.bounds();
        List<GeoLocation> points = new ArrayList<>();
        while (points.size() < count) {
            GeoLocation point = new GeoLocation(box.minLat + random.nextDouble() * (box.maxLat - box.minLat),
                    box.minLon + random.nextDouble() * (box.maxLon - box.minLon));
            if (network.snap(point, mode).isPresent()) {
                points.add(point);
            }
        }
        return points;
    }
}
