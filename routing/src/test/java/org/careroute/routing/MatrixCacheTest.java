package org.careroute.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.TransportMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finished matrices are reused for the same input and never trusted when damaged or for other input. */
@Tag("slow")
class MatrixCacheTest {

    private static final List<GeoLocation> MONACO = List.of(new GeoLocation(43.7396, 7.4280),
            new GeoLocation(43.7350, 7.4215), new GeoLocation(43.7310, 7.4190), new GeoLocation(43.7280, 7.4150));

    @TempDir
    Path cache;

    private RoutingOptions options;

    @BeforeEach
    void importGraph() {
        options = RoutingOptions.of(SharedOsm.file("monaco.osm.gz"), cache).withModes(EnumSet.of(TransportMode.CAR));
    }

    @Test
    void sameLocations_areServedFromTheCacheInTheNextRun() {
        RoadTravelMatrix computed;
        try (RoadNetwork first = RoadNetwork.open(options)) {
            computed = first.geoMatrix(MONACO, TransportMode.CAR);
            assertThat(first.matrixCacheHits()).isZero();
        }
        try (RoadNetwork second = RoadNetwork.open(options)) {
            RoadTravelMatrix cached = second.geoMatrix(MONACO, TransportMode.CAR);

            assertThat(second.matrixCacheHits()).isEqualTo(1);
            assertSameMatrix(cached, computed);
        }
    }

    @Test
    void otherLocationsOrSnapDistance_areNotServedFromTheCache() {
        try (RoadNetwork network = RoadNetwork.open(options)) {
            network.geoMatrix(MONACO, TransportMode.CAR);
            List<GeoLocation> reversed = new ArrayList<>(MONACO);
            java.util.Collections.reverse(reversed);

            network.geoMatrix(reversed, TransportMode.CAR);
            network.geoMatrix(MONACO.subList(0, 3), TransportMode.CAR);

            assertThat(network.matrixCacheHits()).isZero();
        }
        try (RoadNetwork wider = RoadNetwork.open(options.withMaxSnapMeters(800))) {
            wider.geoMatrix(MONACO, TransportMode.CAR);
            assertThat(wider.matrixCacheHits()).isZero();
        }
    }

    @Test
    void corruptMatrixFile_isRecomputedNotTrusted() throws IOException {
        try (RoadNetwork network = RoadNetwork.open(options)) {
            RoadTravelMatrix computed = network.geoMatrix(MONACO, TransportMode.CAR);
            Path file = onlyMatrixFile();
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(file, bytes);

            RoadTravelMatrix again = network.geoMatrix(MONACO, TransportMode.CAR);

            assertThat(network.matrixCacheHits()).isZero();
            assertSameMatrix(again, computed);
            network.geoMatrix(MONACO, TransportMode.CAR);
            assertThat(network.matrixCacheHits()).isEqualTo(1);
        }
    }

    @Test
    void truncatedMatrixFile_isRecomputed() throws IOException {
        try (RoadNetwork network = RoadNetwork.open(options)) {
            RoadTravelMatrix computed = network.geoMatrix(MONACO, TransportMode.CAR);
            Path file = onlyMatrixFile();
            try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
                channel.truncate(Files.size(file) - 5);
            }

            RoadTravelMatrix again = network.geoMatrix(MONACO, TransportMode.CAR);

            assertThat(network.matrixCacheHits()).isZero();
            assertSameMatrix(again, computed);
        }
    }

    @Test
    void concurrentRuns_bothGetTheMatrixAndLeaveOneIntactFile() throws Exception {
        RoadTravelMatrix expected;
        try (RoadNetwork network = RoadNetwork.open(options.withMatrixCache(false))) {
            expected = network.computeMatrix(MONACO, TransportMode.CAR);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (RoadNetwork first = RoadNetwork.open(options); RoadNetwork second = RoadNetwork.open(options)) {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<RoadTravelMatrix>> results = new ArrayList<>();
            for (RoadNetwork network : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return network.geoMatrix(MONACO, TransportMode.CAR);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<RoadTravelMatrix> result : results) {
                assertSameMatrix(result.get(), expected);
            }
            onlyMatrixFile();
            try (Stream<Path> files = Files.list(cache.resolve("matrices"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        try (RoadNetwork third = RoadNetwork.open(options)) {
            assertSameMatrix(third.geoMatrix(MONACO, TransportMode.CAR), expected);
            assertThat(third.matrixCacheHits()).isEqualTo(1);
        }
    }

    @Test
    void disabledMatrixCache_writesNothing() {
        try (RoadNetwork network = RoadNetwork.open(options.withMatrixCache(false))) {
            network.geoMatrix(MONACO, TransportMode.CAR);
            network.geoMatrix(MONACO, TransportMode.CAR);

            assertThat(network.matrixCacheHits()).isZero();
            assertThat(cache.resolve("matrices")).doesNotExist();
        }
    }

    private Path onlyMatrixFile() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("matrices"))) {
            List<Path> matrices = files.filter(f -> f.toString().endsWith(".matrix")).toList();
            assertThat(matrices).hasSize(1);
            return matrices.get(0);
        }
    }

    private static void assertSameMatrix(RoadTravelMatrix actual, RoadTravelMatrix expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < expected.size(); j++) {
                assertThat(actual.durationSeconds(i, j)).isEqualTo(expected.durationSeconds(i, j));
                assertThat(actual.distanceMeters(i, j)).isEqualTo(expected.distanceMeters(i, j));
            }
        }
        assertThat(expected.durationSeconds(0, 3)).isPositive();
    }
}
