package org.careroute.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.TransportMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph cache is reused only when it fits the input and is intact. */
@Tag("slow")
class GraphCacheTest {

    private static final List<GeoLocation> MONACO = List.of(new GeoLocation(43.7396, 7.4280),
            new GeoLocation(43.7350, 7.4215), new GeoLocation(43.7310, 7.4190));

    @TempDir
    Path cache;

    private RoutingOptions options() {
        return RoutingOptions.of(SharedOsm.file("monaco.osm.gz"), cache).withModes(EnumSet.of(TransportMode.CAR));
    }

    private RoadTravelMatrix openAndMatrix(RoutingOptions options, boolean expectImport) {
        try (RoadNetwork network = RoadNetwork.open(options)) {
            assertThat(network.imported()).as("imported").isEqualTo(expectImport);
            return network.computeMatrix(MONACO, TransportMode.CAR);
        }
    }

    @Test
    void secondOpen_reusesTheImportedGraph() {
        RoadTravelMatrix first = openAndMatrix(options(), true);
        RoadTravelMatrix second = openAndMatrix(options(), false);

        assertThat(second.durationSeconds(0, 2)).isEqualTo(first.durationSeconds(0, 2)).isPositive();
        assertThat(second.distanceMeters(2, 1)).isEqualTo(first.distanceMeters(2, 1)).isPositive();
        assertThat(cache.resolve(GraphCache.MANIFEST)).isRegularFile();
    }

    @Test
    void otherProfiles_rebuildTheGraph() {
        openAndMatrix(options(), true);

        try (RoadNetwork network = RoadNetwork.open(options().withModes(EnumSet.of(TransportMode.CAR,
                TransportMode.FOOT)))) {
            assertThat(network.imported()).isTrue();
            assertThat(network.modes()).contains(TransportMode.FOOT);
        }
    }

    @Test
    void changedManifestKey_rebuildsTheGraph() throws IOException {
        openAndMatrix(options(), true);
        Path manifest = cache.resolve(GraphCache.MANIFEST);
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replaceFirst("\"graphhopperVersion\" : \"[^\"]*\"",
                "\"graphhopperVersion\" : \"10.2\""));

        openAndMatrix(options(), true);
        openAndMatrix(options(), false);
    }

    @Test
    void changedOsmFile_rebuildsTheGraph() throws IOException {
        Path copy = cache.resolveSibling(cache.getFileName() + "-monaco.osm.gz");
        Files.copy(SharedOsm.file("monaco.osm.gz"), copy);
        RoutingOptions options = options().withOsmFile(copy);
        openAndMatrix(options, true);
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(0));

        openAndMatrix(options, true);
        Files.delete(copy);
    }

    @Test
    void corruptGraphFile_isRebuiltNotTrusted() throws IOException {
        RoadTravelMatrix intact = openAndMatrix(options(), true);
        Path largest = largestGraphFile();
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64 && i < bytes.length; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(largest, bytes);

        RoadTravelMatrix rebuilt = openAndMatrix(options(), true);

        assertThat(rebuilt.durationSeconds(0, 2)).isEqualTo(intact.durationSeconds(0, 2));
        openAndMatrix(options(), false);
    }

    @Test
    void truncatedGraphFile_isRebuilt() throws IOException {
        openAndMatrix(options(), true);
        Path largest = largestGraphFile();
        try (var channel = Files.newByteChannel(largest, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(largest) / 2);
        }

        openAndMatrix(options(), true);
    }

    @Test
    void unreadableManifest_isRebuilt() throws IOException {
        openAndMatrix(options(), true);
        Files.writeString(cache.resolve(GraphCache.MANIFEST), "{ not json", StandardCharsets.UTF_8);

        openAndMatrix(options(), true);
    }

    @Test
    void concurrentOpens_importOnceAndBothWork() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Boolean> open = () -> {
                try (RoadNetwork network = RoadNetwork.open(options())) {
                    assertThat(network.computeMatrix(MONACO, TransportMode.CAR).durationSeconds(0, 2)).isPositive();
                    return network.imported();
                }
            };
            List<java.util.concurrent.Future<Boolean>> results = pool.invokeAll(List.of(open, open));

            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingOsmFile_isRejectedWithItsPath() {
        RoutingOptions options = options().withOsmFile(cache.resolve("nowhere.osm.pbf"));

        assertThatThrownBy(() -> RoadNetwork.open(options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere.osm.pbf");
    }

    private Path largestGraphFile() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve(GraphCache.GRAPH_DIR))) {
            return files.filter(Files::isRegularFile).max((a, b) -> Long.compare(a.toFile().length(),
                    b.toFile().length())).orElseThrow();
        }
    }
}
