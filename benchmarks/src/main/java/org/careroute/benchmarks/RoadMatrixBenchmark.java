package org.careroute.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.TransportMode;
import org.careroute.datasets.BenchmarkData;
import org.careroute.routing.MatrixBenchmark;
import org.careroute.routing.RoadNetwork;
import org.careroute.routing.RoadTravelMatrix;
import org.careroute.routing.RoutingOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The many-to-many road matrix (car, all cores, matrix cache off) between {@code points} random connected road
 * points of an OSM extract. {@code osm} is a path or the name of a file in the repository's {@code datasets/osm} folder
 * found
 * above the working directory. Run: {@code java -jar benchmarks/target/benchmarks.jar RoadMatrixBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RoadMatrixBenchmark {

    @Param({"100", "1000", "3000"})
    int points;

    @Param("north-bayreuth.osm.gz")
    String osm;

    private RoadNetwork network;
    private List<GeoLocation> locations;

    @Setup(Level.Trial)
    public void openNetwork() {
        Path osmFile = locate(osm);
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "careroute-jmh", osmFile.getFileName().toString());
        network = RoadNetwork.open(RoutingOptions.of(osmFile, cache).withModes(EnumSet.of(TransportMode.CAR))
                .withMatrixCache(false));
        locations = MatrixBenchmark.connectedPoints(network, TransportMode.CAR, points, new Random(42));
    }

    @Benchmark
    public RoadTravelMatrix matrix() {
        return network.computeMatrix(locations, TransportMode.CAR);
    }

    @TearDown(Level.Trial)
    public void closeNetwork() {
        network.close();
    }

    static Path locate(String osm) {
        Path direct = Path.of(osm);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        try {
            return BenchmarkData.osm(osm);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " Or pass -p osm=/path/to/region.osm.pbf.", e);
        }
    }
}
